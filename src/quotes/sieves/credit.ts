import { DASHES } from '../../lexicon/function-words';
import { cueOf, tokenRange, type Attribution, type QuoteContext } from '../context';
import { markAt } from '../marks';
import type { QuoteSpan } from '../spans';
import { phraseAfter } from '../phrase';
import { readSpeaker } from '../speaker';
import type { Sieve } from './sieve';

/** the longest credit line read, in tokens */
const REACH = 40;

/**
 * `“…” ― Pamela Padilla`, `“…”` ⏎ `- Bernie Sanders.`: a dash and a name after the quote, on its line or
 * the next, with nothing else there but a description after a comma
 */
export const creditLine: Sieve = {
  name: 'credit-line',
  stage: 'cue',
  reason: 'a reader-comment or epigraph credit names the speaker without a verb',
  apply(ctx, i) {
    const q = ctx.spans[i];
    const t = ctx.doc.tokens;
    const [, b] = tokenRange(t, q);
    if (q.unclosed) return pullQuoteCredit(ctx, q, b);
    const dash = t[b];
    // the credit follows on the quote's line, or on a line of its own right after a quotation ending its paragraph
    if (!dash || !DASHES.has(dash.text) || /\S/.test(ctx.doc.view.slice(q.end, dash.start))) return null;
    let ceil = b + 1;
    while (ceil < t.length && ceil < b + REACH && t[ceil].paragraph === dash.paragraph) ceil++;
    const p = phraseAfter(ctx, b + 1, ceil);
    if (!p || !t[p[0]].cap) return null;
    // `- President Obama, tweeting after the speech.`: on a line of its own, what follows a comma describes the one credited
    const own = dash.paragraph !== t[b - 1]?.paragraph;
    const end = ctx.doc.view.indexOf('\n', t[p[1] - 1].end) >>> 0;
    const after = own && t[p[1]]?.text === ',' ? '' : ctx.doc.view.slice(t[p[1] - 1].end, end);
    if (/[\p{L}\p{N}]/u.test(after)) return null;
    const found = readSpeaker(ctx, p, q.start, this.name);
    return found && found.speaker.form === 'name' ? { ...found, cue: cueOf(ctx.doc, dash, dash) } : null;
  },
};

/**
 * `"I worry that …` ⏎ `Dean Baker, Center for Economic and Policy Research."`: a pull quote left open
 * at its paragraph's end, credited on the next line inside its closing mark by a name (and a
 * description after a comma) with no verb
 */
function pullQuoteCredit(ctx: QuoteContext, q: QuoteSpan, b: number): Attribution | null {
  const t = ctx.doc.tokens;
  const first = t[b];
  if (!first?.cap || first.paragraph !== t[b - 1]?.paragraph + 1) return null;
  let e = b;
  while (e < t.length && e < b + REACH && t[e].paragraph === first.paragraph) e++;
  const closing = markAt(ctx.doc.view, t[e - 1].start);
  if (e - 2 <= b || !closing || closing.role === 'open' || t[e - 2].text !== '.' || (t[e] && t[e].paragraph === first.paragraph)) return null;
  for (let k = b; k < e; k++) if (t[k].pos === 'VERB' && !ctx.owner[k]) return null;
  const p = phraseAfter(ctx, b, e - 2);
  if (!p || p[0] !== b || (p[1] !== e - 2 && t[p[1]].text !== ',')) return null;
  const found = readSpeaker(ctx, p, q.start, 'credit-line');
  return found && found.speaker.form === 'name' ? { ...found, cue: cueOf(ctx.doc, t[e - 1], t[e - 1]) } : null;
}
