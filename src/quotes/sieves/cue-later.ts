import { sentenceWindow, tokenRange } from '../context';
import { cueLater as laterCue } from '../govern';
import type { Sieve } from './sieve';
import { cueAt } from '../cues';
import { speakerOfCue } from '../cue-speaker';

/** `A cashier who “steals a handful of $20s” is held accountable, Warren said.`: a cue later in the sentence */
export const cueLater: Sieve = {
  name: 'cue-later',
  stage: 'cue',
  reason: 'a reporting clause closing the sentence governs a fragment quoted inside it',
  apply(ctx, i) {
    const q = ctx.spans[i];
    const j = laterCue(ctx, q);
    if (j < 0) return null;
    const [, b] = tokenRange(ctx.doc.tokens, q);
    const { to } = sentenceWindow(ctx, q);
    return speakerOfCue(ctx, j, cueAt(ctx, j), b, to, q.start, this.name);
  },
};
