import type { Entity, Token } from '../core/types';
import type { LocationDetails, LocationKind } from '../schema';
import { cityNamePlace, DIRECTIONS, FACILITY_HEADS, FEATURE_WORDS, opensWithCompassAdjective, PLACE_SPELLINGS, REGION_NOUNS } from '../lexicon/features';
import { tokenAt, tokenRange, type EntityContext } from './context';
import { hyphenedTo, tokenOf } from '../core/tokens';
import { CITY_WORD, placeOf, type Place } from '../lexicon/gazetteer';
import { phraseClasses } from '../lexicon/known-phrases';
import { landformOf } from '../lexicon/landforms';
import { HYPHENED_ARTICLES } from '../lexicon/names';
import { opensCapital } from '../lexicon/name-forms';

/** `Ar-Raqqa` → `Raqqa`: a name without the Arabic article hyphened before it, or null when none is */
function withoutArticle(name: string): string | null {
  const m = /^(\p{L}{1,3})-(?=\p{Lu})/u.exec(name);
  return m && HYPHENED_ARTICLES.has(m[1].toLowerCase()) ? name.slice(m[0].length) : null;
}

/** `Deir-ez-Zor` → `Deir ez-Zor`: a name with the article hyphened to its head noun too, as the gazetteers write it; null when none is */
function spacedArticle(name: string): string | null {
  const [head, article, ...rest] = name.split('-');
  return rest.length && HYPHENED_ARTICLES.has(article) && opensCapital(rest[0]) ? `${head} ${name.slice(head.length + 1)}` : null;
}

/** the bundled gazetteer's view of a location: country code from the gazetteer source first, then names, then names without their article or as the gazetteers spell them */
function lookup(e: Entity): Place | null {
  const coded = e.mentions.find((m) => m.countryCode);
  if (coded) return placeOf(coded.text);
  for (const name of [e.name, ...e.aliases]) {
    const p = placeOf(name);
    if (p) return p;
  }
  for (const name of [e.name, ...e.aliases]) {
    const other = withoutArticle(name) ?? PLACE_SPELLINGS[name] ?? spacedArticle(name);
    const p = other ? placeOf(other) : null;
    if (p) return p;
  }
  return null;
}

/**
 * `Santa Clara, California-based`, `London, Ontario.`, `Paris, Texas,`: a place named with a region or
 * country after a comma, closing the phrase there, lies in that country; its code, or null. Not
 * `In Moscow, Ukraine's envoy …` or `In Kyiv, Russia said …` (a clause goes on after the second
 * name), nor a list (`Lyon, France, Spain`)
 */
function statedCountry(e: Entity<'location'>, ctx: EntityContext): string | null {
  const t = ctx.doc.tokens;
  for (const m of e.mentions) {
    const [, b] = tokenRange(t, m);
    const next = ctx.owner[b + 1];
    if (t[b]?.text !== ',' || !next || next === e || next.type !== 'location') continue;
    // the second place's own mention starts right after the comma
    const named = next.mentions.find((n) => n.start === t[b + 1].start);
    if (!named) continue;
    const end = tokenRange(t, named)[1];
    const after = t[end];
    // `Europe, Britain, Japan and Canada`: a list goes on after a comma with another place
    const list = after?.text === ',' && ctx.owner[end + 1]?.type === 'location';
    if ((after && (!after.punct || after.possessive)) || list) continue;
    const region = lookup(next);
    if (region?.countryCode && (region.kind === 'region' || region.kind === 'country')) return region.countryCode;
  }
  return null;
}

/**
 * the lowercase direction right before token `k`: `northern` in "northern Gaza", `north-east` (three
 * tokens joined by a hyphen) in "north-east Syria"; null when none stands there
 */
function directionBefore(t: readonly Token[], k: number): string | null {
  const before = tokenOf(t, k - 1);
  if (!before.low) return null;
  const joined = k - 3 >= 0 && hyphenedTo(t, k - 3) && t[k - 3].low ? `${t[k - 3].lower}-${before.lower}` : null;
  if (joined && DIRECTIONS.has(joined)) return joined;
  return DIRECTIONS.has(before.lower) ? before.lower : null;
}

/**
 * a lowercase region's noun at token `k` that ends its phrase: "governorate" in "in Idlib governorate,", not
 * "district" in "San Francisco district attorney", a noun's modifier
 */
const regionNounAfter = (t: readonly Token[], k: number): boolean => !!t[k]?.low && REGION_NOUNS.has(t[k].lower) && !(t[k + 1]?.low && t[k + 1].pos === 'NOUN');

