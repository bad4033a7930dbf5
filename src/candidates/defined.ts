import type { EntityType, Token } from '../core/types';
import { descriptionHead, hyphenedTo } from '../core/tokens';
import { ARTICLES, COPULAS } from '../lexicon/function-words';
import { BODY_DEFINITIONS, PLACE_DEFINITIONS } from '../lexicon/type-cues';
import { isCap, isName, type PatternRule } from './words';

/** the most words of a name a definition's subject is read over: "Distance Records", "Bahus-Soubiran" */
const MOST_WORDS = 4;

/** a name's words joined by a hyphen at `j` with no space: "Bahus-Soubiran" */
const hyphened = (t: readonly Token[], j: number) => hyphenedTo(t, j - 1) && isCap(t[j + 1]);

/**
 * the end of the proper nouns opening a sentence at `i` (after its article: "The Triffids are"), hyphened words
 * one, or -1; every word a proper noun to the part-of-speech tagger, so no "Why", "There" or "Here"
 */
function subjectEnd(t: readonly Token[], i: number): number {
  const opens = t[i].opensSentence || (t[i - 1]?.lower === 'the' && t[i - 1].opensSentence);
  if (!opens || !isName(t[i])) return -1;
  let j = i;
  let words = 0;
  while (j < t.length && words < MOST_WORDS && t[j].sentence === t[i].sentence && isName(t[j]) && t[j].pos === 'PROPN') {
    j++;
    words++;
    if (hyphened(t, j)) j++;
  }
  return j > i ? j : -1;
}

/**
 * `Bilje is a village and municipality`, `Distance Records is a French record label`: a name opening its
 * sentence, then a copula and an article, is what the description's head says it is: an encyclopedia's
 * or a guide's first sentence, whose unknown name the tagger misses most (gold names so defined by a place's
 * or a body's kind are that type 27 times in 28 over the labelled sets, 7 of them missed before; the other a person the tagger keeps); fills only a gap
 */
function definedAs(type: EntityType, kinds: readonly string[]): PatternRule {
  const heads = new Set(kinds);
  return {
    reason: 'name-defined',
    type,
    tier: 'context',
    find: (t, i) => {
      const end = subjectEnd(t, i);
      if (end < 0 || !COPULAS.has(t[end]?.lower ?? '') || !ARTICLES.has(t[end + 1]?.lower ?? '')) return null;
      const head = descriptionHead(t, end + 2, t[i].sentence);
      return head >= 0 && heads.has(t[head].lower) ? { first: i, end } : null;
    },
  };
}

/** names a sentence defines as a place or a body */
export const DEFINED_RULES: PatternRule[] = [definedAs('location', PLACE_DEFINITIONS), definedAs('organization', BODY_DEFINITIONS)];
