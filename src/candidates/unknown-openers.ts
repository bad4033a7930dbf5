import { isVerbal } from '../core/tokens';
import type { Candidate, Doc, Token } from '../core/types';
import { englishPlural, isEnglishWord } from '../document/wink';
import { INDEFINITE_PRONOUNS, PRONOUNS } from '../lexicon/function-words';
import { phraseClasses } from '../lexicon/known-phrases';
import { isTitleCaseWord } from '../lexicon/name-forms';
import { SPEECH_VERBS } from '../lexicon/speech';
import { isName } from './words';

/** a word no lexicon knows, in any form: not English, no pronoun, nothing the gazetteer lists (a known name is its sources' to find) */
const unknownWord = (t: Token): boolean =>
  !isEnglishWord(t.lower) && !englishPlural(t.lower) && !PRONOUNS.has(t.lower) && !INDEFINITE_PRONOUNS.has(t.lower) && phraseClasses(t.lower).length === 0;

/** the word opens its sentence in title case, and a verb of saying follows it there, one space on */
function opensBeforeSaying(t: Token, next: Token): boolean {
  if (!t.opensSentence || !isTitleCaseWord(t.view) || !isName(t)) return false;
  return next.sentence === t.sentence && next.start - t.end === 1 && isVerbal(next) && SPEECH_VERBS.has(next.lower);
}

/**
 * `Zelenskyy said …`, `Kuleba told reporters …`: a lone word in title case opening a sentence, right
 * before a verb of saying, that no lexicon knows and the article never writes in lowercase, is a
 * speaker's name. The tagger reads such a word as no name: most words opening sentences are common
 * ones, and a word it never learned gives it nothing else to go by, which costs most in short
 * excerpts, where the name is not repeated inside a sentence. A person's by default (single title-case
 * words so placed are persons 112 times in CoNLL's train against 16 bodies that no lexicon knows,
 * "Interfax", "Barrick"; its places are all known ones); the type cues and the lexicon decide otherwise.
 * Other verbs are left: `Pre arranged`, `Shrs offered` open sentences too. Fills gaps only (tier context)
 */
export function unknownOpeners(doc: Doc): Candidate[] {
  const { tokens } = doc;
  let lowercase: Set<string> | undefined;
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!opensBeforeSaying(t, tokens[i + 1]) || !unknownWord(t)) continue;
    lowercase ??= new Set(tokens.filter((u) => u.low).map((u) => u.lower));
    if (!lowercase.has(t.lower)) out.push({ start: t.start, end: t.end, type: 'person', tier: 'context', reason: 'unknown-opener' });
  }
  return out;
}
