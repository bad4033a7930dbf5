// a wire story's dateline: the place it was filed from, in capitals, opening its first paragraph,
// with a date, an agency, a dash or a colon after it ("KYIV, Ukraine (AP) —", "NICE, France 1996-08-30", "MUMBAI:").
// read once here for the rules that name the place and for those that must not take the words
// of the dateline for a statement's
import { isCap } from '../core/tokens';
import type { Token } from '../core/types';
import { DASHES, MONTHS } from '../lexicon/function-words';
import { knownOrg, knownPlace } from '../lexicon/gazetteer';
import { isFirstName } from '../lexicon/known-phrases';
import { isCapitalsWord } from '../lexicon/name-forms';

/** a word in capitals: "KYIV", "ST", "LOS" */
const isUpper = (t: Token | undefined) => !!t && isCapitalsWord(t.view);
/** a wire date, "1996-08-30" */
const isDate = (t: Token | undefined) => !!t && /^\d{4}-\d\d-\d\d$/.test(t.view);

/** the end of `( Agency )` at `k`, or -1: "(AP)", "(Reuters)", "(AFP)" */
function agencyEnd(t: readonly Token[], k: number): number {
  if (t[k]?.view !== '(') return -1;
  let j = k + 1;
  while (j < t.length && j - k <= 3 && isCap(t[j])) j++;
  return j > k + 1 && t[j]?.view === ')' ? j + 1 : -1;
}

/** a day of the month after its month: "May 3" in "NEW YORK, May 3 (Reuters) -" */
const isDay = (t: Token | undefined) => !!t && /^\d{1,2}$/.test(t.view);
/** the end of a month and its day at `k` ("December 3", "Dec. 3", "Dec 3"), or -1 */
const monthDayEnd = (t: readonly Token[], k: number): number => (MONTHS.has((t[k]?.lower ?? '').replace(/\.$/, '')) && isDay(t[k + 1]) ? k + 2 : -1);

/** the first token of its paragraph */
const opensParagraph = (t: readonly Token[], i: number) => i === 0 || t[i - 1]?.paragraph !== t[i]?.paragraph;

/**
 * the words the article writes right after a known given name, lowercase ("Anne Hidalgo"): surnames, which a label
 * before a colon gives a speaker's turn in an interview ("Hidalgo: Absolutely.", "HIDALGO: I don't …"), not a place
 * (Hidalgo is a Mexican state's name); read once an article, the first time a label asks
 */
const SURNAMES = new WeakMap<readonly Token[], ReadonlySet<string>>();
function articleSurnames(t: readonly Token[]): ReadonlySet<string> {
  let found = SURNAMES.get(t);
  if (found) return found;
  const words = new Set<string>();
  for (let k = 1; k < t.length; k++) if (t[k].cap && t[k - 1].cap && t[k - 1].sentence === t[k].sentence && isFirstName(t[k - 1].lower)) words.add(t[k].lower);
  found = words;
  SURNAMES.set(t, found);
  return found;
}

export interface Dateline {
  /** the place's words are tokens `[i, placeEnd)` */
  placeEnd: number;
  /** the first token after the dateline: after its date, its agency and its dash */
  end: number;
  /** the agency in brackets that filed the story, tokens `[first, end)`: "AP" in "KYIV, Ukraine (AP) —" */
  agency?: { first: number; end: number };
}

/**
 * the dateline at token `i`: a place in capitals opening a sentence, its region after a comma,
 * then a wire date or an agency in brackets; a paper's dateline ends in a dash instead
 * ("WASHINGTON —", "SPRINGFIELD, Ill. —"), taken when it opens a paragraph and names a place the
 * gazetteer or the lexicon knows or gives its region, so that a heading in capitals before a dash ("BREAKING —",
 * "UPDATE -") is not taken for one. "UNITED NATIONS 1996-08-29": a story filed at a body's seat is
 * no place's. A place in title case ("Tehran (IRNA) -") is one only where it opens a paragraph and the gazetteer
 * knows it
 */
