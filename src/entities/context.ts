import { tokenRange } from '../core/tokens';
import type { Doc, Entity, Mention } from '../core/types';

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
  // an outer mention owns its tokens over a place nested in it (mentions/nested.ts)
  const spans: Array<{ e: Entity; m: Mention }> = [];
  for (const e of entities) for (const m of e.mentions) spans.push({ e, m });
  spans.sort((x, y) => y.m.end - y.m.start - (x.m.end - x.m.start));
  for (const { e, m } of spans) {
    const [a, b] = tokenRange(doc.tokens, m);
    for (let i = a; i < b; i++) owner[i] ??= e;
  }
  return { doc, entities, owner };
}
