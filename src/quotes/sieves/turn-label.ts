import { cueOf, tokenAt } from '../context';
import { readSpeaker } from '../speaker';
import type { Sieve } from './sieve';

/** `"PENCE: Well, look, …`: a transcript turn is spoken by its label */
export const turnLabel: Sieve = {
  name: 'turn-label',
  stage: 'cue',
  reason: 'a transcript names who speaks each turn in the label before the colon',
  apply(ctx, i) {
    const label = ctx.spans[i].label;
    if (!label) return null;
    const t = ctx.doc.tokens;
    const a = tokenAt(t, label.start);
    const b = Math.max(a + 1, tokenAt(t, label.end));
    const found = readSpeaker(ctx, [a, b], label.start, this.name);
    return found ? { ...found, cue: cueOf(ctx.doc, t[a], t[b - 1]) } : null;
  },
};