export function readDateline(t: readonly Token[], i: number): Dateline | null {
  if (!t[i]?.opensSentence) return null;
  // "Tehran (IRNA) -", "Seoul, Jan 5 (Yonhap) --", "New Delhi: …": agencies that translate their wire write the place
  // in title case; read only where it opens a paragraph and the gazetteer knows the place
  const titled = !isUpper(t[i]) && isCap(t[i]) && opensParagraph(t, i);
  if (!titled && !isUpper(t[i])) return null;
  const word = titled ? isCap : isUpper;
  let end = i + 1;
  while (end < t.length && end - i < 3 && word(t[end]) && t[end].sentence === t[i].sentence) end++;
  // "KHARTOUM/PORT SUDAN, Sudan (Reuters) -", "DUBAI/RIYADH (Reuters) -": a story filed from two places joins them with a
  // slash; the first is the dateline's place, the next a name of its own
  let after = end;
  for (let n = 0; n < 2 && t[after]?.view === '/' && isUpper(t[after + 1]) && t[after + 1].sentence === t[i].sentence; n++) {
    after += 2;
    while (after < t.length && isUpper(t[after]) && t[after].sentence === t[i].sentence && !DASHES.has(t[after].view)) after++;
  }
  let k = after;
  // "MOSCOW, December 3. /TASS/.", "PARIS, France, December 3 -": a month and its day after the place or its region
  let dated = -1;
  if (t[k]?.view === ',') {
    k++;
    dated = monthDayEnd(t, k);
    while (k < t.length && k - after <= 3 && isCap(t[k])) k++;
    if (k === after + 1) return null;
    if (isDay(t[k])) k++;
    if (dated < 0 && t[k]?.view === ',') {
      dated = monthDayEnd(t, k + 1);
      if (dated > 0) k = dated;
    }
  }
  const place = t
    .slice(i, end)
    .map((x) => x.view)
    .join(' ');
  if (knownOrg(place) || t[k]?.paragraph !== t[i].paragraph || (titled && !knownPlace(place))) return null;
  const dash = (at: number) => (DASHES.has(t[at]?.view ?? '') ? at + 1 : at);
  // in title case a dash must close the agency, a dash or a colon the day: a results table writes "Leeds (Headingley):",
  // "Constructorul Chisinau (Moldova) 2" and "Barcelona - Ronaldo (5th)" on lines of their own
  const closed = (at: number, colon = false) => !titled || DASHES.has(t[at]?.view ?? '') || (colon && t[at]?.view === ':');
  if (isDate(t[k])) return titled ? null : { placeEnd: end, end: dash(k + 1) };
  const agency = agencyEnd(t, k);
  if (agency > 0) return closed(agency) ? { placeEnd: end, end: dash(agency), agency: { first: k + 1, end: agency - 1 } } : null;
  // a known place and the day opening a paragraph, whatever follows (a full stop, a colon, an agency in slashes)
  if (dated > 0 && knownPlace(place) && opensParagraph(t, i)) return closed(k, true) ? { placeEnd: end, end: dash(k) } : null;
  const dashed = DASHES.has(t[k]?.view ?? '') && t[k + 1]?.paragraph === t[i].paragraph && opensParagraph(t, i);
  // "NEW DELHI: Union Home Minister …", "MUMBAI: Virat Kohli hit …": South Asia's papers end a known place's dateline in a colon
  const coloned =
    k === after &&
    t[k]?.view === ':' &&
    t[k + 1]?.paragraph === t[i].paragraph &&
    opensParagraph(t, i) &&
    knownPlace(place) &&
    !articleSurnames(t).has(place.toLowerCase());
  if (coloned) return { placeEnd: end, end: k + 1 };
  return dashed && !titled && (k > after || knownPlace(place)) ? { placeEnd: end, end: k + 1 } : null;
}

/**
 * which tokens lie in a dateline (its place, date, agency and dash): "WASHINGTON (AP) —" is where and
 * by whom the story was filed, said by no one in it, so no statement's speaker and no antecedent of
 * "the party" or "the agency"; a dateline opens a sentence, so only sentences' first tokens are read
 */
export function datelineTokens(t: readonly Token[]): boolean[] {
  const inside = new Array<boolean>(t.length).fill(false);
  for (let i = 0; i < t.length; i++) {
    if (!t[i].opensSentence) continue;
    const dateline = readDateline(t, i);
    if (dateline) inside.fill(true, i, dateline.end);
  }
  return inside;
}
