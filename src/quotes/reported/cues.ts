import { BELIEF_VERBS, NOT_REPORTING } from '../../lexicon/belief';
import type { QuoteContext } from '../context';
import { type Cue, cueOfLength } from '../cues';

/** verbs of belief are verbs only when the tagger says so: `hope`, `fear` and `plan` are nouns as often */
const VERB_POS = new Set(['VERB', 'AUX']);

/**
 * the document's cue table (quotes/cues.ts) with the verbs of belief and intention added, read by
 * the same rules: reported statements have the cues of quotations and those of what people hold
 */
export function reportingCues(ctx: QuoteContext): ReadonlyArray<Cue | undefined> {
  const t = ctx.doc.tokens;
  const cues = ctx.cues.slice();
  for (let j = 0; j < t.length; j++) {
    if (NOT_REPORTING.has(t[j].lower)) cues[j] = undefined;
    if (cues[j] || !VERB_POS.has(t[j].pos)) continue;
    // `X knows that …`, `it appears that …`: a verb (not `is`) taking a that-clause reports what someone holds
    if (BELIEF_VERBS.has(t[j].lower) || (t[j].pos === 'VERB' && t[j + 1]?.lower === 'that' && t[j + 1].pos === 'SCONJ' && !NOT_REPORTING.has(t[j].lower))) cues[j] = cueOfLength(t, j, 1);
  }
  return cues;
}
