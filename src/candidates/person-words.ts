import { hyphenedTo } from '../core/tokens';
import type { Candidate, Doc, Token } from '../core/types';
import { phraseClasses } from '../lexicon/known-phrases';
import { isTitleCaseWord } from '../lexicon/name-forms';
import { isName, unlistedButAsPerson } from './words';

/** a word the lexicon knows as a person's given name or surname and as nothing else, and no English list as a word: "Yeltsin", "Nicole", not "Will", "Jordan" */
const personalWord = (t: Token): boolean => unlistedButAsPerson(t) && phraseClasses(t.lower).length > 0;

/**
 * `… ordered Lebed to restore peace`, `We have found Nicole`: a lone title-case word the lexicon knows as a person's
 * name only (personalWord), with no name beside it and no hyphen joining it to another word ("Weston-super-Mare",
 * "Harley-Davidson"), is a person where no other source names it (tier context: a name the tagger read longer or
 * typed otherwise stands). Over the labelled sets the rule's words are persons 1,066 times in 1,264 (CoNLL train
 * 413 of 502, GUM 480 of 531, Wikigold 97 of 136, UNER 76 of 95); the rest are mostly a team or a shop named after
 * a person ("Williams", "Spencer's"), which the type cues may read. The tagger misses them most in short excerpts,
 * where a surname is met once, with nothing else around it
 */
export function knownPersonWords(doc: Doc): Candidate[] {
  const { tokens } = doc;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isTitleCaseWord(t.view) || !isName(t) || !personalWord(t)) continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if ((isName(before) && before.sentence === t.sentence) || (isName(after) && after.sentence === t.sentence)) continue;
    if ((i > 1 && hyphenedTo(tokens, i - 2)) || hyphenedTo(tokens, i)) continue;
    out.push({ start: t.start, end: t.end, type: 'person', tier: 'context', reason: 'gazetteer:person-word' });
  }
  return out;
}
