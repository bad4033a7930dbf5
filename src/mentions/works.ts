import type { Candidate, Doc } from '../core/types';
import { ADDRESS_AFTER_NAME, opensCapital } from '../lexicon/name-forms';
import { QUOTE_MARKS } from '../lexicon/quote-marks';

/** every quotation mark the quote stage reads, as a character class */
const MARK = `[${Object.keys(QUOTE_MARKS).join('')}]`;
/** an opening mark right before the name, and only end punctuation before the closing mark after it */
const OPENS = new RegExp(`${MARK}\\s*$`, 'u');
const CLOSES = new RegExp(`^[.,!?]?\\s*${MARK}`, 'u');
/** `“John Smith,” she said`: a name quoted as someone's answer is words, whatever they name */
const ANSWERED = new RegExp(`^[.,!?]?\\s*${MARK}\\s*(?:[\\p{L}.’'-]+\\s+){1,3}(?:said|says|asked|asks|told|tells|added|replied|answered)\\b`, 'u');

/**
 * `an episode of “Shark Tank.”`, `MSNBC’s “Morning Joe”`: a person the tagger finds filling a
 * quotation by itself, in two or more capitalised words, is the title of a show or a work, not
 * someone in the story, but for an e-mail address's display name; a caller's entry is never second-guessed
 */
export function isQuotedTitle(c: Candidate, doc: Doc): boolean {
  if (c.type !== 'person' || c.tier === 'caller') return false;
  const name = doc.view.slice(c.start, c.end);
  if (!opensCapital(name) || !/^\S+(?:\s+\S+)+$/.test(name)) return false;
  const after = doc.view.slice(c.end, c.end + 60);
  // `"Ryan Reynolds" <rreynolds@example.com>`: an e-mail address's display name is its owner's
  return OPENS.test(doc.view.slice(Math.max(0, c.start - 2), c.start)) && CLOSES.test(after) && !ANSWERED.test(after) && !ADDRESS_AFTER_NAME.test(after);
}
