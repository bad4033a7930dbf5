import { isPossessiveMark } from '../core/tokens';
import type { Token } from '../core/types';
import { ABBREVIATION_LOOKALIKES, ARTICLES, CONTRACTING_WORDS, INDEFINITE_ARTICLES, POSSESSIVE_DETERMINERS } from '../lexicon/function-words';
import { SPEECH_EVENTS } from '../lexicon/reported';
import { readWithWink } from './wink';

export interface RawToken {
  start: number;
  end: number;
  pos: string;
  /** index of the wink sentence the token came from */
  winkSentence: number;
  /** a full stop split off a word wink read as an abbreviation (`weighed in.`): it may end a sentence wink ran on */
  stop?: true;
}

// wink keeps "Netanyahu's" whole but splits "Commission's": split every possessive the same way
const POSSESSIVE_END = /(?:'s|')$/i;
/** where a possessive ending starts in a word with a letter before it, or -1 */
function possessiveCut(word: string): number {
  const m = POSSESSIVE_END.exec(word);
  return m && /\p{L}/u.test(word.slice(0, m.index)) ? m.index : -1;
}

/**
 * wink's model runs a backtracking pattern over every token, so a run of thousands of characters
 * without a space (never a name: a pasted hash, a stripped table) would take seconds; wink reads
 * such a run in pieces of LONG_RUN characters (code points, so no piece ends inside a surrogate
 * pair), which still align to the view one by one
 */
const LONG_RUN = 64;
const LONG_RUNS = new RegExp(`\\S{${LONG_RUN + 1},}`, 'gu');
const RUN_PIECE = new RegExp(`(\\S{${LONG_RUN}})(?=\\S)`, 'gu');
/**
 * whether the view may hold a run over LONG_RUN: a run of that many UTF-16 units between ASCII spaces.
 * Never wrong the unsafe way (a code point is one or two units, and other spaces only shorten runs),
 * and one pass over the characters, where the pattern tries a run at every position of every word
 */
const mayHoldLongRun = (view: string): boolean => {
  let run = 0;
  for (let i = 0; i < view.length; i++) {
    const c = view.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) run = 0;
    else if (++run > LONG_RUN) return true;
  }
  return false;
};
const breakLongRuns = (view: string) => (mayHoldLongRun(view) ? view.replace(LONG_RUNS, (run) => run.replace(RUN_PIECE, '$1 ')) : view);

/** whether offset `i` falls between the two halves of a surrogate pair */
const splitsPair = (text: string, i: number): boolean => {
  if (i <= 0 || i >= text.length) return false;
  const high = text.charCodeAt(i - 1);
  const low = text.charCodeAt(i);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
};

/**
 * tokens never cut a character in two: a token boundary inside a surrogate pair (wink splits some
 * astral characters off as their halves) joins the tokens on either side, or takes in the half
 * nothing else holds
 */
function wholeCharacters(view: string, tokens: RawToken[]): RawToken[] {
  // most texts have no astral character at all: nothing to join
  if (!/[\uD800-\uDFFF]/.test(view)) return tokens;
  const out: RawToken[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (prev && splitsPair(view, t.start) && prev.end >= t.start) prev.end = Math.max(prev.end, t.end);
    else out.push({ ...t, start: splitsPair(view, t.start) ? t.start - 1 : t.start });
    const last = out[out.length - 1];
    if (splitsPair(view, last.end)) last.end++;
  }
  return out;
}

/** a Latin letter outside Latin-1 or a combining mark: "ł", "ń", "č", "ā", which wink cuts a word at */
const WINK_CUTS = /[\p{M}\u0100-\u024f\u1e00-\u1eff]/u;
const LETTER = /[\p{L}\p{M}]/u;
/** a word's pieces wink read apart carry the name's reading when any has it ("Stanis" PROPN, "ł" X, "aw" INTJ) */
const piecePos = (a: string, b: string) => (a === 'PROPN' || b === 'PROPN' ? 'PROPN' : a === 'X' ? b : a);

