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

/** names their acronyms define: a place's when a gazetteer knows it, a body's otherwise */
export const ACRONYM_RULES: PatternRule[] = [definedBy('organization'), definedBy('location')];
