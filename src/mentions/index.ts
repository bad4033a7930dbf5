import { filterSpans } from '../core/spans';
import type { Candidate, Doc, Mention } from '../core/types';
import { affiliations, inAffiliation } from './affiliation';
import { splitRun, yieldToTitledNames } from './titled';
import { sentenceOpeners } from './openers';
import { trimMention } from './trim';
import { isQuotedTitle } from './works';

/** candidates from every source → typed mentions under the one overlap policy */
export function resolveMentions(candidates: readonly Candidate[], doc: Doc): Mention[] {
  const notes = affiliations(doc);
  const opener = sentenceOpeners(doc);
  const trimmed = candidates
    .flatMap((c) => splitRun(c, doc))
    .map((c) => trimMention(c, doc))
    .filter((c): c is Candidate => c !== null && !isQuotedTitle(c, doc) && !inAffiliation(c, notes) && !opener(c));
  return filterSpans(yieldToTitledNames(trimmed, doc)).map((c, index) => ({ ...c, text: doc.text.slice(c.start, c.end), index }));
}
