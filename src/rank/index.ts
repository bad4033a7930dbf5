// the last step: entities ranked by salience, once the quotes say who speaks
import { firstWhere } from '../core/search';
import type { Doc, Entity } from '../core/types';
import type { Quote } from '../schema';

/** what salience weighs, summing to 1: how often, how early, whether the entity speaks, how widely */
export const SALIENCE_WEIGHTS = { frequency: 0.55, position: 0.2, quoted: 0.15, spread: 0.1 };

/**
 * 0–1 salience from how often an entity is mentioned (log-scaled against the most mentioned),
 * how early it first appears, whether a quote is attributed to it and how many paragraphs name it;
 * entities come back sorted by it (ties: first mention)
 */
export function rankEntities(entities: Entity[], quotes: readonly Quote[], doc: Doc): Entity[] {
  const speakers = new Set(quotes.map((q) => q.speaker?.entityId).filter(Boolean));
  // a loop, not Math.max(...spread): an article may name more entities than a call takes arguments
  const maxCount = entities.reduce((n, e) => Math.max(n, e.mentions.length), 1);
  const length = Math.max(1, doc.text.length);
  const paragraphs = Math.max(1, doc.paragraphs.length);
  const paragraphOf = (offset: number) => firstWhere(doc.paragraphs, (p) => offset < p.end);
  const w = SALIENCE_WEIGHTS;
  for (const e of entities) {
    if (!e.mentions.length) continue;
    const frequency = Math.log1p(e.mentions.length) / Math.log1p(maxCount);
    const position = 1 - Math.min(1, e.mentions[0].start / length);
    const quoted = speakers.has(e.id) ? 1 : 0;
    const spread = paragraphs > 1 ? (new Set(e.mentions.map((m) => paragraphOf(m.start))).size - 1) / (paragraphs - 1) : 1;
    const score = w.frequency * frequency + w.position * position + w.quoted * quoted + w.spread * spread;
    e.salience = Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
  }
  return [...entities].sort((a, b) => b.salience - a.salience || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}
