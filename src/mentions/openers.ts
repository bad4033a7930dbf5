import { tokenRange } from '../core/tokens';
import type { Candidate, Doc, Token } from '../core/types';
import { phraseClasses } from '../lexicon/known-phrases';
import { isTitleCaseWord } from '../lexicon/name-forms';
import { VERDICT_WORDS } from '../lexicon/not-names';
import { QUOTE_MARKS } from '../lexicon/quote-marks';
import { FRAME_SPEECH_VERBS_SET, SPEECH_VERBS } from '../lexicon/speech';
import { englishPlural, isEnglishWord } from '../document/wink';

/** parts of speech a lone capitalised word opening a sentence has when the capital is the sentence's */
const COMMON_POS = new Set(['ADV', 'ADJ', 'INTJ']);
/**
 * `Keep …`, `Posted by …`, `Born in …`: a verb opening a sentence, when the article writes it in
 * lowercase elsewhere too or a lowercase word follows it, here or where it opens another sentence
 * ("Combine 50 milliliters" beside "Combine equal amounts"); a club opening a results line ("Hull 2
 * Bury 1") is followed by its score and never written so
 */
const VERB_POS = 'VERB';
/** a regular past tense of five letters or more (`stayed`, `visited`): `Fred`, `Ted` are names, and first names the gazetteer knows (`Alfred`) stay */
const PAST_TENSE = /^[a-z]{3,}ed$/;

const isMark = (view: string) => view in QUOTE_MARKS;
/** `Understand` or `Method:` as a line of its own (a few characters each side read); a heading when the word is a common one */
const fillsLine = (view: string, t: Readonly<Token>) => {
  const before = view.slice(Math.max(0, t.start - 8), t.start);
  const after = view.slice(t.end, t.end + 8);
  const opens = /\n[ \t]*$/.test(before) || (t.start <= 8 && /^[ \t]*$/.test(before));
  const closes = /^[.:]?[ \t]*\n/.test(after) || (t.end + 8 >= view.length && /^[.:]?[ \t]*$/.test(after));
  return opens && closes;
};
/** `“Fine,” said Tom Hanks`: the word is all of a quotation, a reply (a closing mark after it, end punctuation between) */
const fillsQuote = (tokens: readonly Token[], i: number) => {
  const next = /^[.,!?]$/.test(tokens[i + 1]?.view ?? '') ? tokens[i + 2] : tokens[i + 1];
  return isMark(tokens[i - 1]?.view ?? '') && isMark(next?.view ?? '');
};
/**
 * `Trump interjected: “Wrong!”`, `he said, “Nonsense.”`: a word filling a quotation after a verb of saying and
 * its colon or comma is a reply inside its sentence; elsewhere it is a name or a title (`a user labelled
 * "Anonymous"`, `the novel "Lucinde"`, `belong "Ōtsugomori" (…), "Nigorie"`)
 */
const repliesInside = (tokens: readonly Token[], i: number) => {
  const verb = tokens[i - 3]?.lower ?? '';
  return /^[:,]$/.test(tokens[i - 2]?.view ?? '') && (SPEECH_VERBS.has(verb) || FRAME_SPEECH_VERBS_SET.has(verb)) && fillsQuote(tokens, i);
};

/**
 * `“Wages are up,”`, `“Look, we will win”`: a word of English opening a sentence right after its opening
 * quotation mark is capitalised for the quotation (the tagger, which reads few quotations opening so, takes it
 * for a name); a results line's club never opens one
 */
const opensQuotation = (tokens: readonly Token[], i: number) =>
  isMark(tokens[i - 1]?.view ?? '') && (isEnglishWord(tokens[i].lower) || englishPlural(tokens[i].lower));

/** `A: Honestly, it was surreal`, `Q: What happened? A: Well, …`: a sentence, or a clause a colon opens, capitalises its first word */
const opensClause = (tokens: readonly Token[], k: number) => tokens[k].opensSentence || tokens[k - 1]?.view === ':';

