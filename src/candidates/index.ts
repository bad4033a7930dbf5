import type { Candidate, Doc } from '../core/types';
import { tagEntities } from '../tagger';
import { callerCandidates, type CallerLexicon } from './caller';
import { gazetteerCandidates } from './gazetteer';
import { patternCandidates } from './patterns';

export interface CandidateContext {
  lexicon?: CallerLexicon;
}

/** every source proposes spans; the mentions stage decides between them */
export function findCandidates(doc: Doc, ctx: CandidateContext): Candidate[] {
  return [
    ...callerCandidates(doc, ctx.lexicon),
    ...tagEntities(doc),
    ...patternCandidates(doc),
    ...gazetteerCandidates(doc),
  ];
}

export { compileLexicon, type CallerLexicon } from './caller';
