import { coveredCounts } from '../core/spans';
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
  const covered = coveredCounts(
    doc.text.length,
    candidates.filter((c) => !c.unsure),
  );
  return (c) => !c.unsure || (covered[c.end] === covered[c.start] && typeCuesAround(c, doc).some((cue) => cue.type === c.type));
}
