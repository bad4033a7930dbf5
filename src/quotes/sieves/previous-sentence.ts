import { reachBack, tokenRange } from '../context';
import type { Sieve } from './sieve';
import { cueAt } from '../cues';
import { speakerOfCue } from '../cue-speaker';

/**
 * `Josh Earnest said at a briefing Monday. “And we have seen …”`: a quote opening a sentence
 * with no cue of its own takes the speaker of a cue in the sentence just before, same paragraph
 */
export const previousSentence: Sieve = {
  name: 'previous-sentence',
  stage: 'context',
  reason: 'a reporting sentence introduces the quotation that follows it',
  apply(ctx, i) {
    const q = ctx.spans[i];
    const t = ctx.doc.tokens;
    const [a] = tokenRange(t, q);
    const prev = t[a - 1];
    if (!prev || prev.paragraph !== t[a]?.paragraph || ctx.quoted[a - 1]) return null;
    const floor = reachBack(ctx, a, prev.sentence);
    for (let j = a - 1; j >= floor; j--) {
      const n = cueAt(ctx, j);
      // `said … when asked what …`: a cue with no speaker of its own leaves the search open
      const found = n ? speakerOfCue(ctx, j, n, floor, a, q.start, this.name) : null;
      if (found) return found;
    }
    return null;
  },
};
