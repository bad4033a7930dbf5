import { BE_FORMS } from '../../lexicon/speech';
import { cueOf, sentenceWindow, type Attribution } from '../context';
import { characterisingVerb } from '../govern';
import { phraseBefore } from '../phrase';
import { readSpeaker } from '../speaker';
import type { Sieve } from './sieve';
import { actorBefore } from '../cue-speaker';

/** `Trump openly admires Putin as a “strong leader”`: the subject of the verb a characterising `as` hangs on */
export const characterise: Sieve = {
  name: 'characterise',
  stage: 'cue',
  reason: 'whoever casts someone “as” the quoted words is the one using them',
  apply(ctx, i) {
    const q = ctx.spans[i];
    const t = ctx.doc.tokens;
    const j = characterisingVerb(ctx, q);
    // a passive verb (`is being criticized as`) hides who characterises
    if (j < 0 || BE_FORMS.has(t[j - 1]?.lower ?? '')) return null;
    const { from } = sentenceWindow(ctx, q);
    const read = (p: [number, number] | null) => (p ? readSpeaker(ctx, p, q.start, this.name) : null);
    const order = t[j].lower.endsWith('ing')
      ? [actorBefore(ctx, j, from), phraseBefore(ctx, j, from)]
      : [phraseBefore(ctx, j, from), actorBefore(ctx, j, from)];
    const found: Omit<Attribution, 'cue'> | null = read(order[0]) ?? read(order[1]);
    return found ? { ...found, cue: cueOf(ctx.doc, t[j], t[j]) } : null;
  },
};
