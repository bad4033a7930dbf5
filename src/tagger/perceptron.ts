// inference: features → greedy BILOU decoding → PER / ORG / LOC candidates (MISC is dropped)
import type { Candidate, Doc, EntityType } from '../core/types';
import { decode, spansOf } from './decode';
import { extractFeatures } from './features';
import type { Model } from './model';

const OUTPUT: Array<EntityType | null> = ['person', 'organization', 'location', null];

/** BILOU tags of every token of the document */
export function tagTokens(doc: Doc, model: Model): Uint8Array {
  if (doc.tokens.length === 0) return new Uint8Array(0);
  return decode(extractFeatures(doc, model.gazetteer), model);
}

export function candidatesFromTags(doc: Doc, tags: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (const s of spansOf(tags)) {
    const type = OUTPUT[s.type];
    if (!type) continue;
    out.push({
      start: doc.tokens[s.first].start,
      end: doc.tokens[s.last].end,
      type,
      tier: 'tagger',
      reason: 'tagger',
    });
  }
  return out;
}

export function tagWithModel(doc: Doc, model: Model): Candidate[] {
  return candidatesFromTags(doc, tagTokens(doc, model));
}
