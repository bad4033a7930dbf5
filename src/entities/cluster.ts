import type { EntityType, Mention } from '../core/types';
import { acronymKey, initials, nameKey, nameWords } from './names';

export interface Cluster {
  type: EntityType;
  mentions: Mention[];
  /** name keys the cluster answers to */
  keys: Set<string>;
}

/** how a new mention may join an existing cluster of its type, tried in order */
type AliasRule = (mention: Mention, cluster: Cluster) => boolean;

const sameKey: AliasRule = (m, c) => c.keys.has(nameKey(m.text));
// a caller entry's aliases are one entity with it
const sameEntry: AliasRule = (m, c) => !!m.canonical && c.mentions.some((x) => x.canonical === m.canonical);
// "Sa'ar" → "Gideon Sa'ar"; "Netanyahu" → "Benjamin Netanyahu"
const surname: AliasRule = (m, c) => {
  const w = nameWords(m.text);
  return w.length === 1 && [...c.keys].some((k) => k.split(' ').length > 1 && k.endsWith(` ${w[0]}`));
};
const firstName: AliasRule = (m, c) => {
  const w = nameWords(m.text);
  return w.length === 1 && [...c.keys].some((k) => k.split(' ').length === 2 && k.startsWith(`${w[0]} `));
};
// "IDF" ↔ "Israel Defense Forces"
const acronym: AliasRule = (m, c) => {
  const a = acronymKey(m.text);
  if (a) return [...c.keys].some((k) => k.includes(' ') && initials(k) === a);
  const own = initials(m.text);
  return own.length > 1 && nameWords(m.text).length > 1 && [...c.keys].some((k) => acronymKey(k.toUpperCase()) === own && !k.includes(' '));
};
// gazetteer codes: "U.S." and "United States" both carry gazetteer:country:US
const sameCountry: AliasRule = (m, c) =>
  m.reason.startsWith('gazetteer:country:') && c.mentions.some((x) => x.reason === m.reason);

export const ALIAS_RULES: Record<EntityType, AliasRule[]> = {
  person: [sameEntry, sameKey, surname, firstName],
  organization: [sameEntry, sameKey, acronym],
  location: [sameEntry, sameKey, sameCountry, acronym],
};

/**
 * clusters mentions of one type: longer names first so that a surname met before the full name
 * still joins it; among equal candidates the most recently mentioned cluster wins.
 */
export function clusterMentions(mentions: readonly Mention[]): Cluster[] {
  const clusters: Cluster[] = [];
  const ordered = [...mentions].sort(
    (a, b) => nameWords(b.text).length - nameWords(a.text).length || a.start - b.start,
  );
  for (const m of ordered) {
    const rules = ALIAS_RULES[m.type];
    const joined = rules
      .map((rule) => clusters.filter((c) => c.type === m.type && rule(m, c)))
      .find((hits) => hits.length > 0);
    const target = joined?.sort((a, b) => nearest(b, m) - nearest(a, m) || a.mentions[0].start - b.mentions[0].start)[0];
    if (target) {
      target.mentions.push(m);
      target.keys.add(nameKey(m.text));
    } else {
      clusters.push({ type: m.type, mentions: [m], keys: new Set([nameKey(m.text)]) });
    }
  }
  for (const c of clusters) c.mentions.sort((a, b) => a.start - b.start);
  return clusters.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** the latest mention of the cluster before `m`, so a surname joins the person last named */
const nearest = (c: Cluster, m: Mention): number =>
  Math.max(-1, ...c.mentions.filter((x) => x.start < m.start).map((x) => x.start));
