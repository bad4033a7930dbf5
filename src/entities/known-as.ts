import type { Doc, Mention } from '../core/types';
import { ALIAS_LINKS } from '../lexicon/aliases';
import { isAcronymText } from '../lexicon/name-forms';
import type { Cluster } from './cluster';

/**
 * `, known as `, `(also known as `: a comma or an opening bracket, then one of the links and the space after it, where the
 * alias starts; after an acronym in brackets, its closing bracket first ("Popular Mobilisation Forces (PMF), also known as
 * Hashd al-Shaabi", read from "PMF", the same entity's)
 */
const LINK = new RegExp(`^\\)?\\s*[,(]\\s*(?:${ALIAS_LINKS.map((l) => l.replace(/\./g, '\\.')).join('|')})\\s`, 'i');

/** an opening bracket right after a name, an acronym's, whatever its letters spell (a translated name's: "Kurdistan Workers' Party (PKK)") */
const BRACKET = /^\s*\(/;

/** how far after a name its alias may start, in characters: the longest link and its punctuation */
const LINK_REACH = Math.max(...ALIAS_LINKS.map((l) => l.length)) + 5;

/**
 * `General Mohamed Hamdan Dagalo, known as Hemedti,`: a name of the same type right after a name and an alias link
 * (lexicon/aliases.ts), or an acronym of the same type alone in brackets right after it, names the same one, so
 * their clusters are one entity (its fullest form names it, as any entity's; "Hemedti" an alias). One pass over the
 * mentions in text order; a merged cluster leaves the list
 */
export function joinKnownAs(clusters: Cluster[], doc: Doc): Cluster[] {
  const owner = new Map<Mention, Cluster>();
  for (const c of clusters) for (const m of c.mentions) owner.set(m, c);
  const byStart = new Map<number, Mention>();
  for (const m of owner.keys()) byStart.set(m.start, m);
  const merged = new Set<Cluster>();
  const ordered = [...owner.keys()].sort((a, b) => a.start - b.start);
  for (const m of ordered) {
    const after = doc.view.slice(m.end, m.end + LINK_REACH);
    const link = LINK.exec(after) ?? BRACKET.exec(after);
    const found = link && byStart.get(m.end + link[0].length);
    // a bare bracket links only an acronym that closes it: "Kurdistan Workers' Party (PKK)", whose letters are Kurdish
    const alias = found && (link[0].trim() !== '(' || (isAcronymText(found.text) && doc.view[found.end] === ')')) ? found : undefined;
    const into = owner.get(m);
    const from = alias && owner.get(alias);
    if (!alias || !into || !from || from === into || alias.type !== m.type) continue;
    into.mentions.push(...from.mentions);
    for (const k of from.keys) into.keys.add(k);
    for (const x of from.mentions) owner.set(x, into);
    merged.add(from);
  }
  if (!merged.size) return clusters;
  for (const c of clusters) if (!merged.has(c)) c.mentions.sort((a, b) => a.start - b.start);
  return clusters.filter((c) => !merged.has(c));
}
