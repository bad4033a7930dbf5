// inference: features → greedy BILOU decoding → PER / ORG / LOC candidates (MISC is dropped)
import type { Candidate, Doc, EntityType } from '../core/types';
import { decode, spansOf } from './decode';
import { extractFeatures } from './features';
import type { Model } from './model';
import { continues } from './join';
import { arrayPool, type Arrays } from './arrays';
import { WordTable } from './words';

const OUTPUT: Array<EntityType | null> = ['person', 'organization', 'location', null];

/** what tagging keeps between documents for each model: its word table (words.ts) and a pool of typed arrays (arrays.ts), made at its first document */
interface RunState {
  words: WordTable;
  arrays: Arrays;
}
const states = new WeakMap<Model, RunState>();
function runState(model: Model): RunState {
  let state = states.get(model);
  if (!state) states.set(model, (state = { words: new WordTable(model, model.gazetteer), arrays: arrayPool() }));
  return state;
}

/** BILOU tags of every token of the document */
export function tagTokens(doc: Doc, model: Model): Uint8Array {
  if (doc.tokens.length === 0) return new Uint8Array(0);
  return decode(extractFeatures(doc, model.gazetteer), model);
}

/**
 * every tag of tokens [first, last] leads "no name" by `minLead` at least (the model's, meta.json), but for a
 * word opening the sentence before more of the name: a greeting or a title there ("Hey Ginny") is the edge rules' to cut
 */
function sure(doc: Doc, margins: Float64Array, minLead: number, first: number, last: number): boolean {
  const from = first < last && doc.tokens[first].opensSentence ? first + 1 : first;
  for (let i = from; i <= last; i++) if (margins[i] < minLead) return false;
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

/**
 * `Kassym-Jomart Tokayev`: an unsure span of one word right after a sure person's name, where
 * join.ts would join the two (continues), is kept for it to read as the rest of that name
 */
function follows(doc: Doc, spans: ReturnType<typeof spansOf>, isSure: boolean[], k: number): boolean {
  const [prev, s] = [spans[k - 1], spans[k]];
  if (!prev || !isSure[k - 1] || OUTPUT[prev.type] !== 'person' || s.first !== s.last) return false;
  const t = doc.tokens;
  return continues(doc, { start: t[prev.first].start, end: t[prev.last].end }, { start: t[s.first].start, end: t[s.last].end });
}

/**
 * the spans of `tags` as candidates; with `sureOf` (each tag's lead over O, and the least lead that
 * counts), only the spans the model is sure of
 */
export function candidatesFromTags(doc: Doc, tags: Uint8Array, sureOf?: { margins: Float64Array; minLead: number; keepUnsure?: boolean }): Candidate[] {
  const out: Candidate[] = [];
  const spans = spansOf(tags);
  // the words of the spans the model is sure of: an unsure span all of whose words it is sure of elsewhere stays ("Apple said" after "Apple Inc.")
  const isSure = sureOf ? spans.map((s) => sure(doc, sureOf.margins, sureOf.minLead, s.first, s.last)) : null;
  const sureWords = new Set<string>();
  for (const [k, s] of spans.entries()) if (isSure?.[k]) addWords(doc, sureWords, s.first, s.last);
  for (const [k, s] of spans.entries()) {
    const type = OUTPUT[s.type];
    if (!type) continue;
    const unsure = !!isSure && !isSure[k] && !allIn(doc, sureWords, s.first, s.last) && !follows(doc, spans, isSure, k);
    if (unsure && !sureOf?.keepUnsure) continue;
    out.push({
      start: doc.tokens[s.first].start,
      end: doc.tokens[s.last].end,
      type,
      tier: 'tagger',
      reason: 'tagger',
      ...(unsure ? { unsure } : {}),
    });
  }
  return out;
}

/**
 * the run-time tagging: the spans the model is sure of (their every tag leads O by the model's minLead);
 * with `keepUnsure`, the others too, marked `unsure`
 */
export function tagWithModel(doc: Doc, model: Model, keepUnsure = false): Candidate[] {
  if (doc.tokens.length === 0) return [];
  const { words, arrays } = runState(model);
  arrays.reset();
  const margins = arrays.float64(doc.tokens.length);
  const tags = decode(extractFeatures(doc, model.gazetteer, words, arrays), model, undefined, margins);
  return candidatesFromTags(doc, tags, { margins, minLead: model.minLead, keepUnsure });
}
