import type { Token } from '../core/types';
import { knownOrg } from '../lexicon/gazetteer';
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

/** where a dateline's place is given */
export const DATELINE_RULES: PatternRule[] = [
  {
    // "KYIV, Ukraine (AP) —", "MILAN (Reuters) -", "NICE, France 1996-08-30": the place in capitals
    // opening a wire story's first line is where it was filed, a location whatever the words look
    // like to a model (that mention only: the city's name may be its team's further down); the
    // region after its comma is a name of its own
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
      }
      // "UNITED NATIONS 1996-08-29": a story filed at a body's seat names the body
      if (knownOrg(phrase(t, i, end)) || t[k]?.paragraph !== t[i].paragraph) return null;
      return datelineAt(t, k) ? { first: i, end } : null;
    },
  },
];