/**
 * tokens never cut a word in two: wink splits a word at a Latin letter outside Latin-1
 * ("Stanis|ł|aw", "Pozna|ń", "Mili|č|evi|ć"), so pieces touching at such a letter, in one
 * sentence, are joined into one word
 */
function wholeWords(view: string, tokens: RawToken[]): RawToken[] {
  // most texts have no such letter at all: nothing to join
  if (!WINK_CUTS.test(view)) return tokens;
  const out: RawToken[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    const before = view[t.start - 1] ?? '';
    const after = view[t.start] ?? '';
    const cut = prev && prev.end === t.start && prev.winkSentence === t.winkSentence && LETTER.test(before) && LETTER.test(after);
    if (cut && (WINK_CUTS.test(before) || WINK_CUTS.test(after))) {
      prev.end = t.end;
      prev.pos = piecePos(prev.pos, t.pos);
    } else out.push({ ...t });
  }
  return out;
}

/**
 * `Rep. Trey Gowdy (R-S.C.): “…”`: wink reads `):` as a face; touching the word before it, it closes
 * that bracket and a colon follows
 */
const isBracketColon = (view: string, start: number, value: string) => value === '):' && start > 0 && !/\s/.test(view[start - 1]);

/**
 * wink-nlp tokens aligned to character offsets of the view; whitespace tokens are dropped.
 * alignment searches forward from the last token, so a token wink rewrites is skipped, never misplaced.
 */
export function tokenize(view: string): RawToken[] {
  const { values, pos, types, sentences } = readWithWink(breakLongRuns(view));
  const sentenceOf = new Int32Array(values.length);
  for (let s = 0; s < sentences.length; s++) sentenceOf.fill(s, sentences[s][0], sentences[s][1] + 1);
  const out: RawToken[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const type = types[i];
    if (type === 'tabCRLF' || value.trim() === '') continue; // trim: the whitespace of \s, without a regex run a token
    const start = view.indexOf(value, cursor);
    if (start < 0) continue;
    const end = start + value.length;
    cursor = end;
    const at = type === 'word' && value.length > 2 ? possessiveCut(value) : -1;
    if (type === 'emoticon' && isBracketColon(view, start, value)) {
      out.push({ start, end: start + 1, pos: 'PUNCT', winkSentence: sentenceOf[i] });
      out.push({ start: start + 1, end, pos: 'PUNCT', winkSentence: sentenceOf[i] });
    } else if (at > 1 && value[at - 1] !== "'") {
      const cut = start + at;
      out.push({ start, end: cut, pos: pos[i], winkSentence: sentenceOf[i] });
      out.push({ start: cut, end, pos: 'PART', winkSentence: sentenceOf[i] });
    } else if (DASHED.test(value)) {
      // `The Washington Post–shows`: wink keeps two words an en or em dash joins with no space as one when a capital opens it
      // (a lowercase piece of a word read as a proper noun is no proper noun: its part of speech is left unknown)
      const piece = (a: number, b: number) => ({
        start: a,
        end: b,
        pos: pos[i] === 'PROPN' && /^\p{Ll}/u.test(view[a]) ? 'X' : pos[i],
        winkSentence: sentenceOf[i],
      });
      let from = start;
      for (const m of value.matchAll(DASH)) {
        const at = start + (m.index ?? 0);
        if (at > from) out.push(piece(from, at));
        out.push({ start: at, end: at + 1, pos: 'PUNCT', winkSentence: sentenceOf[i] });
        from = at + 1;
      }
      if (end > from) out.push(piece(from, end));
    } else {
      out.push({ start, end, pos: pos[i], winkSentence: sentenceOf[i] });
    }
  }
  return wordStops(view, wholeCharacters(view, wholeWords(view, out)));
}

const DIGIT = /^\d/;
/** a word, an en or em dash, a word in lowercase, with no space between: two words and the dash (not a compound, "Post–Revolutionary War") */
const DASHED = /\p{L}[\u2013\u2014]\p{Ll}/u;
const DASH = /[\u2013\u2014]/gu;

