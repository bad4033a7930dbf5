import type { Doc, Entity, Mention } from '../core/types';
import { clusterMentions, type Cluster } from './cluster';
import { displayName, nameWords } from './names';
import { reconcileTypes } from './types';

const ID_PREFIX = { person: 'p', organization: 'o', location: 'l' } as const;

/** the fullest form names the entity: most words, then most frequent, then first met */
function canonicalName(c: Cluster): string {
  const caller = c.mentions.find((m) => m.canonical);
  if (caller?.canonical) return caller.canonical;
  const counts = new Map<string, number>();
  for (const m of c.mentions) counts.set(displayName(m.text), (counts.get(displayName(m.text)) ?? 0) + 1);
  return [...counts.keys()].sort(
    (a, b) => nameWords(b).length - nameWords(a).length || counts.get(b)! - counts.get(a)!,
  )[0];
}

/** typed mentions → one entity per real-world referent, ids in order of first mention */
export function buildEntities(mentions: readonly Mention[], _doc: Doc): Entity[] {
  const counters = { person: 0, organization: 0, location: 0 };
  return clusterMentions(reconcileTypes(mentions)).map((c) => {
    const name = canonicalName(c);
    const aliases = [...new Set(c.mentions.map((m) => m.text))].filter((a) => a !== name);
    return {
      id: `${ID_PREFIX[c.type]}${++counters[c.type]}`,
      type: c.type,
      name,
      aliases,
      mentions: c.mentions,
      roles: [],
      salience: 0,
      details: c.type === 'location' ? { kind: c.mentions.find((m) => m.kind)?.kind ?? 'other' } : {},
    };
  });
}
