import type { Token } from '../core/types';
import { readWithWink } from './wink';

export interface RawToken {
  start: number;
  end: number;
  pos: string;
  /** index of the wink sentence the token came from */
  winkSentence: number;
}

// wink keeps "Netanyahu's" whole but splits "Commission's": split every possessive the same way
const POSSESSIVE = /^(.*\p{L}.*)('s|')$/iu;

/**
 * wink-nlp tokens aligned to character offsets of the view; whitespace tokens are dropped.
 * alignment searches forward from the last token, so a token wink rewrites is skipped, never misplaced.
 */
export function tokenize(view: string): RawToken[] {
  const { tokens, sentences } = readWithWink(view);
  const sentenceOf = new Int32Array(tokens.length);
  sentences.forEach(([a, b], s) => sentenceOf.fill(s, a, b + 1));
  const out: RawToken[] = [];
  let cursor = 0;
  tokens.forEach((t, i) => {
    if (t.type === 'tabCRLF' || /^\s*$/.test(t.value)) return;
    const start = view.indexOf(t.value, cursor);
    if (start < 0) return;
    const end = start + t.value.length;
    cursor = end;
    const possessive = t.type === 'word' && t.value.length > 2 ? POSSESSIVE.exec(t.value) : null;
    if (possessive && possessive[1].length > 1 && !/'$/.test(possessive[1])) {
      const cut = start + possessive[1].length;
      out.push({ start, end: cut, pos: t.pos, winkSentence: sentenceOf[i] });
      out.push({ start: cut, end, pos: 'PART', winkSentence: sentenceOf[i] });
    } else {
      out.push({ start, end, pos: t.pos, winkSentence: sentenceOf[i] });
    }
  });
  return out;
}

export function toTokens(text: string, view: string, raw: RawToken[]): Token[] {
  return raw.map((r, index) => {
    const v = view.slice(r.start, r.end);
    return {
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
      view: v,
      lower: v.toLowerCase(),
      pos: r.pos,
      index,
      sentence: 0,
      paragraph: 0,
    };
  });
}
