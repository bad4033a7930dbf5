// the one key two surface forms of a name are compared by, in every stage and lookup
import { memoised } from './memo';

/** the comparable form of a name: straight apostrophes, single spaces, no leading "the", no possessive */
export const nameKey: (s: string) => string = memoised((s) =>
  s
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^the /i, '')
    .replace(/'s?$/i, '')
    .trim()
    .toLowerCase(),
);
