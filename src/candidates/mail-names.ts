import type { Candidate, Doc } from '../core/types';
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
