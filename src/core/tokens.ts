import { firstWhere } from './search';
import type { Token } from './types';

/** index of the first token starting at or after `offset` */
export const tokenAt = (tokens: readonly Token[], offset: number): number => firstWhere(tokens, (t) => t.start >= offset);

/** index of the first token ending after `offset`: the token that holds or follows it */
export const tokenEndingAfter = (tokens: readonly Token[], offset: number): number => firstWhere(tokens, (t) => t.end > offset);

/** token range `[first, end)` a span covers */
export function tokenRange(tokens: readonly Token[], span: { start: number; end: number }): [number, number] {
  const first = tokenAt(tokens, span.start);
  let end = first;
  while (end < tokens.length && tokens[end].start < span.end) end++;
  return [first, end];
}

/**
 * a possessive ending as the document splits it off a word: `'s`, or `'` after a plural (`voters'`)
 * when `plural`; either apostrophe, since the view straightens only those between letters
 */
export const isPossessiveMark = (lower: string, plural = true): boolean => lower.length <= 2 && (/^['’]s$/.test(lower) || (plural && /^['’]$/.test(lower))); // no longer word is one: no pattern run

/**
 * what a rule sees one word before the first token or after the last: an empty word in no
 * sentence, so a look back or ahead needs no bounds check and matches nothing
 */
export const NO_TOKEN: Readonly<Token> = Object.freeze({
  start: -1,
  end: -1,
  text: '',
  view: '',
  lower: '',
  pos: '',
  index: -1,
  sentence: -1,
  paragraph: -1,
  cap: false,
  low: false,
  punct: false,
  possessive: false,
  opensSentence: false,
});

/** the token at index `i`, or NO_TOKEN outside the document: the one bounds-safe access stages share */
export const tokenOf = (tokens: readonly Token[], i: number): Readonly<Token> => tokens[i] ?? NO_TOKEN;

/** a word of lowercase letters only (`india`, `san`): it opens lowercase, has no capital, and holds nothing but letters */
export const isLowerWord = (t: Token): boolean => t.low && t.view === t.lower && /^\p{L}+$/u.test(t.view);

/** the parts of speech of a noun phrase's words as the tagger reads them: a subject's, an object's, a listener's (`the crowd`, `his supporters`, `them`) */
export const NOUN_PHRASE_WORD_POS: ReadonlySet<string> = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM']);
/** the parts of speech inside a noun phrase, no pronoun: `the Heritage Foundation website`, `a top aide`, `three senior officials` */
export const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);

/** token `k` joined to token `k + 2` by a hyphen at `k + 1`, with no space either side: "al-Zour", "Haute-Garonne", "Kurdish-led" */
export const hyphenedTo = (tokens: readonly Token[], k: number): boolean =>
  tokens[k + 1]?.view === '-' && tokens[k].end === tokens[k + 1].start && tokens[k + 1].end === tokens[k + 2]?.start;

/** a verb or an auxiliary as the tagger reads it; no word outside the document is one */
export const isVerbal = (t: Token | undefined): boolean => t?.pos === 'VERB' || t?.pos === 'AUX';

/** the word ends in an inflection's -s, a plural's (`polls`) or a present third person's (`says`), not in its own -ss (`boss`, `discuss`) */
export const endsInS = (t: Token): boolean => t.lower.endsWith('s') && !t.lower.endsWith('ss');

const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'.-]*$/u;
/** CAPITALISED of an ASCII word by its character codes (A–Z, then letters, ' . -); null when a character is not ASCII */
function asciiCapitalised(view: string): boolean | null {
  for (let i = 1; i < view.length; i++) {
    const c = view.charCodeAt(i);
    if (c >= 128) return null;
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 46 || c === 45)) return false;
  }
  return true;
}
/**
 * a capitalised word of letters ("Reuters", "Ill.", "O'Brien"); most tokens start with no capital,
 * which their `cap` flag answers first; an ASCII word is then read by its codes, any other by the pattern
 */
export const isCap = (t: Token | undefined): boolean => {
  if (!t?.cap) return false;
  const c = t.view.charCodeAt(0);
  if (c >= 65 && c <= 90) return asciiCapitalised(t.view) ?? CAPITALISED.test(t.view);
  return t.view[0] !== t.view[0].toLowerCase() && CAPITALISED.test(t.view);
};

/** the most words a description's noun phrase is read over: "a four-piece electro synthpop band" */
const DESCRIPTION_REACH = 8;
/** what ends a description's noun phrase: a preposition, a clause ("founded by", "that", "who"), a conjunction */
const ENDS_DESCRIPTION = new Set(['ADP', 'VERB', 'AUX', 'PRON', 'SCONJ', 'CCONJ', 'PART', 'DET']);

/**
 * the head of the noun phrase opening at token `from` (after its article) in sentence `sentence`: its
 * last common noun up to a preposition, a clause or a punctuation mark ("Danish maker of pumps" →
 * `maker`), as a token index, or -1; none before a possessive, whose phrase heads on what follows
 * ("the band's singer")
 */
export function descriptionHead(tokens: readonly Token[], from: number, sentence: number): number {
  let head = -1;
  for (let i = from; i < from + DESCRIPTION_REACH; i++) {
    const w = tokenOf(tokens, i);
    if (w.possessive) return -1;
    if (w.sentence !== sentence || ENDS_DESCRIPTION.has(w.pos) || (w.punct && w.view !== '-' && w.view !== '/')) break;
    if (w.pos === 'NOUN' && w.low) head = i;
  }
  return head;
}
