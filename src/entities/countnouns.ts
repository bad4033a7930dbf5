import type { EntityType, Mention } from '../core/types';

/**
 * which types lose a name the article also uses in the plural: an organisation's name that
 * inflects is a product or a kind of thing ("a Polaroid", "100 Polaroids"); a family ("the
 * Smiths") and places ("the two Koreas") keep theirs
 */
const COUNT_NOUN_IS_NO_NAME: Record<EntityType, boolean> = { person: false, organization: true, location: false };

/** one-word names that the article uses in the singular and the plural: proper names do not inflect */
function inflectedNames(mentions: readonly Mention[]): Set<string> {
  const words = new Set(mentions.filter((m) => !/\s/.test(m.text)).map((m) => m.text));
  const out = new Set<string>();
  for (const w of words) {
    if (w.length > 2 && w.endsWith('s') && words.has(w.slice(0, -1))) out.add(w).add(w.slice(0, -1));
  }
  return out;
}

/**
 * drops mentions of a name used as a count noun where any of its forms is read as a type that says
 * so: "a Polaroid" read as an organisation takes "100 Polaroids" read as people with it; caller
 * entries stay
 */
export function dropCountNouns(mentions: readonly Mention[]): Mention[] {
  const inflected = inflectedNames(mentions);
  if (!inflected.size) return [...mentions];
  const stem = (w: string) => (inflected.has(w) && w.endsWith('s') && inflected.has(w.slice(0, -1)) ? w.slice(0, -1) : w);
  const things = new Set(mentions.filter((m) => inflected.has(m.text) && COUNT_NOUN_IS_NO_NAME[m.type]).map((m) => stem(m.text)));
  return mentions.filter((m) => m.source === 'caller' || !inflected.has(m.text) || !things.has(stem(m.text)));
}
