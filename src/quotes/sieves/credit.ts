import { CREDIT_DASHES } from '../../lexicon/speech';
import { cueOf, tokenRange } from '../context';
import { phraseAfter } from '../phrase';
import { readSpeaker } from '../speaker';
import type { Sieve } from './sieve';

/** `“…” ― Pamela Padilla`: a dash and a name after the quote, with nothing else on the line */
export const creditLine: Sieve = {
  name: 'credit-line',
  stage: 'cue',
  reason: 'a reader-comment or epigraph credit names the speaker without a verb',
  apply(ctx, i) {
    const q = ctx.spans[i];
    const t = ctx.doc.tokens;
    const [, b] = tokenRange(t, q);
    const dash = t[b];
    if (!dash || !CREDIT_DASHES.has(dash.text) || /\n/.test(ctx.doc.view.slice(q.end, dash.start))) return null;
    const p = phraseAfter(ctx, b + 1, t.length);
    if (!p || !t[p[0]].cap) return null;
    const after = ctx.doc.view.slice(t[p[1] - 1].end, ctx.doc.view.indexOf('\n', t[p[1] - 1].end) >>> 0);
    if (/[\p{L}\p{N}]/u.test(after)) return null;
    const found = readSpeaker(ctx, p, q.start, this.name);
    return found && found.speaker.form === 'name' ? { ...found, cue: cueOf(ctx.doc, dash, dash) } : null;
  },
};
