import type { Token } from '../../core/types';
import { DASHES, LABEL_GLUE } from '../../lexicon/function-words';
import { cueOf, type QuoteContext, tokenRange } from '../context';
import { cueAt } from '../cues';
import { bracketStart } from '../phrase';
import { readSpeaker } from '../speaker';
import type { Sieve } from './sieve';

/** the longest label a roundup gives a name, in tokens (`Frank Newport and Jim Harter`) */
const REACH = 10;

/**
 * the label's first token before the colon at `colon`: back to its line's or sentence's start, a
 * headline's dash or `More from`, over capitalised words only; -1 when it is no label
 */
function labelStart(t: readonly Token[], colon: number, person: boolean): number {
  for (let k = colon - 1; k >= 0 && k >= colon - REACH; k--) {
    const tok = t[k];
    const boundary = tok.paragraph !== t[colon].paragraph || tok.sentence !== t[colon].sentence || DASHES.has(tok.text);
    if (boundary || (tok.lower === 'from' && t[k - 1]?.lower === 'more')) return k + 1 < colon ? k + 1 : -1;
    // `Former secretary of state Hillary Clinton:`: before a person's name, a description with no verb
    const described = person && tok.pos !== 'VERB' && tok.pos !== 'AUX' && tok.pos !== 'PRON';
    if (!tok.cap && !LABEL_GLUE.has(tok.lower) && !described) return -1;
    if (k === 0) return 0;
  }
  return -1;
}

/**
 * `Jane Doe, The Atlantic: “…”`: a roundup's label names a person, then after a comma the outlet or
 * body they speak for; the label is the person's part, [its first token, the comma), when the words
 * after the comma are capitalised label words and the word before it is a person's; null otherwise
 */
function labelWithAffiliation(t: readonly Token[], colon: number, owner: QuoteContext['owner']): [number, number] | null {
  let k = colon - 1;
  while (k > colon - REACH && k > 0 && (t[k].cap || LABEL_GLUE.has(t[k].lower)) && t[k].sentence === t[colon].sentence) k--;
  if (k === colon - 1 || t[k].text !== ',' || owner[k - 1]?.type !== 'person') return null;
  const from = labelStart(t, k, true);
  return from >= 0 ? [from, k] : null;
}

/**
 * `IOWA POLLS NOT WRONG - Mark Blumenthal and Jon Cohen: “…”`, `Clinton: "Our goal is …"`: in a
 * roundup or a debate summary a name and a colon, with no verb, label the quotation after them
 */
export const nameLabel: Sieve = {
  name: 'name-label',
  stage: 'cue',
  reason: 'a roundup line or a debate summary names the speaker in a label before a colon',
  apply(ctx, i) {
    const q = ctx.spans[i];
    const t = ctx.doc.tokens;
    const [a] = tokenRange(t, q);
    const colon = t[a - 1];
    if (colon?.text !== ':' || colon.paragraph !== t[a]?.paragraph) return null;
    // `Rep. Trey Gowdy (R-S.C.): “…”`: a bracket after the name (party and state) stays out of the label
    const last = t[a - 2]?.text === ')' ? bracketStart(ctx, a - 2, 0) : a - 2;
    const whole = labelStart(t, last + 1, ctx.owner[last]?.type === 'person');
    const [from, end] = whole >= 0 ? [whole, last + 1] : (labelWithAffiliation(t, a - 1, ctx.owner) ?? [-1, -1]);
    if (from < 0 || ctx.quoted[from]) return null;
    // `Said Smith: “…”`: a label holding a cue is a reporting clause, cue-before's to read
    for (let k = from; k < a - 1; k++) if (cueAt(ctx, k) || (ctx.doc.tokens[k].pos === 'VERB' && !ctx.owner[k])) return null;
    const found = readSpeaker(ctx, [from, end], q.start, this.name);
    // a word the article names nobody by (`WASHINGTON:`, `Update:`) is a heading, not a speaker
    const named = found && found.speaker.form === 'name' && ((found.entity && found.entity.type !== 'location') || /\s/.test(found.speaker.name));
    return named ? { ...found, cue: cueOf(ctx.doc, colon, colon) } : null;
  },
};
