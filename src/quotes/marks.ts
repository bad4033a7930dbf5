import { CLOSES_BEFORE, ELISIONS, OPENS_AFTER, QUOTE_MARKS, type MarkFamily } from '../lexicon/quote-marks';

export type MarkRole = 'open' | 'close' | 'either';

export interface Mark {
  at: number;
  family: MarkFamily;
  role: MarkRole;
  /** a single close that may be a plural possessive ("the Joneses' house") */
  weak: boolean;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** the role the context gives a mark: open before a word, close after one, else the glyph's hint */
function roleOf(view: string, i: number, hint: MarkRole): MarkRole {
  const prev = i > 0 ? view[i - 1] : undefined;
  const next = i + 1 < view.length ? view[i + 1] : undefined;
  const left = next !== undefined && !/\s/.test(next) && (prev === undefined || OPENS_AFTER.test(prev));
  const right = prev !== undefined && !/\s/.test(prev) && (next === undefined || CLOSES_BEFORE.test(next));
  if (left && !right) return 'open';
  if (right && !left) return 'close';
  return hint;
}

/** a quotation mark at `i` with its family and role, or null for an apostrophe or any other character */
export function markAt(view: string, i: number): Mark | null {
  const spec = QUOTE_MARKS[view[i]];
  if (!spec) return null;
  const prev = view[i - 1];
  const next = view[i + 1];
  if (spec.family === 'single') {
    if (isWordChar(prev) && isWordChar(next)) return null; // an apostrophe inside a word
    if (!isWordChar(prev) && ELISIONS.test(view.slice(i + 1, i + 6))) return null; // '90s, 'em
  }
  const role = roleOf(view, i, spec.hint);
  const weak = spec.family === 'single' && role !== 'open' && /s/i.test(prev ?? '') && /^\s+\p{Ll}/u.test(view.slice(i + 1, i + 4));
  return { at: i, family: spec.family, role, weak };
}
