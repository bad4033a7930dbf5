import { isVerbal } from '../core/tokens';
import type { Candidate, Doc, Token } from '../core/types';
import { ADVERBS_BEFORE_VERB } from '../lexicon/function-words';
import { PERSONAL_CLASSES, phraseClasses } from '../lexicon/known-phrases';
import { isLowercase, isTitleCaseWord } from '../lexicon/name-forms';
import { SPEECH_VERBS } from '../lexicon/speech';
import { isName, isUnlistedWord } from './words';

/**
 * a word no lexicon knows, in any form: not English, no pronoun, nothing the gazetteer lists but a person's name
 * (`Obama said`, `Putin told`: a surname the lexicon knows, which alone the gazetteer leaves to the tagger; other
 * known names are their sources' to find)
 */
const unknownWord = (t: Token): boolean => isUnlistedWord(t) && phraseClasses(t.lower).every((c) => PERSONAL_CLASSES.has(c));

/** a verb in the past tense by its regular ending, written in lowercase: "inaugurated", "pardoned" */
const isRegularPast = (view: string): boolean => view.length > 2 && view.endsWith('ed') && isLowercase(view);

/**
 * the word opens its sentence in title case, and a verb follows it there (verbAfter): a verb of saying, or one in
 * the past tense with its regular ending and a word after it (`Modi inaugurated a new airport`, `Lukashenko pardoned
 * 18 prisoners`)
 */
function opensBeforeVerb(t: Token, next: Token, after: Token | undefined): boolean {
  if (!t.opensSentence || !isTitleCaseWord(t.view) || !isName(t)) return false;
  if (next.sentence !== t.sentence || !isVerbal(next)) return false;
  // not a participle before its agent, an adjective's reading: "Shrs offered by company", a results table's line
  return SPEECH_VERBS.has(next.lower) || (isRegularPast(next.view) && after?.sentence === t.sentence && !after.punct && after.lower !== 'by');
}

/** one space on from token `a`: the next word, as written right after it */
const spaceOn = (tokens: readonly Token[], a: number): boolean => a + 1 < tokens.length && tokens[a + 1].start - tokens[a].end === 1;

/**
 * where the verb after the opening word at `i` may stand, one space on: right after it, or after one adverb of time or
 * addition (`Memon also said`, `Rathke later asked`); -1 where the next word is not one space on
 */
function verbAfter(tokens: readonly Token[], i: number): number {
  if (!spaceOn(tokens, i)) return -1;
  return ADVERBS_BEFORE_VERB.has(tokens[i + 1].lower) && spaceOn(tokens, i + 1) ? i + 2 : i + 1;
}

/**
 * `Zelenskyy said …`, `Kuleba told reporters …`, `Modi inaugurated …`, `Memon also said …`: a lone word in title case
 * opening a sentence, right before a verb of saying or a regular past tense (or one adverb of time or addition before
 * it), that no lexicon knows (or knows as a person's name only: unknownWord) and the article never
 * writes in lowercase, is a name (before a past tense other than saying: persons 75 times, bodies 9 and no name
 * 3 over the labelled sets and CoNLL train, "Pre arranged", "Shrs offered by"). The tagger reads such a word as
 * no name: most words opening sentences are common ones, and a word it never learned gives it nothing else to go
 * by, which costs most in short excerpts, where the name is not repeated inside a sentence (over the labelled dev
 * articles the rule found no gold name the tagger had not: it reads them from their other mentions there). A
 * person's by default (single title-case
 * words so placed are persons 112 times in CoNLL's train against 16 bodies that no lexicon knows,
 * "Interfax", "Barrick"; its places are all known ones); the type cues and the lexicon decide otherwise.
 * Other verbs are left. Fills gaps only (tier context)
 */
export function unknownOpeners(doc: Doc): Candidate[] {
  const { tokens } = doc;
  let lowercase: Set<string> | undefined;
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const v = verbAfter(tokens, i);
    if (v < 0 || !opensBeforeVerb(t, tokens[v], tokens[v + 1]) || !unknownWord(t)) continue;
    lowercase ??= new Set(tokens.filter((u) => u.low).map((u) => u.lower));
    if (!lowercase.has(t.lower)) out.push({ start: t.start, end: t.end, type: 'person', tier: 'context', reason: 'unknown-opener' });
  }
  return out;
}
