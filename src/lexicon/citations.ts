// how a paper cites its authors: what follows a cited name and what opens its reference; the
// mentions stage reads it to type a name, the candidates stage to find the authors the tagger missed

import { NAME_WORD_SOURCE } from './name-forms';

/** what follows an author's name in a citation: "et al.", or a year closing the reference ("Charmaz, 2006)", "Ruhlen 1987)") */
const ET_AL = /^ et al\./;
export const CITED_YEAR = /^,? (?:1[5-9]|20)\d\d[a-z]?[;,)]/;
/**
 * what opens a citation's reference before the name: a bracket, a semicolon, an ampersand ("(Dye & Bavelier, 2010"), or
 * a reference's opening words after its bracket ("(e.g., Nedwick, 2014)", "(see Brieber, 2014)", "(cf. Li, 2010)")
 */
const CITE_OPENS = /(?:[(;&]|\((?:e\.g\.|i\.e\.|cf\.|see)(?: also)?,?) ?$/;
/** how far before a name its reference's opening words are read: "(see also " */
const OPENS_READ = 12;

/** one more author of a reference's list after a name: ", Kramer", ", & Gratton", " and Cross" */
const CO_AUTHOR = `(?:,? (?:&|and) |, )(${NAME_WORD_SOURCE})`;
/**
 * the rest of an author list after a name, one more author at least, closing in its year: "(Boot, Kramer, Simons, &
 * Gratton, 2009)", or in running text before the sentence goes on ("from Polio and Gass 1997 to …")
 */
const CO_AUTHORS = new RegExp(String.raw`^(?:${CO_AUTHOR}){1,8}(?: et al\.)?,? (?:1[5-9]|20)\d\d[a-z]?(?:[;,)]| (?=[a-z]))`, 'u');
/** how far after a name an author list is read: eight short names and a year */
export const LIST_READ = 160;
/**
 * two authors joined by an ampersand before a reference's number: "Carrano & Biewener [7]"; not
 * "and" nor a comma, as a footnote's number follows a list of places ("Oldham, Lancashire, England [3]")
 */
const NUMBERED_FIRST = new RegExp(String.raw`^ & ${NAME_WORD_SOURCE} \[\d+\]`, 'u');
const NUMBERED_LAST = [new RegExp(`${NAME_WORD_SOURCE} & $`, 'u'), /^ \[\d+\]/] as const;

/**
 * the name at `[start, end)` of `text` is cited as an author: "(Charmaz, 2006)", "Carrano &
 * Biewener, 2005", "Morgan-Short et al.", any name of an author list closing in a year ("(Boot,
 * Kramer, & Gratton, 2009)") or a numbered pair ("Carrano & Biewener [7]"); `opened`, the caller
 * knows the name stands inside a reference's bracket, where a bare year after it is enough ("(see
 * Brieber 2014; …)")
 */
export function isCited(text: string, start: number, end: number, opened = false): boolean {
  const after = text.slice(end, end + LIST_READ);
  return (
    ET_AL.test(after) ||
    (CITED_YEAR.test(after) && (opened || CITE_OPENS.test(text.slice(Math.max(0, start - OPENS_READ), start)))) ||
    CO_AUTHORS.test(after) ||
    NUMBERED_FIRST.test(after) ||
    (NUMBERED_LAST[1].test(after) && NUMBERED_LAST[0].test(text.slice(Math.max(0, start - 40), start)))
  );
}

/** a year in brackets right after a name in running text, a page or a letter with it: "Parry (1929) on Homer", "Navarro’s (2016) metrical …", "Smith (2004, p. 12)" */
const NARRATIVE_YEAR = /^(?:['\u2019]s)? \((?:1[5-9]|20)\d\d[a-z]?(?:[,:;][^()]{0,20})?\)/;

/**
 * the name ending at `end` is cited in running text, its year in brackets after it ("Quilis (1964) performed …"); a
 * film's or a book's title is written so as often ("Leap Year (2010)"), so only a paper that cites in brackets too reads it
 */
export const citedInText = (text: string, end: number): boolean => NARRATIVE_YEAR.test(text.slice(end, end + LIST_READ));

/** the co-authors a cited name's list goes on to, "Kramer" and "Gratton" after "Boot" in "(Boot, Kramer, & Gratton, 2009)", or none */
export function coAuthors(text: string, end: number): string[] {
  const list = CO_AUTHORS.exec(text.slice(end, end + LIST_READ));
  return list ? [...list[0].matchAll(new RegExp(CO_AUTHOR, 'gu'))].map((m) => m[1]) : [];
}