/**
 * the kind a place's last word gives its name of two words or more: "John F. Kennedy International
 * Airport" and "Chiang Kai Shek Memorial Hall Station" are features, "Kachin State" a region, "the
 * Huallaga River" water, "Lake Erie" and "Ronald Reagan Building" none
 */
function headKind(name: string): LocationKind | undefined {
  const space = name.lastIndexOf(' ');
  if (space < 0) return undefined;
  const head = name.slice(space + 1).toLowerCase();
  return FEATURE_WORDS[head] ?? (FACILITY_HEADS.has(head) ? 'feature' : undefined);
}

/**
 * `Gaza City`, `Quebec City`: a known country's, region's or city's name and "City", which the bundled gazetteers
 * lack whole (GeoNames writes "Gaza", "Québec"), is a city of that place's country. Its position is not the place's
 * (the province of Quebec's centre lies 600 km from the city), so none is given. Read only for a name already typed a
 * place: "Manchester City" the club stays what the types made it
 */
function cityOf(name: string): Place | null {
  const place = name.endsWith(` ${CITY_WORD}`) ? cityNamePlace(name.slice(0, -CITY_WORD.length - 1)) : null;
  return place && { ...place, kind: 'city', coordinates: null };
}

/** `the Euphrates`, `the Alps`: a landform's kind and point (lexicon/landforms.ts), which the gazetteers hold no row of */
function landform(name: string): Place | null {
  const row = landformOf(name);
  return row ? { kind: row[1], countryCode: row[2], coordinates: { lat: row[3], lon: row[4] } } : null;
}

/** the lexicon's place classes, in this order, as a location's kind */
const LEXICON_KINDS = ['country', 'region', 'city'] as const;

/**
 * the kind the tagger's lexicon gives a name the bundled gazetteers do not hold: "Geneva", "Cologne",
 * "Venice" are cities there (compromise's lexicon, in English), which GeoNames names "Genève", "Köln"
 * and counts "Venezia" below the cities' cut
 */
function lexiconKind(name: string): LocationKind | undefined {
  const classes = phraseClasses(name.toLowerCase());
  // a place's own suffix word ("Island", "Lake"), which the lexicon lists among countries too, tells no kind alone
  if (classes.includes('locsuffix')) return undefined;
  return LEXICON_KINDS.find((k) => classes.includes(k));
}

/** "Eastern Ghouta", "Northern Rakhine": a name of two words or more a compass adjective opens is a region's, when nothing else tells its kind */
const compassKind = (name: string): LocationKind | undefined => (opensWithCompassAdjective(name) ? 'region' : undefined);

/**
 * kind, ISO code, coordinates and qualifiers of a location: a caller's kind wins, then a region's
 * noun the text writes after a city's name, then the bundled gazetteers (countries, regions, cities; a known place and
 * "City" after it; the landforms), then the kind
 * the pattern that found it gave, then its name's last word, then the tagger's lexicon, then its compass adjective
 */
export function placeDetails(e: Entity<'location'>, ctx: EntityContext): LocationDetails {
  const place = lookup(e) ?? cityOf(e.name) ?? landform(e.name);
  const caller = e.mentions.find((m) => m.tier === 'caller' && m.kind)?.kind;
  // a region's noun after the name ("Idlib governorate", "Aleppo province") beats the gazetteer's city of that name
  const t = ctx.doc.tokens;
  const written = place?.kind === 'city' && e.mentions.some((m) => regionNounAfter(t, tokenAt(t, m.end))) ? 'region' : undefined;
  const found = e.mentions.find((m) => m.kind)?.kind;
  const qualifiers = new Set<string>();
  for (const m of e.mentions) {
    const word = directionBefore(ctx.doc.tokens, tokenAt(ctx.doc.tokens, m.start));
    if (word) qualifiers.add(word);
  }
  // the bundled city of that name lies elsewhere (Santa Clara, Cuba): its country is the stated one, its coordinates unknown
  const stated = !place || place.kind === 'city' ? statedCountry(e, ctx) : null;
  const elsewhere = stated !== null && stated !== place?.countryCode;
  return {
    kind: (caller ?? written ?? place?.kind ?? found ?? headKind(e.name) ?? lexiconKind(e.name) ?? compassKind(e.name) ?? 'other') as LocationKind,
    countryCode: stated ?? place?.countryCode ?? null,
    coordinates: elsewhere ? null : (place?.coordinates ?? null),
    qualifiers: [...qualifiers],
  };
}
