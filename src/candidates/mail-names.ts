import { tokenEndingAfter } from '../core/tokens';
import type { Candidate, Doc } from '../core/types';
import { isEnglishWord } from '../document/wink';
import { ADDRESSEE_NOUNS, SIGN_OFFS } from '../lexicon/function-words';
import { isFirstName } from '../lexicon/known-phrases';
import { addressAfter, INITIAL_SOURCE, NAME_WORD_SOURCE } from '../lexicon/name-forms';

/** a word of a display name: a capitalised word, or an initial with its dot ("Kevin A. Boone") */
const WORD = `(?:${NAME_WORD_SOURCE}|${INITIAL_SOURCE})`;

/**
 * an e-mail address's display name in straight quotation marks, right before the address in angle brackets:
 * `"Ryan Reynolds" <rreynolds@example.com>`, `"Townsend, George" <gtownsend@example.net>`; one to four
 * capitalised words, or a surname, a comma and a given name as directories write them
 */
const DISPLAY_NAME = new RegExp(`"(${WORD}(?: ${WORD}){0,3}|${NAME_WORD_SOURCE}, ${NAME_WORD_SOURCE})(?=")`, 'gu');

/** articles that open a title ("The Cat Album"), not a person's name */
const ARTICLE = /^(?:The|A|An) /;

/**
 * the person an e-mail address belongs to, by the display name before it, which a model trained on news
 * reads as nothing or as a quotation's words: mail headers and signatures in web text (gold persons 8
 * times in 9 over the labelled sets, all in UNER's e-mail; the other a title, "The Cat Album"); a person,
 * filling only a gap the other sources leave
 */
export function mailNames(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  if (!doc.text.includes('@')) return out;
  for (const m of doc.text.matchAll(DISPLAY_NAME)) {
    const start = m.index + 1;
    if (ARTICLE.test(m[1]) || !addressAfter(doc.text, start + m[1].length)) continue;
    out.push({ start, end: start + m[1].length, type: 'person', tier: 'context', reason: 'mail-name' });
  }
  return out;
}

/** a line that is a person's name alone: one to three capitalised words or initials ("Kevin A. Boone", "Bill") */
const NAME_LINE = new RegExp(`^${WORD}(?: ${WORD}){0,2}$`, 'u');
/** a letter's opening line: "Dear", a name, a comma or a colon ("Dear Jean:", "Dear Anna Zorbek,") */
const DEAR_LINE = new RegExp(`^Dear (${WORD}(?: ${WORD}){0,2})[,:]$`, 'u');

/**
 * the name at `start` opens with a given name, a word no English list knows, or a word wink reads as a proper noun there
 * ("Bill", "Rudwell", "Jean"; not "Seven", a number, nor "Thanks", a verb)
 */
function opensPersonName(doc: Doc, start: number, word: string): boolean {
  const lower = word.toLowerCase();
  return isFirstName(lower) || !isEnglishWord(lower) || doc.tokens[tokenEndingAfter(doc.tokens, start)]?.pos === 'PROPN';
}

/**
 * the writer's name on the line after a letter's or an e-mail's closing ("Regards,\nDebra Perlingiere", "Thanks,\nRenee"),
 * and the name a letter opens on ("Dear Jean:"), which a model trained on news reads as nothing or as a body: a person,
 * filling only a gap the other sources leave (names so placed over the labelled sets are gold persons 26 times in 27,
 * UNER's e-mail and GUM's letters; the other "Mom", which GUM leaves unnamed); not a word for those greeted by what they
 * are ("Dear Friends:")
 */
export function letterNames(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const lines = [...doc.text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index + m[0].length - m[0].trimStart().length, text: m[0].trim() }));
  const person = (start: number, name: string) => out.push({ start, end: start + name.length, type: 'person', tier: 'context', reason: 'letter-name' });
  lines.forEach((line, i) => {
    const dear = DEAR_LINE.exec(line.text);
    if (dear && !ADDRESSEE_NOUNS.has(dear[1].toLowerCase()) && opensPersonName(doc, line.start + 5, dear[1].split(' ')[0])) person(line.start + 5, dear[1]);
    const next = lines[i + 1];
    if (!next || !SIGN_OFFS.has(line.text.replace(/[,.!]+$/, '').toLowerCase())) return;
    const name = next.text.replace(/[.,]$/, '');
    if (NAME_LINE.test(name) && opensPersonName(doc, next.start, name.split(' ')[0])) person(next.start, name);
  });
  return out;
}
