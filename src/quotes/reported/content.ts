import type { Token } from '../../core/types';
import type { QuoteContext } from '../context';

/** how far from its cue a reported statement's words may reach, in tokens: a run-on text stays linear */
export const REACH = 80;

/** a token range `[a, b)` of a statement's words */
export type Piece = [number, number];

/** the tokens of the sentence around the cue at `j`, at most REACH either side */
export function sentenceAround(ctx: QuoteContext, j: number): { floor: number; ceil: number } {
  const s = ctx.doc.sentences[ctx.doc.tokens[j].sentence];
  return { floor: Math.max(s.tokenStart, j - REACH), ceil: Math.min(s.tokenEnd, j + REACH) };
}

const EDGE = /^[.,;:!?\u2014\u2013-]+$/;

/** `[a, b)` without punctuation at either edge (quotation marks stay: they belong to the quote inside) */
export function trimmed(t: readonly Token[], [a, b]: Piece): Piece {
  while (a < b && EDGE.test(t[a].text)) a++;
  while (b > a && EDGE.test(t[b - 1].text)) b--;
  return [a, b];
}

const isWord = (tok: Token) => !tok.punct;

/**
 * words someone holds: at least two words outside quotation marks (a statement all in quotation marks
 * is the direct quote itself), and a verb among them that is no cue, unless `phrase` content will do
 */
export function isContent(ctx: QuoteContext, pieces: readonly Piece[], phrase = false): boolean {
  const t = ctx.doc.tokens;
  let words = 0;
  let verb = false;
  let cues = 0;
  for (const [a, b] of pieces) {
    for (let k = a; k < b; k++) {
      if (ctx.quoted[k] || !isWord(t[k])) continue;
      words++;
      if (ctx.cues[k]) cues++;
      // a verb of its own: `Jones told Brown said …` is a chain of cues, no content
      verb ||= (t[k].pos === 'VERB' || t[k].pos === 'AUX') && !ctx.cues[k];
    }
  }
  // a phrase (`called for a ban`) holds no cue: `told Brown said Smith` is a chain of cues
  return words >= 2 && (verb || (phrase && cues === 0));
}
