import { tokenOf, tokenRange } from '../core/tokens';
import type { Candidate, Doc, EntityType } from '../core/types';
import { countryOf, demonymOf } from '../lexicon/gazetteer';
import { CURRENCY_WORDS, NOT_NAMES } from '../lexicon/not-names';
import { ADHERENTS } from '../lexicon/peoples';

/**
 * words that name something, but never a thing of one type: a faith's adherent or a demonym
 * ("Hindu", "Shiite", "Thai", "Greek") is an adjective or a people, never a place, unless it is
 * the country's name or its abbreviation as well ("U.S.", "UK"); as a person or a
 * body it may be one (GUM reads "the Christians" as people, "the Belgians" as a team)
 */
const NEVER_OF_TYPE: Readonly<Partial<Record<EntityType, (word: string) => boolean>>> = {
  // written as a word (a lowercase letter in it), not as an abbreviation
  location: (word) => ADHERENTS.has(word) || (demonymOf(word) !== null && word !== word.toUpperCase() && !countryOf(word)),
};

/** a faith's or a people's word ("Shiite", "Kurdish"), not a country's name nor an abbreviation ("US") */
const isPeopleWord = (word: string) => ADHERENTS.has(word) || (demonymOf(word) !== null && word !== word.toUpperCase() && !countryOf(word));

/** `Shiite cleric`, `the Sunni heartland`: a people's or a faith's word right before a lowercase noun is its adjective, naming no one */
const beforeNoun = (c: Candidate, doc: Doc): boolean => {
  const [a, b] = tokenRange(doc.tokens, c);
  const next = tokenOf(doc.tokens, b);
  return b - a === 1 && next.low && next.pos === 'NOUN';
};

/** `3,40 Euros`, `5 Dollars`: a currency's name beside a number is an amount */
const isAmount = (c: Candidate, doc: Doc): boolean => {
  const [a, b] = tokenRange(doc.tokens, c);
  const number = (i: number) => /^\d[\d.,]*$/.test(tokenOf(doc.tokens, i).view);
  return b - a === 1 && (number(a - 1) || number(b));
};

/** `Christmas`, `EBITDA`, `PHOTO`: a candidate that is exactly a word of NOT_NAMES, or a word its type never names, a people's adjective or an amount's currency; a caller's entry is never second-guessed */
export const isNotAName = (c: Candidate, doc: Doc): boolean => {
  if (c.tier === 'caller') return false;
  const word = doc.view.slice(c.start, c.end);
  return NOT_NAMES.has(word) || !!NEVER_OF_TYPE[c.type]?.(word) || (isPeopleWord(word) && beforeNoun(c, doc)) || (CURRENCY_WORDS.has(word) && isAmount(c, doc));
};
