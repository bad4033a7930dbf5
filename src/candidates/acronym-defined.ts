import { knownPlace } from '../lexicon/gazetteer';
import { acronymKey, MIN_LETTERS } from '../lexicon/name-forms';
import { definedByAcronym, spelledBefore } from './acronyms';
import type { PatternRule } from './words';

/**
 * `On 12 March, the Syrian Observatory for Human Rights (SOHR) reported …`, `Popular Mobilization Units (PMU)`:
 * capitals in brackets whose letters the capitalised words right before them spell are that name's acronym,
 * so those words are a name, where no other source found one (a report's bodies, which the tagger never saw,
 * are defined so before their acronyms are used); a body's, unless a gazetteer knows the words as a place
 * ("United Arab Emirates (UAE)"); not a person's ("John Fitzgerald Kennedy (JFK)"). Asked at the acronym;
 * mentions/propagate.ts then reads the acronym as the same name, there and wherever else it is written
 */
function definedBy(type: 'organization' | 'location'): PatternRule {
  return {
    reason: 'acronym-defined',
    type,
    tier: 'context',
    find: (t, i) => {
      if (t[i - 1]?.view !== '(' || t[i + 1]?.view !== ')') return null;
      const letters = acronymKey(t[i].view);
      if (!letters || letters.length < MIN_LETTERS) return null;
      const first = spelledBefore(t, i - 1, letters, 'capitals');
      if (first < 0 || t[first].sentence !== t[i].sentence || !definedByAcronym(t, first, i - 1)) return null;
      const words = t
        .slice(first, i - 1)
        .map((w) => w.view)
        .join(' ');
      return knownPlace(words) === (type === 'location') ? { first, end: i - 1 } : null;
    },
  };
}

/** an acronym as a body writes it in brackets: capitals, a lowercase joining letter or two among them ("AfD", "PdL") */
const BRACKETED_ACRONYM = /^\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu})){1,6}$/u;

/**
 * `the far-right Alternative for Germany (AfD)`, `Kurdistan Workers' Party (PKK)`: an acronym in brackets right after a
 * capitalised name, whatever its letters spell (a translated name's are the original's), is a name; a body's (gold
 * acronyms so written are organisations 68 times in 86 over the labelled sets, a country's code 3: "(USA)", a place the
 * gazetteer knows, is left to it), not in a line in capitals ("LONG GILT (SEP)"); fills gaps only
 */
const bracketedAcronym: PatternRule = {
  reason: 'bracketed-acronym',
  type: 'organization',
  tier: 'context',
  find: (t, i) => {
    if (t[i - 1]?.view !== '(' || t[i + 1]?.view !== ')' || !BRACKETED_ACRONYM.test(t[i].view)) return null;
    const before = t[i - 2];
    if (!before?.cap || before.view === before.view.toUpperCase() || before.sentence !== t[i].sentence || knownPlace(t[i].view)) return null;
    // an acronym the words before spell is the rules' above to judge (a term's: "Creutzfeldt-Jakob Disease (CJD)"); a
    // results table's bracket after a club is part of its name ("Mladost (BJ) 4 0 1 3")
    if (spelledBefore(t, i - 1, t[i].view.toLowerCase(), 'capitals') >= 0 || /^\d/.test(t[i + 2]?.view ?? '')) return null;
    return { first: i, end: i + 1 };
  },
};

/** names their acronyms define: a place's when a gazetteer knows it, a body's otherwise; and an acronym in brackets after a name */
export const ACRONYM_RULES: PatternRule[] = [definedBy('organization'), definedBy('location'), bracketedAcronym];