/**
 * the words, lowercase, the article capitalises inside a sentence: not opening a sentence or a clause a colon opens,
 * and not filling a quotation, which is capitalised for the quotation (`Trump interjected: “Wrong!”`); read once,
 * when first asked
 */
export function capitalisedInside(tokens: readonly Token[]): () => ReadonlySet<string> {
  let found: Set<string> | undefined;
  return () => {
    if (found) return found;
    found = new Set<string>();
    for (let k = 0; k < tokens.length; k++) if (tokens[k].cap && !opensClause(tokens, k) && !repliesInside(tokens, k)) found.add(tokens[k].lower);
    return found;
  };
}

/**
 * `Furthermore, …`, `“Maybe …`, `Arrogant and rude, …`, `Hey, …`: a lone adverb, adjective or
 * interjection opening a sentence, or a lone word that is all of a quoted reply (`“Fine,” said Tom
 * Hanks`), is capitalised for the sentence, not for a name, though the tagger reads some as names;
 * such a word is none when no gazetteer knows it and the article never capitalises it inside a
 * sentence. a common word that is a line of its own is a heading (`Understand`, a travel guide's), one opening a
 * quotation the quotation's first word (opensQuotation).
 * a review's title or verdict (`Great Service`, `Poor Service and …`) opens with a word of praise or blame.
 * other nouns and verbs stay, as club names at the start of a results line do ("Hull", "Bury",
 * "Stoke"). caller entries are never second-guessed
 */
export function sentenceOpeners(doc: Doc): (c: Candidate) => boolean {
  const { tokens } = doc;
  let lowercase: Set<string> | undefined;
  const writtenLow = () => (lowercase ??= new Set(tokens.filter((t) => t.low).map((t) => t.lower)));
  // verbs the article opens a sentence with before a lowercase word ("Combine equal amounts", "Look at me"): verbs where they open one before a number or a comma too
  let verbs: Set<string> | undefined;
  const openingVerbs = () => (verbs ??= new Set(tokens.filter((t, k) => t.opensSentence && t.pos === VERB_POS && tokens[k + 1]?.low).map((t) => t.lower)));
  const inside = capitalisedInside(tokens);
  // `Great Service`, `Lovely Cottage`, `Nice` opening a review's title or verdict: a word of praise or blame first, capitalised words after it, no known name
  const isVerdict = (a: number, b: number) =>
    b > a &&
    tokens[a].opensSentence &&
    VERDICT_WORDS.has(tokens[a].lower) &&
    tokens.slice(a, b).every((t) => t.cap) &&
    !phraseClasses(doc.view.slice(tokens[a].start, tokens[b - 1].end).toLowerCase()).length;
  return (c) => {
    if (c.tier === 'caller') return false;
    const [a, b] = tokenRange(tokens, c);
    if (isVerdict(a, b)) return true;
    if (b - a !== 1) return false;
    const t = tokens[a];
    // `Trump interjected: “Wrong!”`: a word filling a quotation opens what is said, whether or not it opens the sentence
    const reply = t.opensSentence ? fillsQuote(tokens, a) : repliesInside(tokens, a);
    if (!isTitleCaseWord(t.view) || (!opensClause(tokens, a) && !reply) || phraseClasses(t.lower).length) return false;
    // `Stayed 3 nights in October`: a past tense opening a note's sentence, whatever follows it, as no club's name ends so
    const verb = t.pos === VERB_POS && (writtenLow().has(t.lower) || !!tokens[a + 1]?.low || openingVerbs().has(t.lower) || PAST_TENSE.test(t.lower));
    // a common word: no proper noun to the part-of-speech tagger, or written in lowercase elsewhere
    const heading = fillsLine(doc.view, t) && (writtenLow().has(t.lower) || t.pos !== 'PROPN');
    const quoted = t.opensSentence && opensQuotation(tokens, a);
    if (!COMMON_POS.has(t.pos) && !verb && !heading && !reply && !quoted) return false;
    return !inside().has(t.lower);
  };
}
