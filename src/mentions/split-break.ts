import { tokenOf, tokenRange } from '../core/tokens';
import { placeOf } from '../lexicon/gazetteer';
import { isAcronymText } from '../lexicon/name-forms';
import type { Candidate, Doc, Token } from '../core/types';
import { CALENDAR_WORDS, DASHES } from '../lexicon/function-words';
import { LEGAL_FORMS } from '../lexicon/organizations';
import { QUOTE_MARKS } from '../lexicon/quote-marks';
import { SPEECH_VERBS } from '../lexicon/speech';

/** what may follow a name's comma and stay in it: a legal form ("Acme Holdings, Inc."), the District ("Washington, D.C.") */
const AFTER_COMMA = (t: Readonly<Token>) => LEGAL_FORMS.has(t.lower) || t.view === 'D.C.';

/**
 * `Hillary Clinton Says Trump Is Unfit`, `Clinton Said “I Never …”`: a capitalised verb of saying (as the
 * POS tagger reads it), as headlines in title case write one, in the present or before the quotation or
 * colon it opens; `Said` before a name or a verb is a name as often (`Edward Said wrote`)
 */
export const headlineSaying = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k];
  if (t.pos !== 'VERB' || !t.cap || !SPEECH_VERBS.has(t.lower)) return false;
  const next = tokens[k + 1]?.view ?? '';
  return t.lower.endsWith('s') || next === ':' || next in QUOTE_MARKS;
};

/** the parts of speech a name's first word has (`Trump`, `Democratic Convention`, `Bellwether County`) */
const NAME_OPENERS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM']);

/**
 * a verb written in lowercase, as running text writes one: the clause after a subject, never inside a
 * name (`Jack provided Budjana`); only where the POS tagger reads a verb (it reads "retook" in
 * `Popular Mobilisation Units retook Mosul` as a noun), as a lowercase word of any other part joins
 * names ("Chester-le-Street", "Kengo wa Dondo", "Jules et Jim")
 */
const lowercaseVerb = (tokens: readonly Token[], k: number) => {
  const [t, before] = [tokens[k], tokenOf(tokens, k - 1)];
  // not a participle a hyphen joins to the word before, an adjective of the name's ("Kurdish-led", "St. Louis-based")
  return t.low && t.pos === 'VERB' && !(before.view === '-' && before.end === t.start);
};

/** a bracket, which sets off what follows a name (its acronym: `Department for International Development (DFID)`), never inside one */
const BRACKETS = new Set(['(', ')', '[', ']']);

/** a code of one or two capitals a results table brackets after a club's name, a part of it as CoNLL reads it: `Mladost (L)`, `Buducnost (V)` */
const isCode = (t: Readonly<Token>) => t.view.length <= 2 && t.cap && isAcronymText(t.view);
const inCode = (tokens: readonly Token[], k: number) => {
  const [before, at, after] = [tokenOf(tokens, k - 1), tokens[k], tokenOf(tokens, k + 1)];
  if (at.view === '(') return isCode(after) && tokenOf(tokens, k + 2).view === ')';
  return at.view === ')' && isCode(before) && tokenOf(tokens, k - 2).view === '(';
};

/** a bracket outside a code's brackets: the run breaks there, and ends before one that closes it (`(DFID)`) */
const bracketBreak = (tokens: readonly Token[], k: number) => BRACKETS.has(tokens[k].view) && !inCode(tokens, k);

/** a quotation mark standing as a token of its own */
const isMark = (t: Readonly<Token>) => t.view in QUOTE_MARKS;

/**
 * a quotation mark beside another (`“Ba Bd” “Bb Be”`): one quoted title closing and the next
 * opening, never inside a name; a nickname's marks have its words between (`Roberto “Hands of
 * Stone” Duran`), and an apostrophe is part of its word (`O’Neill`, `d’Ivoire`)
 */
const marksMeet = (tokens: readonly Token[], k: number) => isMark(tokens[k]) && (isMark(tokenOf(tokens, k - 1)) || isMark(tokenOf(tokens, k + 1)));

