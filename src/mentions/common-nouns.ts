import { tokenRange } from '../core/tokens';
import type { Candidate, Doc } from '../core/types';
import { phraseClasses } from '../lexicon/known-phrases';
import { isTitleCaseWord } from '../lexicon/name-forms';

/** how often the article writes each word capitalised and in lowercase, counted once a document */
interface CaseCounts {
  cap: Map<string, number>;
  low: Map<string, number>;
}

function countCases(doc: Doc): CaseCounts {
  const cap = new Map<string, number>();
  const low = new Map<string, number>();
  for (const t of doc.tokens) {
    if (t.cap) cap.set(t.lower, (cap.get(t.lower) ?? 0) + 1);
    else if (t.low) low.set(t.lower, (low.get(t.lower) ?? 0) + 1);
  }
  return { cap, low };
}

/**
 * `the Escola do Cérebro`, `Beauty and the Beast`, `Team Participants`: a lone word the tagger reads
 * as a name, in title case, which the article writes in lowercase at least as often as with its
 * capital (every capitalised use counted, sentence openers too), is a common noun capitalised for a
 * heading, a title or emphasis ("Grammar" beside "grammar", "Visa" beside "visa"); not a word the
 * lexicon knows (a place, a given name: "Taiwan" in a lowercase post keeps its name), and not from
 * a rule or the caller, whose cues outweigh the article's case
 */
export function commonNouns(doc: Doc): (c: Candidate) => boolean {
  let counts: CaseCounts | undefined;
  return (c) => {
    if (c.tier !== 'tagger') return false;
    const [a, b] = tokenRange(doc.tokens, c);
    if (b - a !== 1) return false;
    const t = doc.tokens[a];
    if (!isTitleCaseWord(t.view)) return false;
    counts ??= countCases(doc);
    const low = counts.low.get(t.lower) ?? 0;
    return low > 0 && low >= (counts.cap.get(t.lower) ?? 0) && !phraseClasses(t.lower).length;
  };
}
