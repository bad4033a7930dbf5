import { BE_FORMS } from '../../lexicon/speech';
import { cueOf, sentenceWindow, tokenRange } from '../context';
import { phraseBefore } from '../phrase';
import { readSpeaker } from '../speaker';
import type { Sieve } from './sieve';

/**
 * `Trump has boasted of his willingness to spend “whatever it takes”`, `Will urged voters to reject
 * “…”`: a quotation inside a sentence whose words no cue governs is the words of the actor that
 * sentence is about, the subject of its first finite verb, when a person or an organisation is it
 */
export const clauseSubject: Sieve = {
  name: 'clause-subject',
  stage: 'context',
  reason: 'a quotation no cue governs belongs to the actor its sentence is about',
  apply(ctx, i) {
    const q = ctx.spans[i];
    const t = ctx.doc.tokens;
    const [a] = tokenRange(t, q);
    const { from, start } = sentenceWindow(ctx, q);
    if (from !== start || a <= from) return null;
    for (let v = from; v < a; v++) {
      if (ctx.quoted[v] || t[v].pos !== 'VERB' || t[v].lower.endsWith('ing') || t[v - 1]?.lower === 'to') continue;
      // `Smith was greeted with chants of “Bobby!”`: a passive's subject is acted on, not heard
      if (BE_FORMS.has(t[v - 1]?.lower ?? '')) return null;
      const p = phraseBefore(ctx, v, from, true);
      const found = p ? readSpeaker(ctx, p, q.start, this.name) : null;
      if (!found || (!found.entity && found.speaker.form !== 'pronoun') || found.entity?.type === 'location') return null;
      return { ...found, cue: null };
    }
    return null;
  },
};
