import { guarded, type Guard } from '../core/guard';
import type { Candidate, Doc } from '../core/types';
import { tagEntities } from '../tagger';
import { callerCandidates, type CallerLexicon } from './caller';
import { citedAuthors } from './citations';
import {
  gazetteerCandidates,
  knownBodies,
  knownCities,
  knownClubs,
  knownCompanies,
  lowercaseBodies,
  lowercasePlaces,
  platformNames,
  teamNames,
} from './gazetteer';
import { letterNames, mailNames } from './mail-names';
import { cuedPlaces } from './cued-places';
import { patternCandidates } from './patterns';
import { knownPersonWords } from './person-words';
import { unknownOpeners } from './unknown-openers';

export interface CandidateContext {
  lexicon?: CallerLexicon;
  guard: Guard;
}

/** every source proposes spans; the mentions stage decides between them */
export function findCandidates(doc: Doc, ctx: CandidateContext): Candidate[] {
  const found = [
    ...callerCandidates(doc, ctx.lexicon),
    ...guarded(ctx.guard, 'tagger: names from the statistical tagger skipped', [], () => tagEntities(doc)),
    ...patternCandidates(doc),
    ...gazetteerCandidates(doc),
    ...lowercasePlaces(doc),
    ...lowercaseBodies(doc),
    ...knownBodies(doc),
    ...knownCities(doc),
    ...platformNames(doc),
    ...knownCompanies(doc),
    ...knownClubs(doc),
    ...teamNames(doc),
    ...knownPersonWords(doc),
    ...citedAuthors(doc),
    ...mailNames(doc),
    ...letterNames(doc),
    ...unknownOpeners(doc),
  ];
  // the gaps every source left, where the words before say a place follows
  return [...found, ...cuedPlaces(doc, found)];
}

export { compileLexicon, type CallerLexicon } from './caller';
