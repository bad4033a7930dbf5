import { sentenceWindow, tokenRange } from '../context';
import type { Sieve } from './sieve';
import { cueAt, speakerOfCue } from './verb';

/** `Sa'ar said: “…”` / `X said that they share “…”` / `according to X, “…”`: the nearest cue before the quote in its sentence */
export const cueBefore: Sieve = {
  name: 'cue-before',
  stage: 'cue',
  reason: 'a reporting verb earlier in the sentence governs the quotation',
  apply(ctx, i) {
    const q = ctx.spans[i];
    const t = ctx.doc.tokens;
    const [a] = tokenRange(t, q);
    const { from } = sentenceWindow(ctx, q);
    for (let j = a - 1; j >= from; j--) {
      const n = cueAt(ctx, j);
      if (!n) continue;
      const found = speakerOfCue(ctx, j, n, from, a, q.start, this.name);
      if (found) return found;
    }
    return null;
  },
};
