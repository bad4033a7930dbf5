import { ORGANIZATIONS } from './acronyms';
import { CITY_DATA } from './cities';
import { COUNTRIES, NATIONS } from './countries';
import { COUNTRY_EPITHETS, COUNTRY_SHORT_FORMS } from './demonyms';
import { countryIndex } from './country-index';
import { REGIONS } from './regions';
import { PROVINCES, SUBDIVISIONS } from './subdivisions';
import { nameKey } from '../core/names';
import { memoised } from '../core/memo';
import { phraseClasses } from './known-phrases';
import { HYPHENED_ARTICLES } from './names';

// lookups over the bundled lexicons, built once on first use (lazy so importing costs nothing)

export interface Place {
  kind: string;
  countryCode: string | null;
  coordinates: { lat: number; lon: number } | null;
}

interface Tables {
  countries: Map<string, string>;
  demonyms: Map<string, string>;
  places: Map<string, Place>;
  orgs: Map<string, { name: string; acronym: string | null; country: string | null }>;
  countryNames: Map<string, string>;
}

let tables: Tables | undefined;
let divisionRows: Array<[name: string, countryCode: string]> | undefined;

/** the compound-named subdivisions (lexicon/subdivisions.ts) as [name, ISO 3166-1 alpha-2], read once */
export const subdivisions = (): ReadonlyArray<[name: string, countryCode: string]> =>
  (divisionRows ??= SUBDIVISIONS.split('\n').map((line) => line.split('|') as [string, string]));

let articleRows: Array<[name: string, countryCode: string]> | undefined;

/**
 * the bundled cities whose names open with an Arabic article hyphened on, in lowercase as news writes
 * them ("al-Bab", "al-Hasakah"): a name no capital opens, which the tagger rarely reads as one
 */
export const articleCities = (): ReadonlyArray<[name: string, countryCode: string]> =>
  (articleRows ??= CITY_DATA.split('\n')
    .map((line) => line.split('|') as [string, string])
    .filter(([name]) => name.indexOf('-') > 0 && HYPHENED_ARTICLES.has(name.slice(0, name.indexOf('-')))));

function build(): Tables {
  const index = countryIndex();
  const countries = new Map<string, string>();
  for (const [name, code] of index.names) if (!countries.has(nameKey(name))) countries.set(nameKey(name), code);
  const places = new Map<string, Place>();
  for (const [code, names, , , lat, lon] of COUNTRIES) {
    places.set(nameKey(names[0]), { kind: 'country', countryCode: code, coordinates: { lat, lon } });
  }
  for (const [name, code] of Object.entries(COUNTRY_EPITHETS)) countries.set(nameKey(name), code);
  for (const [name, kind, code, lat, lon] of REGIONS) {
    const k = nameKey(name);
    if (!places.has(k)) places.set(k, { kind, countryCode: code, coordinates: { lat, lon } });
  }
  // compound-named subdivisions (ISO 3166-2 gives no coordinates); a city of the same name stays a city
  const divisions = new Map<string, Place>();
  for (const [name, code] of subdivisions()) {
    const k = nameKey(name);
    if (!places.has(k)) divisions.set(k, { kind: 'region', countryCode: code, coordinates: null });
  }
  for (const line of CITY_DATA.split('\n')) {
    const [name, code, lat, lon] = line.split('|');
    const k = nameKey(name);
    if (!places.has(k) && !countries.has(k)) places.set(k, { kind: 'city', countryCode: code, coordinates: { lat: +lat, lon: +lon } });
  }
  for (const [k, place] of divisions) if (!places.has(k)) places.set(k, place);
  const orgs = new Map<string, { name: string; acronym: string | null; country: string | null }>();
  for (const [acronym, name, country] of ORGANIZATIONS) {
    const row = { name, acronym, country };
    for (const k of [name, acronym]) if (k && !orgs.has(nameKey(k))) orgs.set(nameKey(k), row);
  }
  return { countries, demonyms: index.demonyms, places, orgs, countryNames: index.common };
}

