import { tokenAt } from '../core/tokens';
import type { Candidate, Doc } from '../core/types';
import { TITLE_HEADS } from '../lexicon/titles';

const TITLED_NAME = 'pattern:title-name';

/**
 * a tagger span that swallows a title and the name after it as something other than a person
 * ("Shadow Home Secretary Yvette Cooper" read as one organisation) gives way to the name the title
 * pattern found at its end: the words up to the title's head are an office, not part of a name
 */
export function yieldToTitledNames(candidates: readonly Candidate[], doc: Doc): Candidate[] {
  const titled = candidates.filter((c) => c.reason === TITLED_NAME);
  if (!titled.length) return [...candidates];
  const swallows = (c: Candidate, p: Candidate): boolean => {
    if (p.end !== c.end || p.start <= c.start) return false;
    const head = doc.tokens[tokenAt(doc.tokens, p.start) - 1];
    return !!head && head.start >= c.start && TITLE_HEADS.has(head.lower);
  };
  return candidates.filter((c) => c.source !== 'tagger' || c.type === 'person' || !titled.some((p) => swallows(c, p)));
}
