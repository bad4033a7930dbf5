import type { Doc, Entity, Token } from '../core/types';

/** what the detail stages read: the document and, per token, the entity a mention there belongs to */
export interface EntityContext {
  doc: Doc;
  entities: Entity[];
  /** entity whose mention covers token i */
  owner: (Entity | undefined)[];
}

/** index of the first token starting at or after `offset` */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** token range `[first, end)` a span covers */
export function tokenRange(tokens: readonly Token[], span: { start: number; end: number }): [number, number] {
  const first = tokenAt(tokens, span.start);
  let end = first;
  while (end < tokens.length && tokens[end].start < span.end) end++;
  return [first, end];
}

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
