// gold JSONL → library tokens → BILOU tag sequences (reads ../shared/data; nothing is copied)
import { readFileSync, existsSync } from 'node:fs';
import { buildDocument } from '../../src/document/index';
import type { Doc } from '../../src/core/types';
import { makeTag } from '../../src/tagger/features';

export interface GoldEntity {
  type: 'person' | 'organization' | 'location' | 'other';
  start: number;
  end: number;
  head?: [number, number];
}
export interface GoldDoc {
  id: string;
  set: string;
  text: string;
  tasks: string[];
  entities: GoldEntity[];
}

export const TYPE_INDEX: Record<string, number> = { person: 0, organization: 1, location: 2, other: 3 };

export function readJsonl(path: string): GoldDoc[] | null {
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GoldDoc);
}

export interface Projection {
  tags: Uint8Array;
  spans: number;
  misaligned: number;
  overlapping: number;
}

/** tag every token a gold span covers; count spans whose edges fall inside a token */
export function project(doc: Doc, entities: GoldEntity[]): Projection {
  const tags = new Uint8Array(doc.tokens.length);
  let misaligned = 0;
  let overlapping = 0;
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const e of sorted) {
    const idx: number[] = [];
    for (const t of doc.tokens) {
      if (t.end <= e.start) continue;
      if (t.start >= e.end) break;
      idx.push(t.index);
    }
    if (idx.length === 0) {
      misaligned++;
      continue;
    }
    const first = doc.tokens[idx[0]];
    const last = doc.tokens[idx[idx.length - 1]];
    if (first.start !== e.start || last.end !== e.end) misaligned++;
    if (idx.some((i) => tags[i] !== 0)) {
      overlapping++;
      continue;
    }
    const type = TYPE_INDEX[e.type];
    if (idx.length === 1) tags[idx[0]] = makeTag(type, 3);
    else {
      idx.forEach((i, k) => {
        tags[i] = makeTag(type, k === 0 ? 0 : k === idx.length - 1 ? 2 : 1);
      });
    }
  }
  // an entity must not cross a sentence boundary for BILOU decoding: cut it there
  for (const s of doc.sentences) {
    const a = s.tokenStart;
    const b = s.tokenEnd - 1;
    fixEdge(tags, a, true);
    fixEdge(tags, b, false);
  }
  return { tags, spans: entities.length, misaligned, overlapping };
}

function fixEdge(tags: Uint8Array, i: number, start: boolean): void {
  const t = tags[i];
  if (!t) return;
  const type = (t - 1) >> 2;
  const part = (t - 1) & 3;
  if (start && (part === 1 || part === 2)) tags[i] = makeTag(type, part === 1 ? 0 : 3);
  if (!start && (part === 0 || part === 1)) tags[i] = makeTag(type, part === 0 ? 3 : 2);
}

export interface Prepared {
  gold: GoldDoc;
  doc: Doc;
  tags: Uint8Array;
}

export function prepare(docs: GoldDoc[]): { prepared: Prepared[]; spans: number; misaligned: number; overlapping: number } {
  let spans = 0;
  let misaligned = 0;
  let overlapping = 0;
  const prepared = docs.map((gold) => {
    const doc = buildDocument(gold.text);
    const p = project(doc, gold.entities);
    spans += p.spans;
    misaligned += p.misaligned;
    overlapping += p.overlapping;
    return { gold, doc, tags: p.tags };
  });
  return { prepared, spans, misaligned, overlapping };
}
