// wording for the options' validation messages: what was given, and what was probably meant

/** `"text"` for strings (clipped), the type for anything else */
export function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 79)}…` : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}

const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);

/** the predicate and what was got instead: `must be a string, got number` */
export const expected = (what: string) => (issue: { input?: unknown }) => `must be ${what}, got ${typeOf(issue.input)}`;

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}

/** ` (did you mean 'maxLength'?)` for a near miss (case, a typo or two, a prefix), else '' */
export function didYouMean(given: string, known: readonly string[]): string {
  const g = given.toLowerCase();
  const near = known.find((k) => {
    const key = k.toLowerCase();
    return distance(g, key) <= Math.min(2, (g.length - 1) / 2) || (g.length >= 3 && key.startsWith(g));
  });
  return near ? ` (did you mean '${near}'?)` : '';
}

/** the message for keys a strict object does not know: `unknown option 'maxlength' (did you mean …)` */
export const unknownKeys = (what: string, known: readonly string[]) => (issue: { code?: string; keys?: string[]; input?: unknown }) =>
  issue.code === 'unrecognized_keys'
    ? (issue.keys ?? []).map((k) => `unknown ${what} '${k}'${didYouMean(k, known)}`).join('; ')
    : `expected an object, got ${typeOf(issue.input)}`;

/** the message for a value outside an enum, with the nearest value */
export const oneOf = (values: readonly string[]) => (issue: { input?: unknown }) =>
  `must be one of ${values.join(', ')}, got ${shown(issue.input)}${typeof issue.input === 'string' ? didYouMean(issue.input, values) : ''}`;
