import type { Doc, Entity } from '../core/types';
import type { Quote } from '../schema';

/**
 * 0–1 salience from how often an entity is mentioned, how early it first appears, and whether
 * it speaks; entities come back sorted by it (ties: first mention)
 */
export function rankEntities(entities: Entity[], quotes: readonly Quote[], doc: Doc): Entity[] {
  const speakers = new Set(quotes.map((q) => q.speaker?.entityId).filter(Boolean));
  const maxCount = Math.max(1, ...entities.map((e) => e.mentions.length));
  const length = Math.max(1, doc.text.length);
  for (const e of entities) {
    const frequency = Math.log1p(e.mentions.length) / Math.log1p(maxCount);
    const position = 1 - e.mentions[0].start / length;
    const quoted = speakers.has(e.id) ? 1 : 0;
    e.salience = Math.round((0.6 * frequency + 0.25 * position + 0.15 * quoted) * 1000) / 1000;
  }
  return [...entities].sort((a, b) => b.salience - a.salience || a.mentions[0].start - b.mentions[0].start);
}
