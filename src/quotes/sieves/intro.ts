import { isVerbal } from '../../core/tokens';
import { MAIN_AUXILIARIES, NEGATIONS } from '../../lexicon/function-words';
import { reachBack, tokenRange, type QuoteContext } from '../context';
import type { Sieve } from './sieve';
import { cueAt, mannerVerbAt } from '../cues';
import { speakerOfCue } from '../cue-speaker';

/** `Smith was blunt:`, `Smith had a message for critics:`: a form of be or have that is its clause's verb, none after it */
function mainAuxiliaryAt(ctx: QuoteContext, j: number): boolean {
  const t = ctx.doc.tokens;
  if (t[j].pos !== 'AUX' || !MAIN_AUXILIARIES.has(t[j].lower) || ctx.quoted[j]) return false;
  let k = j + 1;
  while (NEGATIONS.has(t[k]?.lower ?? '') || t[k]?.pos === 'ADV') k++;
  return !!t[k] && !isVerbal(t[k]) && !ctx.quoted[k];
}

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
    // `Jared Potts echoed:`, `President Clinton released the following statement:`, `Smith was blunt:`:
    // with no cue there, an actor doing anything in the sentence the colon closes introduces the
    // quote, the verb nearest the colon first (`When Wallace died, President Clinton released …:`)
    for (let j = a - 2; j >= floor; j--) {
      const found = mannerVerbAt(ctx, j) || mainAuxiliaryAt(ctx, j) ? speakerOfCue(ctx, j, 1, floor, a - 1, q.start, this.name) : null;
      if (found?.entity && found.entity.type !== 'location') return found;
      if (found) return null;
    }
    return null;
  },
};
