import { tokenRange } from '../core/tokens';
import type { Candidate, Doc, Token } from '../core/types';
import { NAME_SMALL_WORDS } from '../lexicon/function-words';
import { acronymKey } from '../lexicon/name-forms';

/** the most words an acronym's spelled-out form may skip besides the ones its letters stand for ("of", "and", "the") */
const MAX_SKIPPED = 2;

/**
 * the words of `tokens[from..to)` (in reading order) spell `letters` by their initials, every word
 * in lowercase; small joining words ("of", "and") may go without a letter
 */
function spells(tokens: readonly Token[], from: number, to: number, letters: string): boolean {
  const words = tokens.slice(Math.max(0, from), to).filter((t) => !t.punct || t.view !== '-');
  if (!words.length || !words.every((t) => t.low)) return false;
  let k = 0;
  let skipped = 0;
  for (const w of words) {
    if (k < letters.length && w.lower[0] === letters[k]) k++;
    else if (NAME_SMALL_WORDS.has(w.lower) && ++skipped <= MAX_SKIPPED) continue;
    else return false;
  }
  return k === letters.length;
}

/** `sea surface salinity (SSS)`: the lowercase words just before "(ACRONYM)", read back until their initials spell it */
function spelledBefore(tokens: readonly Token[], open: number, letters: string): boolean {
  for (let n = letters.length; n <= letters.length + MAX_SKIPPED; n++) if (spells(tokens, open - n, open, letters)) return true;
  return false;
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
      if (inside && tokens[i + 2].view === ')' && spelledBefore(tokens, i, inside)) found.add(inside);
      // "ACRONYM (words)"
      const before = i > 0 ? acronymKey(tokens[i - 1].view) : null;
      if (!before) continue;
      const last = Math.min(tokens.length - 1, i + before.length + MAX_SKIPPED + 1);
      let close = i + 1;
      while (close < last && tokens[close].view !== ')') close++;
      if (tokens[close].view === ')' && spells(tokens, i + 1, close, before)) found.add(before);
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
