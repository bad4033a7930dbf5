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

/** drops mentions of a name used as a count noun, where its type says so; caller entries stay */
export function dropCountNouns(mentions: readonly Mention[]): Mention[] {
  const inflected = inflectedNames(mentions);
  if (!inflected.size) return [...mentions];
  return mentions.filter((m) => m.source === 'caller' || !COUNT_NOUN_IS_NO_NAME[m.type] || !inflected.has(m.text));
}
