// name keys: how two surface forms are compared when clustering

/** the comparable form of a name: straight apostrophes, single spaces, no leading "the" */
export const nameKey = (s: string): string =>
  s
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^the /i, '')
    .trim()
    .toLowerCase();

/** display form of a name: straight apostrophes and single spaces, case kept */
export const displayName = (s: string): string => s.replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/\s+/g, ' ').trim();

export const nameWords = (s: string): string[] => nameKey(s).split(' ').filter(Boolean);

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