/**
 * `the senator weighed in. Others agreed`, `he said no. “Then …`: wink keeps a word and its full stop as one
 * abbreviation (lexicon/function-words.ts ABBREVIATION_LOOKALIKES). Where the word is no abbreviation it is
 * split from its stop, marked `stop`: the layout lets a name or a quotation mark after it open a sentence,
 * which wink, taking the stop for an abbreviation's, ran on
 */
function wordStops(view: string, tokens: RawToken[]): RawToken[] {
  let out: RawToken[] | undefined;
  tokens.forEach((t, i) => {
    const word = t.end - t.start === 3 && view[t.end - 1] === '.' ? ABBREVIATION_LOOKALIKES[view.slice(t.start, t.end).toLowerCase()] : undefined;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const abbreviation =
      word &&
      (word.abbreviates === 'after-number' ? !!prev && DIGIT.test(view.slice(prev.start, prev.end)) : !!next && DIGIT.test(view.slice(next.start, next.end)));
    if (!word || abbreviation) {
      out?.push(t);
      return;
    }
    out ??= tokens.slice(0, i);
    out.push({ start: t.start, end: t.end - 1, pos: word.pos, winkSentence: t.winkSentence });
    out.push({ start: t.end - 1, end: t.end, pos: 'PUNCT', winkSentence: t.winkSentence, stop: true });
  });
  return out ?? tokens;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** whether the word holds a letter or a digit: ASCII by character codes, anything else by the pattern */
function hasLetterOrDigit(view: string): boolean {
  for (let i = 0; i < view.length; i++) {
    const c = view.charCodeAt(i);
    if (c >= 128) return LETTER_OR_DIGIT.test(view);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}

// ASCII letters answer at once; the rest of Unicode asks the regexes
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
/** the word opens with an upper-case letter */
const capWord = (view: string): boolean => {
  const c = view.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(view);
};
/** the word opens with a lower-case letter */
const lowWord = (view: string): boolean => {
  const c = view.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_FIRST.test(view);
};

/** what rules ask of a word, read from its normalised characters once: its case, punctuation, possessive */
export function wordFlags(view: string, lower = view.toLowerCase()): Pick<Token, 'cap' | 'low' | 'punct' | 'possessive'> {
  return { cap: capWord(view), low: lowWord(view), punct: !hasLetterOrDigit(view), possessive: isPossessiveMark(lower) };
}

/** the shortest past form read as modifying a noun after an article (`a need`, `a shed` are nouns themselves) */
const MODIFIER_PAST_LENGTH = 5;
/**
 * `in a televised address that …`, `an emailed statement`: after an indefinite article and a past form, a word wink
 * calls a verb is the noun the past form modifies (`the accused said` keeps its verb: a definite article before a past
 * form may name people)
 */
function afterModifiedArticle(raw: RawToken[], lowerAt: (k: number) => string, index: number): boolean {
  const past = lowerAt(index - 1);
  return (
    INDEFINITE_ARTICLES.has(lowerAt(index - 2)) &&
    past.length >= MODIFIER_PAST_LENGTH &&
    past.endsWith('ed') &&
    (raw[index - 1].pos === 'VERB' || raw[index - 1].pos === 'ADJ')
  );
}

/** what a noun's word may follow: an adjective, a number, or a singular noun modifying it (`nightly video address`) */
const OCCASION_MODIFIER_POS = new Set(['ADJ', 'NUM', 'NOUN']);
/**
 * `in his nightly video address that …`, `at the rally`: an occasion of speaking (SPEECH_EVENTS) after an article, a
 * possessive, an adjective, a number or a singular noun is that noun, whatever wink calls it (`officials address the
 * issue`: a plural before it is its subject; `measures that address`: a relative's `that` is no article)
 */
function occasionNoun(raw: RawToken[], lowerAt: (k: number) => string, index: number, lower: string): boolean {
  if (!SPEECH_EVENTS.has(lower) || index === 0) return false;
  const before = lowerAt(index - 1);
  if (ARTICLES.has(before) || POSSESSIVE_DETERMINERS.has(before)) return true;
  return OCCASION_MODIFIER_POS.has(raw[index - 1].pos) && !(raw[index - 1].pos === 'NOUN' && before.endsWith('s'));
}

/**
 * words wink's lexicon always reads as a noun that news writes as a verb after its subject: `Police shot a man`, `air
 * defences shot down 23 drones`, `Gunmen shot and killed …` (each a noun to wink, so the clause had no verb and a
 * statement around it none)
 */
const NOUN_READ_VERBS: ReadonlySet<string> = new Set(['shot']);
/** what a verb's object or particle opens with right after it: `shot down`, `shot dead`, `shot and killed`, `shot a man` */
const AFTER_VERB_POS = new Set(['DET', 'PRON', 'NUM', 'PROPN']);
const AFTER_VERB_WORDS = new Set(['down', 'dead', 'and', 'himself', 'herself', 'themselves']);
/** what makes the word a noun before it: `a shot`, `his shot`, `the first shot`, `two shots` */
const BEFORE_NOUN_POS = new Set(['DET', 'ADJ', 'NUM']);

/**
 * a word of NOUN_READ_VERBS with no noun's determiner before it (nor a hyphen: `a public crotch-shot`) and an object or a
 * particle after it is a verb
 */
function verbAfterSubject(raw: RawToken[], view: string, lowerAt: (k: number) => string, index: number, lower: string): boolean {
  const [prev, next] = [raw[index - 1], raw[index + 1]];
  if (!NOUN_READ_VERBS.has(lower) || !prev || !next || prev.end === raw[index].start) return false;
  if (BEFORE_NOUN_POS.has(prev.pos) || POSSESSIVE_DETERMINERS.has(lowerAt(index - 1))) return false;
  return AFTER_VERB_POS.has(next.pos) || AFTER_VERB_WORDS.has(view.slice(next.start, next.end).toLowerCase());
}

/** tokens with their word flags; `sentence`, `paragraph` and `opensSentence` are set by the layout */
export function toTokens(text: string, view: string, raw: RawToken[]): Token[] {
  // where normalising changed nothing (most texts), a token's text is its view: one string, not two
  const same = text === view;
  const out: Token[] = [];
  // the words before a token are tokens already: their lowercase is read, not made again
  const lowerAt = (k: number) => (k >= 0 ? out[k].lower : '');
  for (let index = 0; index < raw.length; index++) {
    const r = raw[index];
    const v = view.slice(r.start, r.end);
    const lower = v.toLowerCase();
    // wink reads the word after `according to` as an infinitive's verb (`according to police`, `to sources`): it opens the source's noun phrase
    const pos =
      r.pos === 'VERB' &&
      ((lowerAt(index - 1) === 'to' && lowerAt(index - 2) === 'according') ||
        afterModifiedArticle(raw, lowerAt, index) ||
        occasionNoun(raw, lowerAt, index, lower))
        ? 'NOUN'
        : r.pos === 'NOUN' && verbAfterSubject(raw, view, lowerAt, index, lower)
          ? 'VERB'
          : r.pos;
    // every field written here, in one literal: every token has one shape, which the rules' reads of it keep fast
    out.push({
      start: r.start,
      end: r.end,
      text: same ? v : text.slice(r.start, r.end),
      view: v,
      lower,
      pos,
      index,
      sentence: 0,
      paragraph: 0,
      // wordFlags, field by field (no object a token)
      cap: capWord(v),
      low: lowWord(v),
      punct: !hasLetterOrDigit(v),
      possessive: isPossessiveMark(lower) && !CONTRACTING_WORDS.has(lowerAt(index - 1)),
      opensSentence: false,
    });
  }
  return out;
}
