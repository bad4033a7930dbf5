// the one key two surface forms of a name are compared by, in every stage and lookup

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
