import { descriptionHead } from '../core/tokens';
import type { Token } from '../core/types';
import { ARTICLES, NAME_SMALL_WORDS, PLACE_PREPOSITIONS } from '../lexicon/function-words';
import { placeOf } from '../lexicon/gazetteer';
import { PERSONAL_CLASSES, phraseClasses } from '../lexicon/known-phrases';
import { COLLECTIVE_KINDS, PLACE_DEFINITIONS } from '../lexicon/type-cues';
import { notPlace, phrase } from './words';

/**
 * the head of the appositive that sets off the name of tokens `[i, end)` ("Velmora, the Norwegian
 * airline, said" → `airline`), as a token index, or -1 where the description may be another's: the
 * name the tail of a longer one ("the Sant' Egidio Community", "Foundation for Defense of Democracies"),
 * a place a preposition puts there ("a kid from Brooklyn, the son of …", "in the Capitol, a group of
 * Republicans"), a demonym, a known place or a run opening with a given name unless a place's kind heads
 * it ("James Polk, the Whig party faced"; "Khan Sheikhoun, a town in Idlib" is one); a collective kind
 * before `of` ("a group of …"), a maker not of something ("a policy maker")
 */
export function appositiveHead(t: readonly Token[], i: number, end: number): number {
  if (t[end]?.view !== ',' || !ARTICLES.has(t[end + 1]?.lower ?? '')) return -1;
  const prev = t[i - 1];
  if (prev && (prev.end === t[i].start || /^['’]$/.test(prev.view) || (prev.cap && !prev.opensSentence))) return -1;
  if (prev && NAME_SMALL_WORDS.has(prev.lower) && t[i - 2]?.cap) return -1;
  const before = prev && ARTICLES.has(prev.lower) ? t[i - 2] : prev;
  if (before && PLACE_PREPOSITIONS.has(before.lower)) return -1;
  const run = phrase(t, i, end);
  if (notPlace(run)) return -1;
  const head = descriptionHead(t, end + 2, t[i].sentence);
  if (head < 0) return -1;
  // "Khan Sheikhoun, a town in Idlib": a place's kind describes the run whatever name opens it, a known place's too
  const placeKind = PLACE_DEFINITIONS.includes(t[head].lower);
  if (!placeKind && (placeOf(run) || (end - i > 1 && phraseClasses(t[i].lower).some((c) => PERSONAL_CLASSES.has(c))))) return -1;
  const of = t[head + 1]?.lower === 'of';
  if ((of && COLLECTIVE_KINDS.has(t[head].lower)) || (!of && t[head].lower === 'maker')) return -1;
  return head;
}
