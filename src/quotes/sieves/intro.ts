import { reachBack, tokenRange } from '../context';
import type { Sieve } from './sieve';
import { cueAt, mannerVerbAt } from '../cues';
import { speakerOfCue } from '../cue-speaker';

/**
 * `Caddell continued:` ⏎ `"The health issue …"`, `Kasich resisted: "Ohio governors …"`: a clause
 * ending in a colon introduces the quotation after it, in its paragraph or opening the next one
 */
export const colonIntro: Sieve = {
  name: 'colon-intro',
  stage: 'cue',
  reason: 'a cue, or an actor doing anything, in the clause a colon closes introduces the quote after the colon',
  apply(ctx, i) {
    const q = ctx.spans[i];
    const t = ctx.doc.tokens;
    const [a] = tokenRange(t, q);
    const prev = t[a - 1];
    if (prev?.text !== ':') return null;
    const floor = reachBack(ctx, a, prev.sentence);
    for (let j = a - 2; j >= floor; j--) {
      const n = cueAt(ctx, j);
      // `said … when asked what …`: a cue with no speaker of its own leaves the search open
      const found = n ? speakerOfCue(ctx, j, n, floor, a - 1, q.start, this.name) : null;
      if (found) return found;
    }
    // `Jared Potts echoed:`, `President Clinton released the following statement:`: with no cue
    // there, an actor doing anything in the sentence the colon closes introduces the quote, the verb
    // nearest the colon first (`When Wallace died, President Clinton released …:`)
    for (let j = a - 2; j >= floor; j--) {
      const found = mannerVerbAt(ctx, j) ? speakerOfCue(ctx, j, 1, floor, a - 1, q.start, this.name) : null;
      if (found?.entity && found.entity.type !== 'location') return found;
      if (found) return null;
    }
    return null;
  },
};
