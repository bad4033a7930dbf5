import type { Paragraph, Sentence, Token } from '../core/types';
import type { RawToken } from './tokens';
import { type MarkHint, QUOTE_MARKS } from '../lexicon/quote-marks';
import { TITLE_ABBREVIATIONS } from '../lexicon/titles';

const ENDS_CLAUSE = /[.!?:;"”’'»)\]]\s*$/;

/**
 * what lies between two tokens decides the layout: a blank line or a newline after a finished
 * line starts a paragraph; a newline inside a wrapped line (no end punctuation, lowercase next)
 * is just a space.
 */
function breakBetween(view: string, prev: Token, next: Token): 'none' | 'paragraph' {
  // most gaps are a space or nothing: read in place, the gap made a string only when it holds a newline
  let newline = prev.end;
  while (newline < next.start && view.charCodeAt(newline) !== 10) newline++;
  if (newline >= next.start) return 'none';
  if (/\n\s*\n/.test(view.slice(newline, next.start))) return 'paragraph';
  const wrapped = !ENDS_CLAUSE.test(view.slice(prev.start, prev.end)) && next.low;
  return wrapped ? 'none' : 'paragraph';
}

/** token k ends an abbreviated title: "Prof." read whole, or the full stop of "Rev" + "." */
export function endsTitleAbbreviation(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k].view === '.' && k >= 1 ? `${tokens[k - 1].lower}.` : tokens[k].lower;
  return TITLE_ABBREVIATIONS.has(word);
}

/** `the Rev. Peter Wherry`: a title's abbreviation before a capitalised word ends no sentence */
const afterTitle = (tokens: Token[], i: number): boolean => tokens[i].cap && endsTitleAbbreviation(tokens, i - 1);

/** how far a bracket's contents may reach and still hold a sentence together: `(D-N.C.)`, `(R-Wis.)` */
const BRACKET_REACH = 6;

/**
 * every character of a non-empty token is a quotation mark that `fits`; read unit by unit, as every
 * mark is one UTF-16 unit (a surrogate half is no mark, as the character it halves is none)
 */
function allMarks(view: string, fits: (hint: MarkHint) => boolean): boolean {
  if (view === '') return false;
  for (let k = 0; k < view.length; k++) {
    const mark = QUOTE_MARKS[view[k]];
    if (mark === undefined || !fits(mark.hint)) return false;
  }
  return true;
}

const OPENS = (hint: MarkHint) => hint === 'open';
const OPENS_SPACED = (hint: MarkHint) => hint === 'open' || hint === 'either';
const CLOSES = (hint: MarkHint) => hint !== 'open';

/** token `i` is quotation marks that open a quote: `“`, `«`, or a straight mark with a space before it (after a stop, one touching it closes) */
const opensQuote = (tokens: Token[], i: number): boolean => allMarks(tokens[i].view, tokens[i].start > tokens[i - 1].end ? OPENS_SPACED : OPENS);

/**
 * `weighed in. Others agreed`, `came in. “Not again,”`, `‘He weighed in.’ Then`: a name or an opening mark after a
 * word's stop (tokens.ts wordStops), and the closing marks touching it, opens a sentence
 */
function afterWordStop(tokens: Token[], raw: RawToken[], i: number): boolean {
  if (!tokens[i].cap && !opensQuote(tokens, i)) return false;
  let k = i - 1;
  while (k > 0 && k >= i - CLOSING_MARKS && closesQuote(tokens[k].view) && tokens[k].start === tokens[k - 1].end) k--;
  return !!raw[k].stop;
}

/** how many tokens of closing marks may stand between a word's stop and the sentence after it (`in.’”`) */
const CLOSING_MARKS = 3;

/** a token of quotation marks that may close a quote (`”`, `"`, `''`, `»`), as wink gives them */
const closesQuote = (view: string): boolean => allMarks(view, CLOSES);

