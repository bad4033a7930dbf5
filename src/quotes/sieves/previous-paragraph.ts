import { reachBack, tokenRange } from '../context';
import type { Sieve } from './sieve';
import { cueAt, frameCueAt } from '../cues';
import { speakerOfCue } from '../cue-speaker';

/**
 * `Carter said that for decades critics had predicted a withdrawal.` ⏎ `“That’s because this region
 * …”`: a quote that opens its paragraph, with no cue of its own, takes the speaker of a cue in the
 * last sentence of the paragraph before, when that sentence quotes nothing after the cue (`What “go
 * after them” means is left open, since Trump spoke only in bromides.`: a quotation before the cue
 * is that sentence's subject, not what the cue reports)
 */
export const previousParagraph: Sieve = {
  name: 'previous-paragraph',
  stage: 'context',
  reason: 'news introduces a quoted paragraph with a reporting sentence closing the paragraph before',
  apply(ctx, i) {
    const q = ctx.spans[i];
    const t = ctx.doc.tokens;
    const [a] = tokenRange(t, q);
    const prev = t[a - 1];
    // a quote whose marks hold no token (`“́.”` at the end of a text) has no token `a`
    if (!prev || !t[a] || prev.paragraph !== t[a].paragraph - 1 || q.continues) return null;
    const floor = reachBack(ctx, a, prev.sentence);
    for (let j = a - 1; j >= floor; j--) {
      if (ctx.quoted[j]) return null;
      const n = cueAt(ctx, j) || (frameCueAt(ctx, j) ? 1 : 0);
      const found = n ? speakerOfCue(ctx, j, n, floor, a, q.start, this.name) : null;
      if (found && found.entity?.type === 'person') return found;
    }
    return null;
  },
};
