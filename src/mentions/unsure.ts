import { coveredCounts } from '../core/spans';
import { tokenRange } from '../core/tokens';
import type { Candidate, Doc } from '../core/types';
import { placeOf } from '../lexicon/gazetteer';
import { isCapitalsWord } from '../lexicon/name-forms';
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
  const sure = candidates.filter((c) => !c.unsure);
  const covered = coveredCounts(doc.text.length, sure);
  const shortened = acronymsInBrackets(sure, doc);
  return (c) =>
    !c.unsure ||
    (covered[c.end] === covered[c.start] &&
      ((c.type === 'location' && knownLand(doc.view.slice(c.start, c.end))) ||
        shortened.get(c.start) === c.type ||
        typeCuesAround(c, doc).some((cue) => cue.type === c.type)));
}

/**
 * `the Bolivarian National Armed Forces (FANB)`, `Inter-Services Public Relations (ISPR)`: a word in capitals alone in
 * brackets right after a name of two words or more is that name's short form, whether or not its letters are the name's
 * initials (a translated name keeps its own language's: FANB, SANA); the type of the name before each, keyed by where
 * the short form starts
 */
function acronymsInBrackets(sure: readonly Candidate[], doc: Doc): Map<number, Candidate['type']> {
  const { tokens } = doc;
  const byStart = new Map<number, Candidate['type']>();
  for (const c of sure) {
    const [a, b] = tokenRange(tokens, c);
    if (b - a >= 2 && tokens[b]?.view === '(' && tokens[b + 2]?.view === ')' && isCapitalsWord(tokens[b + 1].view)) byStart.set(tokens[b + 1].start, c.type);
  }
  return byStart;
}
