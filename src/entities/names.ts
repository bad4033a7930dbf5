import { HONORIFICS, TITLE_WORDS } from '../lexicon/titles';

// name keys: how two surface forms are compared when clustering

const keys = new Map<string, string>();

/** the comparable form of a name: straight apostrophes, single spaces, no leading "the", no possessive */
export function nameKey(s: string): string {
  let k = keys.get(s);
  if (k === undefined) {
    if (keys.size > 20000) keys.clear();
    k = s
      .replace(/[\u2018\u2019\u02bc`]/g, "'")
      .replace(/\s+/g, ' ')
      .replace(/^the /i, '')
      .replace(/'s?$/i, '')
      .trim()
      .toLowerCase();
    keys.set(s, k);
  }
  return k;
}

/** display form of a name: straight apostrophes and single spaces, case kept */
export const displayName = (s: string): string => s.replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/\s+/g, ' ').trim();

export const nameWords = (s: string): string[] => nameKey(s).split(' ').filter(Boolean);

/** a person's name without the titles and honorifics a source left on it: "President Joe Biden" → "Joe Biden" */
export function bareName(s: string): string {
  const words = displayName(s).split(' ');
  let i = 0;
  while (i < words.length - 1 && /^\p{Lu}/u.test(words[i]) && (TITLE_WORDS.has(words[i].toLowerCase()) || HONORIFICS.has(words[i].toLowerCase()))) i++;
  return words.slice(i).join(' ').replace(/'s$/, '');
}

const SMALL = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'du', '&']);

/** initials of a multi-word name: "Israel Defense Forces" → "idf" */
export const initials = (s: string): string =>
  nameWords(s)
    .filter((w) => !SMALL.has(w))
    .map((w) => w[0])
    .join('');

/** "U.S." → "us", "IDF" → "idf": an acronym with its dots removed */
export const acronymKey = (s: string): string | null => {
  const bare = s.replace(/\./g, '');
  return /^\p{Lu}{2,6}$/u.test(bare) ? bare.toLowerCase() : null;
};
