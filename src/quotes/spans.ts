import { firstWhere } from '../core/search';
import type { Doc } from '../core/types';
import { headlineEcho } from './headline';
import { markAt, marksOf, type Mark } from './marks';
import { isDisplayName, isMarkupValue, isNotSpeech, speechTurn } from './turns';

/** a quotation found from its marks, before kind and speaker are known */
export interface QuoteSpan {
  start: number;
  end: number;
  paragraph: number;
  /** no closing mark before the paragraph ended */
  unclosed: boolean;
  /** opens its paragraph while the previous paragraph's quote was left open (news style) */
  continues: boolean;
  /** a transcript turn's speaker label (`PENCE` in `"PENCE: Well, …`) */
  label?: { start: number; end: number };
}

/** a quotation inside another one (`"… an episode of ‘Shark Tank.’ …"`), with the quote it sits in */
export interface NestedSpan extends QuoteSpan {
  /** index of the enclosing quotation among the top-level spans */
  parent: number;
}

interface Pair {
  start: number;
  end: number;
}

/** the character ranges the paragraphs own, gaps included, so no mark falls between two */
function paragraphRanges(doc: Doc): Array<[number, number]> {
  const ps = doc.paragraphs;
  return ps.map((p, i) => [i === 0 ? 0 : p.start, i + 1 < ps.length ? ps[i + 1].start : doc.text.length]);
}

/** for each mark, whether a plain single close follows it in the paragraph (a weak close then gives way) */
function laterCloses(marks: Mark[]): boolean[] {
  const later = new Array<boolean>(marks.length).fill(false);
  for (let k = marks.length - 2; k >= 0; k--) {
    const m = marks[k + 1];
    later[k] = later[k + 1] || (m.family === 'single' && m.role !== 'open' && !m.weak);
  }
  return later;
}

/** balanced pairs of one paragraph, with the opener left unclosed at its end (if any); linear in its marks */
function pairMarks(marks: Mark[]): { pairs: Pair[]; open: Mark | null } {
  const stack: Mark[] = [];
  // the stack positions of each family's open marks, so the innermost of a family is found at once
  const open = new Map<Mark['family'], number[]>();
  const pairs: Pair[] = [];
  const later = laterCloses(marks);
  marks.forEach((m, k) => {
    const depth = open.get(m.family)?.at(-1) ?? -1;
    const closes = m.role === 'close' || (m.role === 'either' && depth >= 0);
    if (!closes) {
      const list = open.get(m.family) ?? [];
      list.push(stack.length);
      open.set(m.family, list);
      stack.push(m);
      return;
    }
    if (depth < 0 || (m.weak && later[k])) return;
    pairs.push({ start: stack[depth].at, end: m.at + m.width });
    stack.length = depth;
    for (const list of open.values()) while (list.length && list[list.length - 1] >= depth) list.pop();
  });
  return { pairs, open: stack.find((s) => s.family !== 'single') ?? null };
}

/** the index of the top-level quotation (sorted, never overlapping) that contains `s`, or -1 */
function enclosing(spans: readonly QuoteSpan[], s: { start: number; end: number }): number {
  const lo = firstWhere(spans, (p) => p.start > s.start);
  const p = spans[lo - 1];
  return p && s.end <= p.end ? lo - 1 : -1;
}

const WORD_CHAR = /^[\p{L}\p{N}]/u;

/**
 * where the first letter or digit at or after an offset is (the text's length if none), read from a
 * table built on first use in one pass from the end, so nested pairs cost no slices
 */
