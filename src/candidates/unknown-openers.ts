import { isVerbal } from '../core/tokens';
import { isEnglishWord } from '../document/wink';
import type { Candidate, Doc, Token } from '../core/types';
import { ADVERBS_BEFORE_VERB, APPOSITIVE_OPENERS } from '../lexicon/function-words';
import { isNameCaseWord } from '../lexicon/name-forms';
import { SPEECH_VERBS } from '../lexicon/speech';
import { isName, unlistedButAsPerson } from './words';

/**
 * the word opens its sentence in title case, and what follows it there says it names someone or something: a verb
 * (verbAfter) with a word after it (an auxiliary with its verb), or a verb of saying (`Modi inaugurated a new airport`, `Edberg is starting`,
 * `Zelenskyy said`); its possessive (`Yeltsin's press office`); a comma and a relative or an article (`Woods, who
 * turned pro`, `Sletten, a caretaker`) or a participle (`Zelenskyy, speaking in his address, urged`)
 */
function opensBeforeCue(t: Token, next: Token, after: Token | undefined, opens: boolean): boolean {
  if (!opens || !isNameCaseWord(t.view) || !isName(t)) return false;
  if (next.sentence !== t.sentence) return false;
  if (next.possessive) return true;
  // `Zelenskyy, speaking in his nightly address, urged …`: a participle's phrase set off after the name is said of it
  if (next.view === ',')
    return !!after && after.sentence === t.sentence && (APPOSITIVE_OPENERS.has(after.lower) || (after.pos === 'VERB' && after.lower.endsWith('ing')));
  if (!isVerbal(next)) return false;
  // an auxiliary only before the verb it helps (`Edberg is starting`, `Arafat had been scheduled`): a copula before
  // what the word is describes a place or a thing as often (`Iguazu is beautiful`, web text's reviews)
  if (next.pos === 'AUX' && !isVerbal(after)) return false;
  // not a participle before its agent, an adjective's reading: "Shrs offered by company", a results table's line
  return SPEECH_VERBS.has(next.lower) || (after?.sentence === t.sentence && !after.punct && after.lower !== 'by');
}

/** one space on from token `a`: the next word, as written right after it */
const spaceOn = (tokens: readonly Token[], a: number): boolean => a + 1 < tokens.length && tokens[a + 1].start - tokens[a].end === 1;

/**
 * where the verb after the opening word at `i` may stand, one space on: right after it, or after one adverb of time or
 * addition (`Memon also said`, `Rathke later asked`); -1 where the next word is not one space on
 */
function verbAfter(tokens: readonly Token[], i: number): number {
  if (!spaceOn(tokens, i)) return -1;
  const adverb = ADVERBS_BEFORE_VERB.has(tokens[i + 1].lower) || (tokens[i + 1].pos === 'ADV' && MANNER_ADVERB.test(tokens[i + 1].lower));
  return adverb && spaceOn(tokens, i + 1) ? i + 2 : i + 1;
}

/** an adverb of manner, which stands between a subject and its verb (`Seles easily won`) */
const MANNER_ADVERB = /^\p{L}{3,}ly$/u;

/**
 * the word at `i` opens its clause: its sentence's first word, or the first after a sentence adverb and its comma
 * (`Separately, Juppe confirmed …`, `Meanwhile, Zelenskyy said …`)
 */
const opensClauseAt = (tokens: readonly Token[], i: number): boolean =>
  tokens[i].opensSentence ||
  (i >= 2 && tokens[i - 1].view === ',' && tokens[i - 2].opensSentence && tokens[i - 2].pos === 'ADV' && tokens[i - 2].sentence === tokens[i].sentence);

/** the shortest part of a compound read as a word: "air" of "airstrikes", not "a" of "asides" */
const COMPOUND_PART = 3;
/** the longest word tried as a compound: the test slices at every letter, and no two English words run longer */
const COMPOUND_LENGTH = 32;

/**
 * `Airstrikes`, `Gunboats`: a plural whose singular is two English words written as one, a common noun the lexicon
 * lacks only as a compound; a name so made takes no plural `-s` ("Churchill", "Goodman")
 */
function compoundPlural(lower: string): boolean {
  if (!lower.endsWith('s') || lower.endsWith('ss') || lower.length > COMPOUND_LENGTH) return false;
  const stem = lower.slice(0, -1);
  for (let cut = COMPOUND_PART; cut <= stem.length - COMPOUND_PART; cut++) {
    if (isEnglishWord(stem.slice(0, cut)) && isEnglishWord(stem.slice(cut))) return true;
  }
  return false;
}

/**
 * `Zelenskyy said …`, `Modi inaugurated …`, `Edberg is starting …`, `Yeltsin's press office …`, `Sletten, a caretaker,
 * …`, `McGwire singled …`, `O'Brien said …`: a lone word in title case, or written as a surname is (name-forms.ts
 * isNameCaseWord), opening a sentence (or after a sentence adverb and its comma: `Separately, Juppe confirmed`), right
 * before a verb (or one adverb of time or addition, or of manner, and a verb: `Seles easily won`), its possessive, or a
 * comma and an appositive's first word (opensBeforeCue), that no lexicon knows (or
 * knows as a person's name only: words.ts unlistedButAsPerson; "Obama said", which alone the gazetteer leaves to
 * the tagger) and the article never writes in lowercase, is a name. Over CoNLL's
 * train such words are names 410 times in 412, persons 338 of them (a verb of saying 104 of 125, another verb
 * 141 of 179, a possessive 35 of 45, an appositive 58 of 63; before a copula persons only 37 of 68, so it is left);
 * its places are mostly known ones. The tagger reads
 * such a word as no name: most words opening sentences are common ones, and a word it never learned gives it
 * nothing else to go by, which costs most in short excerpts, where the name is not repeated inside a sentence
 * (`npm run excerpts`, with the other rules for names met once: strict F1 up 0.4–0.8 on each labelled corpus; over whole articles the tagger reads most of
 * them from their other mentions, and the rule's own finds there are as often common words or places as persons).
 * A person's by default; the type cues and the lexicon decide otherwise ("Zentrova posted a quarterly loss", a company's cue). Fills gaps
 * only (tier context)
 */
export function unknownOpeners(doc: Doc): Candidate[] {
  const { tokens } = doc;
  let lowercase: Set<string> | undefined;
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    // a possessive or a comma stands right on the word; a verb one space on, or after an adverb
    const v = tokens[i + 1].possessive || tokens[i + 1].view === ',' ? i + 1 : verbAfter(tokens, i);
    if (v < 0 || !opensBeforeCue(t, tokens[v], tokens[v + 1], opensClauseAt(tokens, i)) || !unlistedButAsPerson(t) || compoundPlural(t.lower)) continue;
    lowercase ??= new Set(tokens.filter((u) => u.low).map((u) => u.lower));
    if (!lowercase.has(t.lower)) out.push({ start: t.start, end: t.end, type: 'person', tier: 'context', reason: 'unknown-opener' });
  }
  return out;
}
