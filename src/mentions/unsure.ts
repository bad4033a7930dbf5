import type { Candidate, Doc } from '../core/types';
import { typeCuesAround } from './cues';

/**
 * `Tesla shares fell 5%`: a span the tagger is unsure of (its lead over no name under the model's least
 * lead) is a name only where the words around it say the same type (a type cue: `shares` after a
 * company, `said` before a person) and no other candidate claims any of its characters; whether each
 * candidate stays, so the rest are dropped before anything reads them
 */
export function keepsUnsure(candidates: readonly Candidate[], doc: Doc): (c: Candidate) => boolean {
  if (!candidates.some((c) => c.unsure)) return () => true;
  // how many characters before each position some sure candidate covers: one pass over the text, not a pair of loops
  const depth = new Int32Array(doc.text.length + 1);
  for (const c of candidates) {
    if (c.unsure) continue;
    depth[c.start]++;
    depth[c.end]--;
  }
  const covered = new Int32Array(doc.text.length + 1);
  let open = 0;
  for (let i = 0; i < doc.text.length; i++) {
    open += depth[i];
    covered[i + 1] = covered[i] + (open > 0 ? 1 : 0);
  }
  return (c) => !c.unsure || (covered[c.end] === covered[c.start] && typeCuesAround(c, doc).some((cue) => cue.type === c.type));
}
