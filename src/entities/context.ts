import { tokenRange } from '../core/tokens';
import type { Doc, Entity } from '../core/types';

/** what the detail stages read: the document and, per token, the entity a mention there belongs to */
export interface EntityContext {
  doc: Doc;
  entities: Entity[];
  /** entity whose mention covers token i */
  owner: (Entity | undefined)[];
}

export { tokenAt, tokenRange } from '../core/tokens';

export function entityContext(doc: Doc, entities: Entity[]): EntityContext {
  const owner: (Entity | undefined)[] = new Array(doc.tokens.length);
  for (const e of entities) {
    for (const m of e.mentions) {
      const [a, b] = tokenRange(doc.tokens, m);
      for (let i = a; i < b; i++) owner[i] = e;
    }
  }
  return { doc, entities, owner };
}
