import { countryIndex } from './country-index';

/** a one-word country name or demonym that may stand before a title: "U.S. President", "Danish Foreign Minister" */
export const isNationality = (word: string): boolean =>
  !word.includes(' ') && (countryIndex().names.has(word) || countryIndex().demonyms.has(word));
