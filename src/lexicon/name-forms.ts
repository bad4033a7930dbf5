import { NAME_SMALL_WORDS } from './function-words';
import { HONORIFICS, QUALIFIERS, TITLE_WORDS } from './titles';
import { nameKey } from '../core/names';
import { isNationality } from './nationality';

// name keys: how two surface forms are compared when clustering (the key itself: core/names.ts)

/** display form of a name: straight apostrophes and single spaces, case kept */
export const displayName = (s: string): string =>
  s
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

const words = new Map<string, string[]>();

/** the words of a name key; memoised, callers must not change the array */
export function nameWords(s: string): string[] {
  let w = words.get(s);
  if (w === undefined) {
    if (words.size > 20000) words.clear();
    w = nameKey(s).split(' ').filter(Boolean);
    words.set(s, w);
  }
  return w;
}

/**
 * a person's name without the titles, honorifics and nationality a source left on it:
 * "President Joe Biden", "U.S. President Donald Trump", "Major general Fuad Basya" → the name
 */
export function bareName(s: string): string {
  const words = displayName(s).split(' ');
  let cut = 0;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i].toLowerCase();
    if (TITLE_WORDS.has(w) || HONORIFICS.has(w) || QUALIFIERS.has(w)) cut = i + 1;
    else if (!/^\p{Lu}/u.test(words[i]) || !isNationality(words[i])) break;
  }
  return words.slice(cut).join(' ').replace(/'s$/, '');
}

/** initials of a multi-word name: "Israel Defense Forces" → "idf" */
export const initials = (s: string): string =>
  nameWords(s)
    .filter((w) => !NAME_SMALL_WORDS.has(w))
    .map((w) => w[0])
    .join('');

/** "U.S." → "us", "IDF" → "idf": an acronym with its dots removed */
export const acronymKey = (s: string): string | null => {
  const bare = s.replace(/\./g, '');
  return /^\p{Lu}{2,6}$/u.test(bare) ? bare.toLowerCase() : null;
};
