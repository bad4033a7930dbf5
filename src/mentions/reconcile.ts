import type { EntityType, Mention } from '../core/types';
import { FACILITY_HEADS } from '../lexicon/features';
import { countryOf } from '../lexicon/gazetteer';
import { nameKey } from '../core/names';
import { nameWords } from '../lexicon/name-forms';

// "Metro Toronto Convention Centre", "Chiang Kai Shek Memorial Hall Station": a named building or site
const isFacility = (text: string): boolean => {
  const words = text.split(' ');
  const last = words.at(-1)!;
  return words.length > 1 && /^\p{Lu}/u.test(last) && FACILITY_HEADS.has(last.toLowerCase());
};

/** a pattern reads a cue in the text (a title, an honorific, `who`): it outweighs several guesses of the tagger */
const PATTERN_VOTES = 3;

/**
 * one type per name in an article: a single word that is a known person's surname is that
 * person ("Bar" after "Ronen Bar"); a country name is the country even where it acts
 * ("Qatar brokered"); a name ending in a building's head noun is a place, not the body that runs
 * it ("Century City Towers"); otherwise the majority type of the name wins, ties to the first.
 * caller entries are never retyped.
 */
export function reconcileTypes(mentions: readonly Mention[]): Mention[] {
  const surnames = new Set(mentions.filter((m) => m.type === 'person' && nameWords(m.text).length > 1).map((m) => nameWords(m.text).at(-1)!));
  const votes = new Map<string, Map<EntityType, number>>();
  for (const m of mentions) {
    const k = nameKey(m.text);
    const v = votes.get(k) ?? new Map<EntityType, number>();
    v.set(m.type, (v.get(m.type) ?? 0) + (m.tier === 'pattern' ? PATTERN_VOTES : 1));
    votes.set(k, v);
  }
  return mentions.map((m) => {
    if (m.tier === 'caller') return m;
    const k = nameKey(m.text);
    if (m.type !== 'person' && surnames.has(k)) return { ...m, type: 'person', reason: `${m.reason}>surname` };
    if (m.type === 'organization' && countryOf(m.text)) return { ...m, type: 'location', kind: 'country', reason: `${m.reason}>country-actor` };
    if (m.type === 'organization' && isFacility(m.text)) return { ...m, type: 'location', kind: 'feature', reason: `${m.reason}>facility` };
    const v = votes.get(k)!;
    let best = m.type;
    for (const [t, n] of v) if (n > (v.get(best) ?? 0)) best = t;
    return best === m.type ? m : { ...m, type: best, reason: `${m.reason}>majority` };
  });
}
