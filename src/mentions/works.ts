import { firstWhere } from '../core/search';
import type { Candidate, Doc } from '../core/types';
import { ADDRESS_AFTER_NAME, opensCapital } from '../lexicon/name-forms';
import { QUOTE_MARKS } from '../lexicon/quote-marks';
import { TITLE_SMALL_WORDS } from '../lexicon/works';

/** every quotation mark the quote stage reads, as a character class */
const MARK = `[${Object.keys(QUOTE_MARKS).join('')}]`;
/** an opening mark right before the name, and only end punctuation before the closing mark after it */
const OPENS = new RegExp(`${MARK}\\s*$`, 'u');
const CLOSES = new RegExp(`^[.,!?]?\\s*${MARK}`, 'u');
/** `“John Smith,” she said`: a name quoted as someone's answer is words, whatever they name */
const ANSWERED = new RegExp(`^[.,!?]?\\s*${MARK}\\s*(?:[\\p{L}.’'-]+\\s+){1,3}(?:said|says|asked|asks|told|tells|added|replied|answered)\\b`, 'u');

/**
 * `an episode of “Shark Tank.”`, `MSNBC’s “Morning Joe”`: a person the tagger finds filling a
 * quotation by itself, in two or more capitalised words, is the title of a show or a work, not
 * someone in the story, but for an e-mail address's display name; a caller's entry is never second-guessed
 */
export function isQuotedTitle(c: Candidate, doc: Doc): boolean {
  if (c.type !== 'person' || c.tier === 'caller') return false;
  const name = doc.view.slice(c.start, c.end);
  if (!opensCapital(name) || !/^\S+(?:\s+\S+)+$/.test(name)) return false;
  const after = doc.view.slice(c.end, c.end + 60);
  // `"Ryan Reynolds" <rreynolds@example.com>`: an e-mail address's display name is its owner's
  return OPENS.test(doc.view.slice(Math.max(0, c.start - 2), c.start)) && CLOSES.test(after) && !ANSWERED.test(after) && !ADDRESS_AFTER_NAME.test(after);
}

/** the double marks that may open a quotation and those that may close one; single ones are apostrophes too often */
const doubles = (hint: string) =>
  Object.keys(QUOTE_MARKS)
    .filter((m) => QUOTE_MARKS[m].family === 'double' && QUOTE_MARKS[m].hint !== hint)
    .join('');
const [OPEN, CLOSE, ANY] = [doubles('close'), doubles('open'), doubles('')];
/** a quotation of up to 80 characters on one line, its words hugging its marks, its end punctuation left out */
const QUOTATION = new RegExp(`(?<=^|[\\s(\\[])[${OPEN}]([\\p{L}\\p{N}][^${ANY}\\n]{1,78}[^\\s.,!?${ANY}])[.,!?]?[${CLOSE}]`, 'gmu');
/** its words and numbers */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** two to eight words, each capitalised or a number but a title's small words after the first, and no break of a sentence or a list (`“Daniels! Peterson! Foster!”` calls people): a work's title */
function isTitle(quoted: string): boolean {
  if (/[!?;,]|\.\s/.test(quoted)) return false;
  const words = quoted.match(WORD) ?? [];
  return words.length >= 2 && words.length <= 8 && words.every((w, i) => opensCapital(w) || /^\p{N}/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w)));
}

/** a letter or a digit, which a title's repeat may not run on into */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** a run of letters and digits, where a title's repeat may start (`x-Alpha Bravo` holds `Alpha Bravo`) */
const LETTERS = /[\p{L}\p{N}]+/gu;

/**
 * the most titles sharing a first word that are looked for: an article has a handful, and a text of
 * thousands ("The …" in every quotation) would cost each of its words a test per title
 */
const TITLES_PER_WORD = 16;

/**
 * every place one of `titles` is written in `view`, not inside a longer word, sorted by start: one
 * pass over the text's words, each word testing only the titles it opens
 */
function repeatsOf(view: string, titles: Iterable<string>): Array<[number, number]> {
  const byFirst = new Map<string, string[]>();
  for (const title of titles) {
    const first = title.match(LETTERS)![0];
    const list = byFirst.get(first) ?? [];
    if (list.length < TITLES_PER_WORD) byFirst.set(first, [...list, title]);
  }
  const found: Array<[number, number]> = [];
  for (const w of view.matchAll(LETTERS)) {
    const at = w.index ?? 0;
    for (const title of byFirst.get(w[0]) ?? []) {
      const end = at + title.length;
      if (view.startsWith(title, at) && !WORD_CHAR.test(view.charAt(end))) found.push([at, end]);
    }
  }
  return found;
}

/** the longest quotation QUOTATION reads, so the longest title: a span holding a candidate starts at most this far before it */
const TITLE_REACH = 80;

/**
 * `"Anarchy in Tokyo"`, `"Taste of Chaos"`, `"The Kill"`: a name the tagger finds inside a quoted
 * title of a work, short of the whole title, is a word of the title, not a place or a body of the
 * story, and so inside the title written again without its marks (`A Beautiful Lie was leaked`);
 * the titles of a document, read once. Over the labelled sets (LOCO outputs) such names are wrong
 * 66 times and right 11 in the quotations (GUM marks a place or person inside a title: "Protector
 * of Mexico"), and wrong 24 times and right none in the repeats
 */
export function titleWords(doc: Doc): (c: Candidate) => boolean {
  const titles = new Set<string>();
  for (const m of doc.view.matchAll(QUOTATION)) {
    const end = (m.index ?? 0) + 1 + m[1].length;
    // `"Hey Ginny," Betty said`: words someone says, not a title
    if (isTitle(m[1]) && !ANSWERED.test(doc.view.slice(end, end + 60))) titles.add(m[1]);
  }
  if (!titles.size) return () => false;
  const spans = repeatsOf(doc.view, titles);
  return (c) => {
    if (c.tier === 'caller') return false;
    // the spans starting up to a title's length before the candidate, by binary search: a text of many titles stays linear
    for (let k = firstWhere(spans, ([a]) => a > c.start) - 1; k >= 0 && spans[k][0] >= c.start - TITLE_REACH; k--) {
      const [a, b] = spans[k];
      if (c.end <= b && (c.start > a || c.end < b)) return true;
    }
    return false;
  };
}
