import { tokenRange } from '../core/tokens';
import type { Candidate, Doc, Token } from '../core/types';
import { acronymKey } from '../lexicon/name-forms';
import { MAX_SKIPPED, spelledBefore, spells } from '../candidates/acronyms';

/**
 * `caudofemoralis longus (CFL)`, `deoxyribonucleic acid (DNA)`: lowercase words right before the bracket at `open`
 * that spell `letters` with each word's initial and, after it, letters found in order inside that word (a compound's
 * parts); every word gives its initial, the first word the acronym's first letter
 */
function spelledInsideBefore(tokens: readonly Token[], open: number, letters: string): boolean {
  for (let n = 1; n < letters.length && open - n >= 0; n++) {
    const words = tokens.slice(open - n, open);
    if (words.some((w) => !w.low)) return false;
    if (
      spellsInside(
        words.map((w) => w.lower),
        letters,
      )
    )
      return true;
  }
  return false;
}

/** `words` spell `letters` by their initials, each followed by letters later in the same word, in order, to the acronym's end */
function spellsInside(words: readonly string[], letters: string): boolean {
  let k = 0;
  for (const [i, w] of words.entries()) {
    if (w[0] !== letters[k]) return false;
    k++;
    // a later letter inside the word, while the words after it still each have one to give
    const spare = () => letters.length - k > words.length - 1 - i;
    for (let c = 1; c < w.length && spare(); c++) if (w[c] === letters[k]) k++;
  }
  return k === letters.length;
}

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
