import { CLOSES_BEFORE, ELISIONS, JOINED_POSSESSIVE, NO_POSSESSED_AFTER, OPENS_AFTER, QUOTE_MARKS, type MarkFamily } from '../lexicon/quote-marks';
import { opensLowercase } from '../lexicon/name-forms';
import { wordTable } from '../lexicon/table';

export type MarkRole = 'open' | 'close' | 'either';

export interface Mark {
  at: number;
  family: MarkFamily;
  role: MarkRole;
  /** a single close that may be a plural possessive ("the Joneses' house") */
  weak: boolean;
  /** characters the mark takes: 2 for a doubled ASCII mark (`''` or ``` `` ```) */
  width: number;
}

/** doubled ASCII marks that stand for one double quotation mark, as LDC and LaTeX-style text writes them */
const DOUBLED: Readonly<Record<string, MarkRole>> = wordTable({ "''": 'either', '``': 'open' });

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** the role the context gives a mark: open before a word, close after one, else the glyph's hint */
function roleOf(view: string, i: number, hint: MarkRole, width = 1): MarkRole {
  const prev = i > 0 ? view[i - 1] : undefined;
  const next = i + width < view.length ? view[i + width] : undefined;
  const left = next !== undefined && !/\s/.test(next) && (prev === undefined || OPENS_AFTER.test(prev));
  const right = prev !== undefined && !/\s/.test(prev) && (next === undefined || CLOSES_BEFORE.test(next));
  if (left && !right) return 'open';
  if (right && !left) return 'close';
  return hint;
}

/** the characters a mark may start with: a quotation mark's glyph or a backtick (``` `` ```) */
const MARK_START = new RegExp(`[${[...Object.keys(QUOTE_MARKS), '`'].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');

/** the quotation marks of a text, left to right, in one scan: `markAt` at each character that may start one */
export function marksOf(view: string): Mark[] {
  const out: Mark[] = [];
  MARK_START.lastIndex = 0;
  for (let hit = MARK_START.exec(view); hit; hit = MARK_START.exec(view)) {
    const m = markAt(view, hit.index);
    if (m) out.push(m);
  }
  return out;
}

/** how many characters after a single close are read for the word after it (spaces and `because`) */
const POSSESSED_REACH = 12;

/** a quotation mark at `i` with its family and role, or null for an apostrophe or any other character */
export function markAt(view: string, i: number): Mark | null {
  // most characters are no mark at all: answer before slicing anything
  if (QUOTE_MARKS[view[i]] === undefined && view[i] !== '`') return null;
  const pair = view.slice(i, i + 2);
  if (DOUBLED[pair] && view[i - 1] !== view[i]) {
    const role = roleOf(view, i, DOUBLED[pair], 2);
    return { at: i, family: 'double', role, weak: false, width: 2 };
  }
  if (DOUBLED[view.slice(i - 1, i + 1)]) return null; // the second half of a doubled mark
  const spec = QUOTE_MARKS[view[i]];
  if (!spec) return null;
  const prev = view[i - 1];
  const next = view[i + 1];
  if (spec.family === 'single') {
    if (isWordChar(prev) && isWordChar(next)) return null; // an apostrophe inside a word
    if (!isWordChar(prev) && ELISIONS.test(view.slice(i + 1, i + 6))) return null; // '90s, 'em
  }
  const role = roleOf(view, i, spec.hint);
  const weak =
    spec.family === 'single' &&
    role !== 'open' &&
    /s/i.test(prev ?? '') &&
    /^\s/.test(next ?? '') &&
    opensLowercase(view.slice(i + 1, i + 4).trimStart()) &&
    (!NO_POSSESSED_AFTER.test(view.slice(i + 1, i + POSSESSED_REACH)) || JOINED_POSSESSIVE.test(view.slice(i + 1, i + POSSESSED_REACH * 2)));
  return { at: i, family: spec.family, role, weak, width: 1 };
}
