import type { Candidate, Doc } from '../core/types';
import { STORM_WORDS } from '../lexicon/not-names';
import { STORM_CLASSES } from '../lexicon/storms';

/**
 * `Hurricane Katrina`, `Typhoon Haiyan`: the name after a storm's word is the storm's, and the
 * article's other mentions of it ("Katrina devastated refineries") are the storm too, not a
 * person, as is a run the tagger starts at the name, at the storm's word or at its class ("Tropical Storm"); the names so given in a
 * document, read once
 */
export function stormNames(doc: Doc): (c: Candidate) => boolean {
  const { tokens } = doc;
  const names = new Set<string>();
  const starts = new Set<number>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!tokens[i].cap || !STORM_WORDS.has(tokens[i].lower) || !tokens[i + 1].cap) continue;
    names.add(tokens[i + 1].view);
    starts.add(tokens[i + 1].start);
    // the run the tagger reads with the storm's word in it: "Officials said Cyclone Mocha will hit", and with the
    // storm's class before that word: "Tropical Storm Hilary", "Severe Tropical Cyclone Ilsa", "Super Typhoon Mawar"
    starts.add(tokens[i].start);
    for (let k = i - 1; k >= 0 && tokens[k].cap && STORM_CLASSES.has(tokens[k].lower); k--) starts.add(tokens[k].start);
  }
  return (c) => c.tier !== 'caller' && names.size > 0 && (starts.has(c.start) || names.has(doc.view.slice(c.start, c.end)));
}
