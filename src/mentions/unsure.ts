import { coveredCounts } from '../core/spans';
import type { Candidate, Doc } from '../core/types';
import { placeOf } from '../lexicon/gazetteer';
import { typeCuesAround } from './cues';

/**
 * the gazetteers know the name as a country or a region ("Arkansas", "Bavaria"): a second reading, besides the tagger's,
 * that a place it is. Not a city's name, which is as often a word or a person's ("Reading", "Nice", "Florence")
 */
const knownLand = (name: string): boolean => {
  const kind = placeOf(name)?.kind;
  return kind === 'country' || kind === 'region';
};

/**
 * `Tesla shares fell 5%`: a span the tagger is unsure of (its lead over no name under the model's least
 * lead) is a name only where the words around it say the same type (a type cue: `shares` after a
 * company, `said` before a person), or, for a place, where the gazetteers know it as a country or a region
 * (`Eureka Springs, Arkansas,`), and no other candidate claims any of its characters; whether each
 * candidate stays, so the rest are dropped before anything reads them
 */
export function keepsUnsure(candidates: readonly Candidate[], doc: Doc): (c: Candidate) => boolean {
  if (!candidates.some((c) => c.unsure)) return () => true;
  const covered = coveredCounts(
    doc.text.length,
    candidates.filter((c) => !c.unsure),
  );
  return (c) =>
    !c.unsure ||
    (covered[c.end] === covered[c.start] &&
      ((c.type === 'location' && knownLand(doc.view.slice(c.start, c.end))) || typeCuesAround(c, doc).some((cue) => cue.type === c.type)));
}