function nextWord(view: string): (at: number) => number {
  let next: Int32Array | undefined;
  return (at) => {
    if (!next) {
      next = new Int32Array(view.length + 1).fill(view.length);
      for (let i = view.length - 1; i >= 0; i--) {
        const code = view.charCodeAt(i);
        // ASCII answers at once; a high surrogate is read with its low half: 𝒳 is a letter
        const word =
          code < 128
            ? (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
            : WORD_CHAR.test(code >= 0xd800 && code < 0xdc00 ? String.fromCodePoint(view.codePointAt(i)!) : view[i]);
        next[i] = word ? i : next[i + 1];
      }
    }
    return next[at];
  };
}

/** the first non-space character of a range */
const firstInk = (view: string, from: number, to: number) => from + Math.max(0, view.slice(from, to).search(/\S/));

/**
 * how many pairs contain each pair (0 for the outermost); one sweep in start order with a stack of
 * the ends of the pairs still open (pairs nest and never share a mark, so never cross or coincide)
 */
function depths(pairs: readonly Pair[]): Map<Pair, number> {
  const order = [...pairs].sort((p, q) => p.start - q.start || q.end - p.end);
  const depth = new Map<Pair, number>();
  const ends: number[] = [];
  for (const p of order) {
    while (ends.length && ends[ends.length - 1] <= p.start) ends.pop();
    depth.set(p, ends.length);
    ends.push(p.end);
  }
  return depth;
}

/**
 * the most quotations listed as nested in one quote: a quote's direct children are its own words, so
 * their texts add up to no more than its own, but each is read for a speaker within it
 */
export const MAX_NESTED = 64;

/**
 * the quotations of a document, top level and nested: outermost balanced pairs per paragraph, open
 * ones capped at its end; pairs directly inside them (an unclosed quote's included) are nested,
 * each with the top-level quote it sits in, at most MAX_NESTED to a quote
 */
export function findQuoteSpans(doc: Doc, warnings: string[]): { spans: QuoteSpan[]; nested: NestedSpan[] } {
  const out: QuoteSpan[] = [];
  const inner: QuoteSpan[] = [];
  const ranges = paragraphRanges(doc);
  const wordAfter = nextWord(doc.view);
  let leftOpen = false;
  // the text's marks in one scan, each paragraph's found among them by its range: a scan a paragraph would
  // read on past a paragraph with no mark, to the next mark of the text, so many short lines cost their square
  const every = marksOf(doc.view);
  ranges.forEach(([from, to], paragraph) => {
    const { pairs, open } = pairMarks(
      every.slice(
        firstWhere(every, (m) => m.at >= from),
        firstWhere(every, (m) => m.at >= to),
      ),
    );
    // marks around nothing but spaces and punctuation (`' '`, `“…”`) quote no words
    const long = pairs.filter((p) => p.end - p.start > 2 && wordAfter(p.start) < p.end);
    // a pair after a mark left open sits in the quote it opens, one level down
    const depth = depths(long);
    const level = (p: Pair) => (depth.get(p) ?? 0) + (open && p.start > open.at ? 1 : 0);
    const firstChar = firstInk(doc.view, from, to);
    for (const p of long) {
      if (level(p) === 0) out.push({ start: p.start, end: p.end, paragraph, unclosed: false, continues: leftOpen && p.start === firstChar });
      // only a quote's direct children are listed in it: a deeper one is part of its parent's words
      else if (level(p) === 1) inner.push({ start: p.start, end: p.end, paragraph, unclosed: false, continues: false });
    }
    if (open) {
      const end = from + doc.view.slice(from, to).trimEnd().length;
      out.push({ start: open.at, end, paragraph, unclosed: true, continues: leftOpen && open.at === firstChar });
      const next = ranges[paragraph + 1];
      const nextOpens = next && markAt(doc.view, firstInk(doc.view, next[0], next[1]));
      if (!nextOpens || nextOpens.role === 'close') {
        warnings.push(`dramatis:quotes: unbalanced quotation mark at ${open.at}, quote ends with its paragraph at ${end}`);
      }
    }
    leftOpen = open !== null;
  });
  const isHeadlineEcho = headlineEcho(doc);
  const spans = out
    .filter((s) => !isNotSpeech(doc.view, s) && !isMarkupValue(doc.view, s) && !isDisplayName(doc.view, s) && !isHeadlineEcho(s))
    .map((s) => speechTurn(doc.view, s))
    .sort((a, b) => a.start - b.start);
  const nested: NestedSpan[] = [];
  const count = new Map<number, number>();
  for (const s of inner.sort((a, b) => a.start - b.start)) {
    const parent = enclosing(spans, s);
    if (parent < 0) continue;
    const n = (count.get(parent) ?? 0) + 1;
    count.set(parent, n);
    if (n <= MAX_NESTED) nested.push({ ...s, parent });
  }
  for (const [parent, n] of count) {
    if (n > MAX_NESTED)
      warnings.push(`dramatis:quotes: the quote at ${spans[parent].start} holds ${n} quotations; the first ${MAX_NESTED} are listed in its nested`);
  }
  return { spans, nested };
}
