import { COUNTRIES } from '../lexicon/countries';
import { EXTRA_DEMONYMS } from '../lexicon/demonyms';

let words: Set<string> | undefined;

/** a one-word country name or demonym that may stand before a title: "U.S. President", "Danish Foreign Minister" */
export const isNationality = (word: string): boolean =>
  (words ??= new Set([
    ...Object.keys(EXTRA_DEMONYMS),
    ...COUNTRIES.flatMap(([, names, demonyms]) => [...names, ...demonyms.flatMap((d) => d.split(/,\s*/))]).filter((w) => !w.includes(' ')),
  ])).has(word);
