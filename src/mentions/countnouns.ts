import type { EntityType, Mention } from '../core/types';

/**
 * which types lose a name the article also uses in the plural: an organisation's name that
 * inflects is a product or a kind of thing ("a Polaroid", "100 Polaroids"); a family ("the
 * Smiths") and places ("the two Koreas") keep theirs
 */
const COUNT_NOUN_IS_NO_NAME: Record<EntityType, boolean> = { person: false, organization: true, location: false };

/** one-word names that the article uses in the singular and the plural, each to its singular: proper names do not inflect */
function inflectedNames(mentions: readonly Mention[]): Map<string, string> {
  const words = new Set(mentions.filter((m) => !/\s/.test(m.text)).map((m) => m.text));
  const out = new Map<string, string>();
  for (const w of words) {
    const one = w.slice(0, -1);
    if (w.length > 2 && w.endsWith('s') && words.has(one)) out.set(w, one).set(one, out.get(one) ?? one);
  }
  return out;
}

/**
 * drops mentions of a name used as a count noun where any of its forms is read as a type that says
 * so: "a Polaroid" read as an organisation takes "100 Polaroids" read as people with it; caller
 * entries stay
 */
export function dropCountNouns(mentions: readonly Mention[]): Mention[] {
  const singular = inflectedNames(mentions);
  if (!singular.size) return [...mentions];
  const things = new Set(mentions.filter((m) => singular.has(m.text) && COUNT_NOUN_IS_NO_NAME[m.type]).map((m) => singular.get(m.text)));
  return mentions.filter((m) => m.tier === 'caller' || !things.has(singular.get(m.text)));
}
