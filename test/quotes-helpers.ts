import type { Entity, EntityType, Mention } from '../src/core/types';
import { buildDocument } from '../src/document';
import { noDetails } from '../src/entities';
import { attributeQuotes } from '../src/quotes';
import { SIEVES, selectSieves } from '../src/quotes/sieves';

export const SIEVE_NAMES = SIEVES.map((s) => s.name);

export interface EntitySpec {
  id: string;
  name: string;
  type?: EntityType;
  /** surface forms to find in the text; defaults to the name */
  forms?: string[];
  gender?: 'male' | 'female';
  roles?: string[];
}

/** a minimal entity whose mentions are every occurrence of its forms in `text` */
export function entity(text: string, spec: EntitySpec): Entity {
  const mentions: Mention[] = [];
  for (const form of spec.forms ?? [spec.name]) {
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) {
      mentions.push({ start: i, end: i + form.length, text: form, type: spec.type ?? 'person', tier: 'caller', reason: 'test', index: mentions.length });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const type = spec.type ?? 'person';
  return {
    id: spec.id,
    type,
    name: spec.name,
    aliases: [],
    mentions,
    gender: spec.gender,
    roles: spec.roles ?? [],
    salience: 0,
    details: noDetails(type),
  } as Entity;
}

/**
 * the quotes stage alone, on a document built from `text` and hand-made entities; strict, so a rule
 * that throws fails the test; `sieves` names the sieves to run (all by default), for ablations
 */
export function quotesOf(text: string, specs: EntitySpec[] = [], sieves?: readonly string[]) {
  const guard = { strict: true, warnings: [] as string[] };
  const quotes = attributeQuotes(
    buildDocument(text),
    specs.map((s) => entity(text, s)),
    guard,
    sieves ? selectSieves(sieves) : undefined,
  );
  return { quotes, warnings: guard.warnings };
}