const t = (): Tables => (tables ??= build());

/** ISO code of a country name or epithet ("Israel", "the Jewish State"), any case of the key */
export const countryOf = (name: string): string | null => t().countries.get(nameKey(name)) ?? COUNTRY_SHORT_FORMS[name] ?? null;

let nations: Set<string> | undefined;

/**
 * the place a country's name stands for, one key a place (remembered: clustering asks it of every mention): its state's code ("Britain", "U.K." → GB), or, for a
 * nation inside the state (lexicon/countries.ts NATIONS), the nation ("England" and "Scotland": two places in GB)
 */
export const countryKey = memoised((name: string): string | null => {
  const code = countryOf(name);
  if (!code) return null;
  nations ??= new Set(Object.values(NATIONS).flatMap((names) => names.map(nameKey)));
  const k = nameKey(name);
  return nations.has(k) ? `${code}:${k}` : code;
});

/** ISO code of a demonym ("Danish", "Israeli"); case-sensitive */
export const demonymOf = (word: string): string | null => t().demonyms.get(word) ?? null;

/** a country's common name from its code */
export const countryName = (code: string): string => t().countryNames.get(code) ?? code;

/** the capitalised word that makes a city of the country, state or city before it: "Mexico City", "Texas City" (mentions/city.ts) */
export const CITY_WORD = 'City';

/** what the bundled data knows of a place name: country, region, water, city (remembered: the rules ask it of every capitalised run) */
export const placeOf = memoised((name: string): Place | null => {
  const code = countryOf(name);
  if (code) {
    const c = t().places.get(nameKey(countryName(code)));
    if (c) return c;
  }
  return t().places.get(nameKey(name)) ?? null;
});

let provinceRows: Map<string, Place> | undefined;

/**
 * a first-level subdivision of one word by its English name (lexicon/subdivisions.ts PROVINCES: "Kerala",
 * "Nineveh"), asked only of a name written in lowercase (candidates/gazetteer.ts lowercasePlaces): written
 * capitalised, a name such as "Meta" or "Alberta" has other readings, which the words around it decide
 */
export function provinceOf(name: string): Place | null {
  if (!provinceRows) {
    provinceRows = new Map();
    for (const line of PROVINCES.split('\n')) {
      const [code, ...names] = line.split('|');
      for (const n of names) provinceRows.set(nameKey(n), { kind: 'region', countryCode: code, coordinates: null });
    }
  }
  return provinceRows.get(nameKey(name)) ?? null;
}

/** a known organisation by name or acronym */
export const knownOrg = (name: string) => t().orgs.get(nameKey(name)) ?? null;

/** the lexicon's classes of a place's name */
const PLACE_CLASSES: ReadonlySet<string> = new Set(['city', 'country', 'region']);

/**
 * a place the bundled data knows by this name, or a city, country or region the lexicon's gazetteer
 * knows ("Geneva": a city too small for the bundled list of cities)
 */
export const knownPlace = memoised((name: string): boolean => placeOf(name) !== null || phraseClasses(name.toLowerCase()).some((c) => PLACE_CLASSES.has(c)));

/** the lexicon's classes of a body's name: a club is one too */
const BODY_CLASSES: ReadonlySet<string> = new Set(['org', 'team']);

/**
 * a body the bundled data knows by this name ("Hamas", "YouTube", "Taco Bell"): the organisations'
 * list or the lexicon's org phrases, and no known place; not a house, which names its building as
 * often as its household ("White House"). `only`: the lexicon knows the name as nothing but a body,
 * no person's or place's name ("Microsoft", not "Ford", a surname too), as a name must be to be
 * proposed where no other source found one
 */
export function knownBody(name: string, only = false): boolean {
  if (placeOf(name) || /\shouse$/iu.test(name)) return false;
  if (knownOrg(name)) return true;
  const classes = phraseClasses(name.toLowerCase());
  return classes.includes('org') && (!only || classes.every((c) => BODY_CLASSES.has(c)));
}
