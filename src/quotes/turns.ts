import { addressAfter } from '../lexicon/name-forms';
import type { QuoteSpan } from './spans';

/**
 * what a quotation's words can turn out to be once read: a transcript turn, a stage direction,
 * or a boilerplate line that took a stray mark. rules are data, each with its reason.
 */

/** `"WALLACE: Let’s start …`: an upper-case speaker label and a colon open a transcript turn */
const TURN_LABEL = /^([\p{Lu}][\p{Lu}.'’ -]{1,30}[\p{Lu}.]):\s+/u;

/** lines in quotation marks that nobody says */
export const NOT_SPEECH: ReadonlyArray<{ match: RegExp; reason: string }> = [
  { match: /^\(\s*[^()]*\)\W*$/, reason: 'stage-direction: "(CROSSTALK.)" or "(APPLAUSE)" reports what happened, not words' },
  { match: /^follow\b.{1,60}\bon (?:twitter|facebook|instagram)\b/i, reason: 'social-tail: a "Follow X on Twitter" tail caught a closing mark' },
];

const inner = (view: string, s: QuoteSpan) => view.slice(s.start + 1, s.unclosed ? s.end : s.end - 1).trim();

/** true when the quotation's words are a stage direction or a boilerplate tail */
export const isNotSpeech = (view: string, s: QuoteSpan) => NOT_SPEECH.some((r) => r.match.test(inner(view, s)));

/**
 * `<tweet tweet-date="…">`: a value of leaked markup's attribute, quoted after `=`, is nobody's words;
 * and a mark right before a `>` closes such a value, so it opens no quote, though a line break inside
 * the value leaves it opening a paragraph (`…2016⏎">I love …<tweet/>`)
 */
export const isMarkupValue = (view: string, s: QuoteSpan) => /=\s*$/.test(view.slice(Math.max(0, s.start - 3), s.start)) || view[s.start + 1] === '>';

/** `"Ryan Reynolds" <rreynolds@example.com>`: an e-mail address's display name, in quotation marks before it, is nobody's words */
export const isDisplayName = (view: string, s: QuoteSpan) => !s.unclosed && addressAfter(view, s.end - 1);

/** a transcript turn's words start after its label; the label is kept as the turn's speaker */
export function speechTurn(view: string, s: QuoteSpan): QuoteSpan {
  const m = TURN_LABEL.exec(view.slice(s.start + 1, s.end));
  if (!m) return s;
  const label = { start: s.start + 1, end: s.start + 1 + m[1].length };
  return { ...s, start: s.start + 1 + m[0].length, label };
}
