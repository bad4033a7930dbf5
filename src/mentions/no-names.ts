import { NOT_NAMES } from '../lexicon/not-names';
import type { Candidate, Doc } from '../core/types';

/** `Christmas`, `EBITDA`, `PHOTO`: a candidate that is exactly a word of NOT_NAMES; a caller's entry is never second-guessed */
export const isNotAName = (c: Candidate, doc: Doc): boolean => c.tier !== 'caller' && NOT_NAMES.has(doc.view.slice(c.start, c.end));
