import type { Entity, EntityType } from './core/types';
import type { Extraction, Quote } from './schema';

// the shared fields first, then the type's own (defaults filled where a stage found nothing)
const publicEntity = (e: Entity) => ({
  id: e.id,
  name: e.name,
  aliases: e.aliases,
  mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, source: m.reason })),
  salience: e.salience,
  ...e.details,
});

const ofType = (entities: readonly Entity[], type: EntityType) => entities.filter((e) => e.type === type).map(publicEntity);

/**
 * the most warnings listed: a text with thousands of unbalanced marks would otherwise give a warning
 * each, longer than the text itself; the rest are counted in one last warning
 */
export const MAX_WARNINGS = 20;

const listed = (warnings: readonly string[]): string[] =>
  warnings.length <= MAX_WARNINGS
    ? [...warnings]
    : [...warnings.slice(0, MAX_WARNINGS), `dramatis: ${warnings.length - MAX_WARNINGS} more warnings not listed`];

/** the public result: entities split by type, in salience order */
export function toResult(entities: readonly Entity[], quotes: Quote[], warnings: string[]): Extraction {
  return {
    actors: ofType(entities, 'person'),
    organizations: ofType(entities, 'organization'),
    locations: ofType(entities, 'location'),
    quotes,
    warnings: listed(warnings),
  } as Extraction;
}
