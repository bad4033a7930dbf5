import type { Token } from '../core/types';
import { DASHES } from '../lexicon/function-words';
import { knownOrg, placeOf } from '../lexicon/gazetteer';
import { isCap, phrase, type PatternRule } from './words';

/** a word in capitals: "KYIV", "ST", "LOS" */
const isUpper = (t: Token | undefined) => !!t && /^\p{Lu}[\p{Lu}.'-]*$/u.test(t.view) && /\p{Lu}.*\p{Lu}|\p{Lu}\.$/u.test(t.view);
/** a wire date, "1996-08-30" */
const isDate = (t: Token | undefined) => !!t && /^\d{4}-\d\d-\d\d$/.test(t.view);

/** the end of `( Agency )` at `k`, or -1: "(AP)", "(Reuters)", "(AFP)" */
function agencyEnd(t: readonly Token[], k: number): number {
  if (t[k]?.view !== '(') return -1;
  let j = k + 1;
  while (j < t.length && j - k <= 3 && isCap(t[j])) j++;
  return j > k + 1 && t[j]?.view === ')' ? j + 1 : -1;
}

/** a dateline's words end at `k`: a wire date, or an agency in brackets */
const datelineAt = (t: readonly Token[], k: number) => isDate(t[k]) || agencyEnd(t, k) > 0;

/** a day of the month after its month: "May 3" in "NEW YORK, May 3 (Reuters) -" */
const isDay = (t: Token | undefined) => !!t && /^\d{1,2}$/.test(t.view);
/** the first token of its paragraph */
const opensParagraph = (t: readonly Token[], i: number) => i === 0 || t[i - 1]?.paragraph !== t[i]?.paragraph;

/** where a dateline's place is given */
export const DATELINE_RULES: PatternRule[] = [
  {
    // "KYIV, Ukraine (AP) —", "MILAN (Reuters) -", "NICE, France 1996-08-30", "NEW YORK, May 3
    // (Reuters) -": the place in capitals opening a wire story's first line is where it was filed,
    // a location whatever the words look like to a model (that mention only: the city's name may
    // be its team's further down); the region after its comma is a name of its own. A paper's
    // dateline ends in a dash instead ("WASHINGTON —", "SPRINGFIELD, Ill. —"): taken when it opens
    // a paragraph and names a place the gazetteer knows or gives its region, so that a heading in
    // capitals before a dash ("BREAKING —", "UPDATE -") is not taken for one
    reason: 'dateline',
    type: 'location',
    local: true,
    find: (t, i) => {
      if (!t[i].opensSentence || !isUpper(t[i])) return null;
      let end = i + 1;
      while (end < t.length && end - i < 3 && isUpper(t[end]) && t[end].sentence === t[i].sentence) end++;
      let k = end;
      if (t[k]?.view === ',') {
        k++;
        while (k < t.length && k - end <= 3 && isCap(t[k])) k++;
        if (k === end + 1) return null;
        if (isDay(t[k])) k++;
      }
      const place = phrase(t, i, end);
      // "UNITED NATIONS 1996-08-29": a story filed at a body's seat names the body
      if (knownOrg(place) || t[k]?.paragraph !== t[i].paragraph) return null;
      if (datelineAt(t, k)) return { first: i, end };
      const dashed = DASHES.has(t[k]?.view ?? '') && t[k + 1]?.paragraph === t[i].paragraph && opensParagraph(t, i);
      return dashed && (k > end || placeOf(place) !== null) ? { first: i, end } : null;
    },
  },
];
