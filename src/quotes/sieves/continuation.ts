import type { Entity } from '../../core/types';
import { tokenAt, tokenRange } from '../context';
import type { Sieve } from './sieve';
import { cueAt } from '../cues';

/**
 * a quote that continues the previous paragraph's open quote, or follows the previous quote with
 * no new cue and no other person named in between, keeps that quote's speaker
 */
export const continuation: Sieve = {
  name: 'continuation',
  stage: 'context',
  reason: 'news style gives a run of quotations one attribution',
  apply(ctx, i, done) {
    const q = ctx.spans[i];
    // scare quotes in between ("on Fox News’s “Fox and Friends.”") do not take the floor
    let k = i - 1;
    while (k > 0 && ctx.scare[k]) k--;
    const prev = ctx.spans[k];
    const before = done[k];
    if (!prev || !before || q.paragraph - prev.paragraph > 1) return null;
    // `“…,” Ross said. “…”`: in one paragraph the cue governs both, one statement in two pieces
    const cue = q.paragraph === prev.paragraph ? before.cue : null;
    const carry = { speaker: { ...before.speaker, sieve: this.name }, cue, entity: before.entity };
    if (q.continues) return carry;
    const t = ctx.doc.tokens;
    const [, from] = tokenRange(t, prev);
    const [to] = tokenRange(t, q);
    // a person named in the previous quote's own reporting sentence does not take the floor, nor
    // does a cue in its appositive or its adjunct (`said Ms. Warren, who has often been the target
    // of his attacks.`, `Clinton said, referencing a group called Future45.`)
    const cueSentence = t[tokenAt(t, before.cue?.start ?? prev.end)]?.sentence ?? -1;
    for (let j = from; j < to; j++) {
      const e: Entity | undefined = ctx.owner[j];
      if (e && e.type === 'person' && e !== before.entity && t[j].sentence > cueSentence) return null;
      if (cueAt(ctx, j) && (!before.cue || (t[j].start !== before.cue.start && t[j].sentence !== cueSentence))) return null;
    }
    return carry;
  },
};
