import type { Doc, Mention } from '../core/types';
import { tokenRange } from './context';
import { placeOf } from './gazetteer';
import { nameKey } from './names';

/** words that put a place inside an organisation's name: "University of Texas at Arlington" */
const PLACE_JOINERS = new Set(['of', 'at', 'in']);

const isCap = (view: string) => /^\p{Lu}/u.test(view);

/**
 * the place an organisation's name contains is a mention of that place too ("Texas" and
 * "Arlington" in "University of Texas at Arlington", "Canada" in "Comic Corps of Canada"): the
 * capitalised words after "of", "at" or "in", up to the next joiner, if they name a known place or
 * a location the article tags elsewhere. a name's first words are left alone ("New York Stock
 * Exchange" is not New York), as news corpora that annotate nesting also leave them.
 */
export function nestedPlaces(mentions: readonly Mention[], doc: Doc): Mention[] {
  const { tokens } = doc;
  const located = new Set(mentions.filter((m) => m.type === 'location').map((m) => nameKey(m.text)));
  const added: Mention[] = [];
  for (const m of mentions) {
    if (m.type !== 'organization' || m.source === 'caller') continue;
    const [a, b] = tokenRange(tokens, m);
    for (let i = a + 1; i < b - 1; i++) {
      if (!PLACE_JOINERS.has(tokens[i].view)) continue;
      let j = i + 1;
      while (j < b && isCap(tokens[j].view) && !PLACE_JOINERS.has(tokens[j].view)) j++;
      // the longest run of capitalised words after the joiner that names a place
      for (let k = j; k > i + 1; k--) {
        const start = tokens[i + 1].start;
        const end = tokens[k - 1].end;
        const text = doc.text.slice(start, end);
        if (!located.has(nameKey(text)) && !placeOf(text)) continue;
        added.push({ start, end, text, type: 'location', source: 'gazetteer', reason: 'entities:nested-place', index: -1 });
        break;
      }
    }
  }
  if (!added.length) return [...mentions];
  return [...mentions, ...added].sort((x, y) => x.start - y.start || y.end - x.end).map((x, index) => ({ ...x, index }));
}
