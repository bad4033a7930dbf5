import type { Candidate, Doc } from '../core/types';
import { isCommonWord } from './words';
import { citedInText, coAuthors, isCited } from '../lexicon/citations';
import { placeOf } from '../lexicon/gazetteer';
import { NAME_WORD_SOURCE } from '../lexicon/name-forms';
import { CALENDAR } from '../lexicon/speech';

/** one to three capitalised words, hyphened ones whole ("Morgan-Short", "Filippini Fantoni") */
const AUTHOR = new RegExp(String.raw`(?<![\p{L}'\u2019-])${NAME_WORD_SOURCE}(?: ${NAME_WORD_SOURCE}){0,2}(?![\p{L}'\u2019-])`, 'gu');

/** how far back a reference's opening bracket is looked for: a window, so a long line costs each name the same */
const BRACKET_REACH = 300;

/** the name stands inside a bracket opened before it on its line: a reference's ("(see for example Brieber 2014; …") */
const inBracket = (text: string, start: number): boolean => {
  const window = text.slice(Math.max(0, start - BRACKET_REACH), start);
  const line = window.slice(window.lastIndexOf('\n') + 1);
  return line.lastIndexOf('(') > line.lastIndexOf(')');
};

/** a month ("(June 1944)"), a known place ("(Black Pepper, Melbourne, Australia, 2004)": a publisher's), an acronym: no author */
const notAnAuthor = (name: string): boolean => name.split(' ').some((w) => CALENDAR.has(w.toLowerCase())) || !!placeOf(name) || name === name.toUpperCase();

/**
 * the authors of a paper's references inside their bracket, which a model trained on news reads
 * as nothing: "(see for example Brieber 2014; Binderman et al., 2005)", "(García-Paje, 1991)",
 * "(Li, Polat, Scalzo, & Bavelier, 2010)"; a person, filling only a gap the other sources leave
 * (over the labelled sets, 98 of 111 such names are gold persons once months and known places
 * are set apart, all in GUM's academic genres; the rest publishers and works)
 */
export function citedAuthors(doc: Doc): Candidate[] {
  const bracketed = bracketedAuthors(doc);
  if (!bracketed.length) return [];
  // a paper that cites in brackets cites in running text too: "Quilis (1964) performed …", "Flores Gómez (1988) on …"
  const inText: Candidate[] = [];
  for (const m of doc.text.matchAll(AUTHOR)) {
    // `Navarro’s (2016) study`: the possessive is no part of the name
    const end = m.index + m[0].length - (POSSESSIVE_END.test(m[0]) ? 2 : 0);
    if (!citedInText(doc.text, end)) continue;
    // `Leap Year (2010)`, `Calling the Shots (1988)`: a title of common words, or after an article, names a work;
    // `See Klenk (2019)`, `Anthropologist Ken Barger (1971)`: a common word opening the run is no part of the name, a given name is
    const words = doc.text.slice(m.index, end).split(' ');
    if ((words.length > 1 && words.every(common)) || AFTER_ARTICLE.test(doc.text.slice(Math.max(0, m.index - 4), m.index))) continue;
    let start = m.index;
    while (words.length > 1 && common(words[0])) start += words.shift()!.length + 1;
    if (!notAnAuthor(words.join(' '))) inText.push(author(start, end));
  }
  return [...bracketed, ...inText];
}

/** a possessive closing a name */
const POSSESSIVE_END = /['\u2019]s$/;

/** an article right before a name: a title's words go on before it ("Elevator to the Gallows (1958)") */
const AFTER_ARTICLE = /\b(?:the|a|an) $/;

/** a common word, as a name's word is written */
const common = (word: string): boolean => isCommonWord(word.toLowerCase());

/** an author's candidate: a person, filling a gap only */
const author = (start: number, end: number): Candidate => ({
  start,
  end,
  type: 'person',
  tier: 'context',
  reason: 'context:cited-author',
  rule: 'cited-author',
});

/** the authors a text cites inside brackets, read once for each text: the candidates and the mentions stage both ask */
const bracketedOf = new WeakMap<Doc, Candidate[]>();
function bracketedAuthors(doc: Doc): Candidate[] {
  let out = bracketedOf.get(doc);
  if (out) return out;
  out = [];
  bracketedOf.set(doc, out);
  if (!doc.text.includes('(')) return out;
  for (const m of doc.text.matchAll(AUTHOR)) {
    const start = m.index;
    const end = start + m[0].length;
    // the bracket first: it sets aside nearly every capitalised run of a text, for the least work
    if (!inBracket(doc.text, start) || notAnAuthor(m[0]) || !isCited(doc.text, start, end, true)) continue;
    if (coAuthors(doc.text, end).some(notAnAuthor)) continue;
    out.push(author(start, end));
  }
  return out;
}

/** the text cites its authors inside brackets somewhere: a paper, whose names before a year in brackets are authors too */
export const citesInBrackets = (doc: Doc): boolean => bracketedAuthors(doc).length > 0;
