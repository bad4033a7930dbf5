import { tokenRange } from '../core/tokens';
import type { Candidate, Doc } from '../core/types';
import { acronymKey } from '../lexicon/name-forms';
import { MAX_SKIPPED, spelledBefore, spelledInsideBefore, spells } from '../candidates/acronyms';

/**
 * `sea surface salinity (SSS)`, `GRF (ground reaction force)`: an acronym the article spells out in
 * lowercase words, next to it in brackets, is a term of its subject (a measure, a method, a
 * device), not a name; a body's or a place's name is spelled out in capitals ("the World Health
 * Organization (WHO)"). every mention of such an acronym names nothing. caller entries are never
 * second-guessed. one pass over the tokens, on first use
 */
export function definedTerms(doc: Doc): (c: Candidate) => boolean {
  const { tokens } = doc;
  let terms: Set<string> | undefined;
  const collect = () => {
    const found = new Set<string>();
    for (let i = 0; i + 2 < tokens.length; i++) {
      if (tokens[i].view !== '(') continue;
      // "words (ACRONYM)"
      const inside = acronymKey(tokens[i + 1].view);
      if (inside && tokens[i + 2].view === ')' && (spelledBefore(tokens, i, inside, 'lowercase') >= 0 || spelledInsideBefore(tokens, i, inside)))
        found.add(inside);
      // "ACRONYM (words)"
      const before = i > 0 ? acronymKey(tokens[i - 1].view) : null;
      if (!before) continue;
      const last = Math.min(tokens.length - 1, i + before.length + MAX_SKIPPED.lowercase + 1);
      let close = i + 1;
      while (close < last && tokens[close].view !== ')') close++;
      if (tokens[close].view === ')' && spells(tokens, i + 1, close, before, 'lowercase')) found.add(before);
    }
    return found;
  };
  return (c) => {
    if (c.tier === 'caller') return false;
    const [a, b] = tokenRange(tokens, c);
    if (b - a !== 1) return false;
    const key = acronymKey(tokens[a].view);
    if (!key) return false;
    terms ??= collect();
    return terms.has(key);
  };
}