/** a comma, a dash with a space on either side, a bracket, two quotation marks side by side, a verb of saying or a lowercase verb: where a list, a table row or a clause breaks, never inside a name */
const breaks = (tokens: readonly Token[], k: number) => {
  const t = tokens[k];
  if (t.view === ',') return !AFTER_COMMA(tokens[k + 1]);
  if (bracketBreak(tokens, k) || lowercaseVerb(tokens, k) || marksMeet(tokens, k)) return true;
  return (DASHES.has(t.view) && tokens[k - 1].end < t.start && t.end < tokens[k + 1].start) || headlineSaying(tokens, k);
};

/**
 * `Feng, Spence`, `El Salvador - Luis`, `Chiang Mai - Bangkok`: the tagger runs a name on over a
 * comma or a spaced dash into the next name of a list or a table row (gold names hold one 0 times
 * in 20 over the labelled sets, "Washington, D.C." and "Acme, Inc." apart), and over a headline's
 * verb into the next name (`Trump Says`: a word the POS tagger calls a verb of saying lies in no gold
 * name in the present; "States", "Notes", "Rules" in names it calls nouns), over a bracket into what
 * it sets off, over a closing and an opening quotation mark into the next quoted title (`“Jo” “Jm
 * Jp”`: gold names hold two marks side by side 0 times), and over a lowercase verb into the clause
 * after a subject; the run breaks there, and each piece with a capitalised word is a name of its own
 */
export function splitAtBreak(c: Candidate, doc: Doc): Candidate[] {
  if (c.tier !== 'tagger') return [c];
  const t = doc.tokens;
  const [a, b] = tokenRange(t, c);
  const cuts: number[] = [];
  // a verb of saying or a bracket may close the run too (`Clinton Said “…”`, `Development (DFID)`): a comma or a dash there is trim.ts's
  // `Spitfire Tournament in Canada`: a lowercase `in` between the words of a person's or a place's run is where one name
  // ends and the next begins (gold names hold one only in a body's or a work's: "Human Rights in China", "Siegel Awards
  // for Excellence in Pancreatic Cancer Research"), and in a body's where a verb opens the sentence and the run (`Born
  // Heinz Alfred Kissinger in Fürth`, which the tagger reads as a body); not before a day or a month, a time phrase that
  // closes the run (mentions/trim.ts)
  const person = c.type !== 'organization' || (t[a].opensSentence && t[a].pos === 'VERB');
  const inBreak = (k: number) => person && t[k].view === 'in' && !CALENDAR_WORDS.has(tokenOf(t, k + 1).lower);
  for (let k = a + 1; k < b; k++) if (k < b - 1 ? breaks(t, k) || inBreak(k) : headlineSaying(t, k) || bracketBreak(t, k)) cuts.push(k);
  if (!cuts.length) return [c];
  const reason = `${c.reason}+split-break`;
  const out: Candidate[] = [];
  let from = a;
  for (const k of [...cuts, b]) {
    // after a headline's verb the words are its clause (`Says He Would Issue`, `Calls On Obama To Resign`): a name there opens with one
    const clause = from > a && headlineSaying(t, from - 1) && !NAME_OPENERS.has(t[from].pos);
    if (k > from && !clause && t.slice(from, k).some((w) => w.cap))
      out.push(piece(c, doc, from > a && lowercaseVerb(t, from - 1), t[from].start, t[k - 1].end, reason));
    from = k + 1;
  }
  return out;
}

/**
 * one piece of a split run, of the run's type; the tagger typed the run by its subject, so a known place after a
 * lowercase verb, the clause's object, is a location whatever the subject was (`Islamic State of Iraq and Syria took
 * Mosul`: Mosul no body)
 */
function piece(c: Candidate, doc: Doc, afterVerb: boolean, start: number, end: number, reason: string): Candidate {
  if (afterVerb && c.type !== 'location' && placeOf(doc.text.slice(start, end))) return { ...c, start, end, type: 'location', kind: undefined, reason };
  return { ...c, start, end, reason };
}
