import type { Doc, Entity } from '../core/types';
import type { Quote } from '../schema';

/** quotations with their kind, speaker and cue (the quotes stage) */
export function attributeQuotes(_doc: Doc, _entities: readonly Entity[], _warnings: string[]): Quote[] {
  return [];
}
