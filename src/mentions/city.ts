import type { Doc, Mention } from '../core/types';
import { CITY_WORD as CITY } from '../lexicon/gazetteer';
import { cityNamePlace } from '../lexicon/features';

/**
 * `Mexico City`, `Texas City`, `New York City`: the tagger reads a known country, state or city and the "City" after it
 * as two places, "Mexico" and "City"; the two, one space apart, are one city. a run the tagger
 * reads whole ("Kansas City" the team, "Manchester City" the club) is not touched. the joined
 * mentions are new (index -1), the others the same objects
 */
export function joinCities(mentions: readonly Mention[], doc: Doc): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const [m, next] = [mentions[i], mentions[i + 1]];
    if (next && next.text === CITY && next.tier === 'tagger' && next.start === m.end + 1 && doc.text[m.end] === ' ' && joinsCity(m)) {
      const { countryCode: _named, ...place } = m;
      out.push({ ...place, end: next.end, text: doc.text.slice(m.start, next.end), type: 'location', kind: 'city', reason: `${m.reason}+city`, index: -1 });
      i++;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** a known country, region or city taken as a place ("Mexico", "Texas", "New York") */
const joinsCity = (m: Mention): boolean => m.type === 'location' && m.tier !== 'caller' && cityNamePlace(m.text) !== null;
