// one memo for the pure string functions the stages call over and over on the same names

/**
 * entries a memo holds before it starts afresh: enough for every name of a long article, small
 * enough that a server reading new names for weeks keeps a few hundred KB, not megabytes
 * (`npm run soak`)
 */
export const MEMO_LIMIT = 5000;

/** `compute` remembered by its argument, forgotten wholesale past `limit` entries; `compute` must be pure */
export function memoised<T>(compute: (s: string) => T, limit = MEMO_LIMIT): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) {
      if (seen.size >= limit) seen.clear();
      v = compute(s);
      seen.set(s, v);
    }
    return v;
  };
}
