import { isPossessiveMark } from '../../core/tokens';
import { BE_FORMS } from '../../lexicon/speech';
import { cueOf, sentenceWindow } from '../context';
import { speechNoun } from '../govern';
import { phraseBefore } from '../phrase';
import { readSpeaker } from '../speaker';
import type { Sieve } from './sieve';

/** `was greeted`, `got booed`: auxiliaries of a passive */
const PASSIVE = new Set([...BE_FORMS, 'get', 'got']);

/** `Trump’s claim that …“…”` / `Trump has used the phrase “…”`: the owner of the speech noun, or the subject of its verb */
export const speechNounOwner: Sieve = {
  name: 'speech-noun',
  stage: 'cue',
  reason: 'a claim, slogan or chant in the sentence belongs to whoever the sentence gives it to',
  apply(ctx, i) {
    const q = ctx.spans[i];
    const t = ctx.doc.tokens;
    const n = speechNoun(ctx, q);
    if (n < 0) return null;
    const { from } = sentenceWindow(ctx, q);
    let k = n - 1;
    // `Clinton’s campaign slogan`, `Trump's recent evidence-free assertion`: modifiers, nouns and hyphened compounds before the noun
    const modifier = (j: number) => t[j].pos === 'ADJ' || t[j].pos === 'DET' || t[j].pos === 'NOUN' || (t[j].text === '-' && t[j - 1]?.end === t[j].start);
    while (k >= from && modifier(k) && !ctx.owner[k] && !isPossessiveMark(t[k].lower, false)) k--;
    let p: [number, number] | null = null;
    if (k >= from && isPossessiveMark(t[k].lower, false)) p = phraseBefore(ctx, k, from);
    else {
      for (let j = k; j >= from && !p; j--) {
        if (t[j].pos !== 'VERB') continue;
        // `was greeted with chants of “Bobby!”`: a passive verb's subject hears the words, it does not say them
        if (PASSIVE.has(t[j - 1]?.lower ?? '')) break;
        p = phraseBefore(ctx, j, from);
      }
    }
    const found = p ? readSpeaker(ctx, p, q.start, this.name) : null;
    return found ? { ...found, cue: cueOf(ctx.doc, t[n], t[n]) } : null;
  },
};
