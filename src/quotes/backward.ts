import type { Attribution, QuoteContext } from './context';

/** the name this pass gives the speakers it carries back, as a sieve would */
export const BACKWARD = 'continuation-back';

/**
 * `“… [¶] “… [¶] “…,” she said.`: a quote of several paragraphs whose cue comes at its end gives
 * every paragraph the speaker of its closing cue. News opens each paragraph of a long quote without
 * closing the one before, so the open paragraphs before a cued one are its words; a paragraph with
 * no speaker, or one carried forward by `continuation` alone, takes the closing cue's (from the
 * last paragraph back, so a chain of any length is one attribution)
 */
export function carryBack(ctx: QuoteContext, done: Array<Attribution | null>): void {
  for (let i = ctx.spans.length - 2; i >= 0; i--) {
    const q = ctx.spans[i];
    const next = done[i + 1];
    if (!next || !q.unclosed || !ctx.spans[i + 1].continues || ctx.scare[i]) continue;
    // a paragraph's own cue stands
    if (done[i] && done[i]?.speaker.sieve !== 'continuation') continue;
    // only a closing cue, after the paragraph it ends (not a transcript's turn label before it), or one carried back to it
    const closing = next.speaker.sieve === BACKWARD || (next.cue !== null && next.cue.start >= ctx.spans[i + 1].end);
    if (!closing) continue;
    done[i] = { ...next, speaker: { ...next.speaker, sieve: BACKWARD } };
  }
}
