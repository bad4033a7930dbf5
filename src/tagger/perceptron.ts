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

/**
 * the least lead a span's every tag must hold over "no name" (O) for the span to count at run time: a
 * tag the model barely prefers is mostly a false name on text unlike its training (web text, other
 * genres). of the shipped model's spans with a lead under 10, a gold name (span and type) is 15 in 100
 * on UNER EWT dev (of 121), 17 on GUM genres (441), 18 on Wikigold (175), 37 on CoNLL dev (76), and no gold
 * name touches 63, 33, 19 and 21 in 100 of them. dropping them (unless the model is sure of all their
 * words elsewhere in the text) moves the leave-one-corpus-out strict F1 from 74.03 to 74.41: CoNLL dev
 * 93.58 → 93.65, GUM news 68.67 → 69.02, GUM genres 69.82 → 70.07, Wikigold 72.63 → 72.72, UNER 65.47 → 66.60
 * (lenient precision 66.5 → 69.5). in the model's score units: check it again after a retraining
 */
const MIN_LEAD = 10;

/**
 * every tag of tokens [first, last] leads "no name" by MIN_LEAD at least, but for a word opening the
 * sentence before more of the name: a greeting or a title there ("Hey Ginny") is the edge rules' to cut
 */
function sure(doc: Doc, margins: Float64Array, first: number, last: number): boolean {
  const from = first < last && doc.tokens[first].opensSentence ? first + 1 : first;
  for (let i = from; i <= last; i++) if (margins[i] < MIN_LEAD) return false;
  return true;
}

/** the words of tokens [first, last], lowercase, into `words` */
const addWords = (doc: Doc, words: Set<string>, first: number, last: number) => {
  for (let i = first; i <= last; i++) words.add(doc.tokens[i].lower);
};

/** every word of tokens [first, last] is one of `words` */
const allIn = (doc: Doc, words: Set<string>, first: number, last: number) => {
  for (let i = first; i <= last; i++) if (!words.has(doc.tokens[i].lower)) return false;
  return true;
};

/** the spans of `tags` as candidates; with `margins` (each tag's lead over O), only the spans the model is sure of */
export function candidatesFromTags(doc: Doc, tags: Uint8Array, margins?: Float64Array): Candidate[] {
  const out: Candidate[] = [];
  const spans = spansOf(tags);
  // the words of the spans the model is sure of: an unsure span all of whose words it is sure of elsewhere stays ("Apple said" after "Apple Inc.")
  const isSure = margins ? spans.map((s) => sure(doc, margins, s.first, s.last)) : null;
  const sureWords = new Set<string>();
  for (const [k, s] of spans.entries()) if (isSure?.[k]) addWords(doc, sureWords, s.first, s.last);
  for (const [k, s] of spans.entries()) {
    const type = OUTPUT[s.type];
    if (!type) continue;
    if (isSure && !isSure[k] && !allIn(doc, sureWords, s.first, s.last)) continue;
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

/** the run-time tagging: the spans the model is sure of */
export function tagWithModel(doc: Doc, model: Model): Candidate[] {
  if (doc.tokens.length === 0) return [];
  const margins = new Float64Array(doc.tokens.length);
  return candidatesFromTags(doc, decode(extractFeatures(doc, model.gazetteer), model, undefined, margins), margins);
}