/**
 * wink ends sentences at the full stops of abbreviations inside brackets and before the words that
 * go on after them (`Rep. G.K. Butterfield (D-N.C.), head of …`, `Paul D. Ryan (R-Wis.) said`): no
 * sentence starts inside a short bracket, with a closing bracket or comma, or with a lowercase word
 * after a closing bracket. Nor after a quotation that ends in a question or an exclamation when a
 * lowercase word goes on (`“Is it over?” asked Sen. Joe Manchin`): its reporting clause follows
 */
function heldTogether(tokens: Token[], i: number): boolean {
  const next = tokens[i].view;
  if (next === ')' || next === ',') return true;
  if (tokens[i - 1].view === ')' && tokens[i].low) return true;
  if (reportingAfterQuestion(tokens, i)) return true;
  let open = -1;
  for (let k = i - 1; k >= 0 && k >= i - BRACKET_REACH; k--) {
    if (tokens[k].view === ')') break;
    if (tokens[k].view === '(') {
      open = k;
      break;
    }
  }
  if (open < 0) return false;
  for (let k = i; k < tokens.length && k < open + BRACKET_REACH + 2; k++) if (tokens[k].view === ')') return true;
  return false;
}

/** a lowercase word after the closing marks of a question or exclamation, wherever wink put the cut among the marks (`''Why?'' asked`) */
function reportingAfterQuestion(tokens: Token[], i: number): boolean {
  let after = i;
  while (after < tokens.length && closesQuote(tokens[after].view)) after++;
  let before = i - 1;
  while (before > 0 && closesQuote(tokens[before].view)) before--;
  const mark = tokens[before]?.view;
  return before < i - 1 && !!tokens[after]?.low && (mark === '?' || mark === '!');
}

/**
 * `wrote on X. Universal Pictures' film …`: the platform X closing a sentence after "on", which wink reads as an initial
 * (`John F. Kennedy`) and so runs into the next sentence; a capitalised word after it opens one
 */
const afterPlatformX = (tokens: Token[], i: number): boolean => tokens[i].cap && tokens[i - 1].view === 'X.' && tokens[i - 2]?.view === 'on';

/** sentences (wink's, also cut at paragraph breaks) and paragraphs, with token ranges */
export function layout(
  view: string,
  tokens: Token[],
  raw: RawToken[],
): {
  sentences: Sentence[];
  paragraphs: Paragraph[];
} {
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  let sStart = 0;
  let pStart = 0;
  const closeSentence = (end: number) => {
    if (end <= sStart) return;
    sentences.push({
      start: tokens[sStart].start,
      end: tokens[end - 1].end,
      index: sentences.length,
      paragraph: paragraphs.length,
      tokenStart: sStart,
      tokenEnd: end,
    });
    let opening = true;
    for (let i = sStart; i < end; i++) {
      tokens[i].sentence = sentences.length - 1;
      tokens[i].paragraph = paragraphs.length;
      // the first word after only punctuation and quotation marks opens the sentence
      tokens[i].opensSentence = opening && !tokens[i].punct;
      opening &&= tokens[i].punct;
    }
    sStart = end;
  };
  const closeParagraph = () => {
    if (sentences.length <= pStart) return;
    paragraphs.push({
      start: sentences[pStart].start,
      end: sentences[sentences.length - 1].end,
      index: paragraphs.length,
      sentenceStart: pStart,
      sentenceEnd: sentences.length,
    });
    pStart = sentences.length;
  };
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length) {
      closeSentence(i);
      closeParagraph();
      break;
    }
    const brk = breakBetween(view, tokens[i - 1], tokens[i]);
    if (brk === 'paragraph') {
      closeSentence(i);
      closeParagraph();
    } else if (
      (raw[i].winkSentence !== raw[i - 1].winkSentence || afterWordStop(tokens, raw, i) || afterPlatformX(tokens, i)) &&
      !afterTitle(tokens, i) &&
      !heldTogether(tokens, i)
    ) {
      closeSentence(i);
    }
  }
  return { sentences, paragraphs };
}
