// `half said so`, `three-quarters said the same of Sanders`: a word standing for what was said is the statement's content
import { PRO_FORMS, SAID_THINGS, SAME } from '../../../lexicon/reported';
import type { QuoteContext } from '../../context';
import { clauseEnd, type Piece } from '../content';
import { phraseEnd } from './phrase-content';

/** after a pro-form, words that close it: a mark, a preposition (`said so in December`) or a conjunction (`said yes, but …`); not `so far`, `no matter` */
const CLOSING_POS = new Set(['PUNCT', 'ADP', 'CCONJ', 'SCONJ']);

/** token `p` closes a pro-form: the sentence ends before it, or it is a mark, a preposition or a conjunction (not `that`, which opens a clause) */
const closes = (ctx: QuoteContext, p: number, ceil: number) =>
  p >= ceil || (CLOSING_POS.has(ctx.doc.tokens[p].pos) && ctx.doc.tokens[p].lower !== 'that' && !ctx.quoted[p]);

/**
 * the pro-form a verb of saying reports at `k`: `so`, `yes`, `no` alone, or
 * `the same (thing)` with what it is said of (`the same of Sanders`); null when `k` opens other words
 * (`said the same technology could …` reports a clause)
 */
export function proForm(ctx: QuoteContext, k: number, ceil: number): Piece | null {
  const t = ctx.doc.tokens;
  if (k >= ceil || ctx.quoted[k]) return null;
  if (PRO_FORMS.has(t[k].lower)) return closes(ctx, k + 1, ceil) ? [k, k + 1] : null;
  if (t[k].lower !== 'the' || t[k + 1]?.lower !== SAME) return null;
  const after = SAID_THINGS.has(t[k + 2]?.lower ?? '') ? k + 3 : k + 2;
  return closes(ctx, after, ceil) ? [k, Math.max(after, phraseEnd(ctx, k, clauseEnd(ctx, k, ceil)))] : null;
}
