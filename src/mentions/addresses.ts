import type { Candidate, Doc } from '../core/types';

/** how far a rule reads for the ends of the word around a name: an address longer than this is read in part */
const REACH = 200;

/** endings of a domain or a file after a name: `Goldstar.com`, `UnleadedStocks.pdf` */
const SUFFIX = /^\.(?:com|org|net|edu|gov|co|uk|doc|docx|pdf|xls|xlsx|ppt|jpg|jpeg|png|gif|txt|htm|html)\b/i;

/**
 * what ends an address: a space, and the quotation marks, angle brackets and brackets that enclose one
 * (`"Ryan Reynolds"<rreynol…@cogeco.ca>`: the name before the address is the sender's, not the address's)
 */
const BOUND = /[\s"“”<>()[\]{}]/;

/** the run of characters around `[start, end)` that an address may be, read up to REACH each side */
function wordAround(view: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && start - a < REACH && !BOUND.test(view[a - 1])) a--;
  let b = end;
  while (b < view.length && b - end < REACH && !BOUND.test(view[b])) b++;
  return view.slice(a, b);
}

/**
 * `www.google.com/search?…&ie=UTF-8`, `Lisa_resume.doc`, `kevin.boone@accenture.com`, `Goldstar.com`:
 * a candidate inside a web address, an e-mail address or a file name names nothing there (the
 * words are the address's, not the text's); `ENRON@enronXgate`, a mail system's name, has no domain
 */
export function inAddress(c: Candidate, doc: Doc): boolean {
  if (c.tier === 'caller') return false;
  const { view } = doc;
  if (view[c.start - 1] === '_' || view[c.end] === '_' || SUFFIX.test(view.slice(c.end, c.end + 6))) return true;
  const word = wordAround(view, c.start, c.end);
  return word.includes('://') || /^www\./i.test(word) || /@[^@]*\.[a-z]/i.test(word);
}
