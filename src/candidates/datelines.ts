import { readDateline } from '../document/dateline';
import type { PatternRule } from './words';

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
      const dateline = readDateline(t, i);
      return dateline ? { first: i, end: dateline.placeEnd } : null;
    },
  },
  {
    // "ANKARA (AA) -", "BEIJING (Xinhua) —", "WASHINGTON (UPI) --": the capitalised words in brackets after a
    // dateline's place name the agency that filed the story, a body whether or not the lexicon knows it
    // (no labelled set holds a counter-example; UNER's one, "(AFP)", is a gold organisation)
    reason: 'dateline-agency',
    type: 'organization',
    find: (t, i) => readDateline(t, i)?.agency ?? null,
  },
];
