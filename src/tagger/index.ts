// statistical NER: an averaged perceptron over BILOU tags (PER / ORG / LOC / MISC), trained by
// `npm run train` (scripts/train.ts) on CoNLL-2003 train; weights ship in ./weights.ts
import type { Candidate, Doc } from '../core/types';
import { GAZ_CLASSES } from './features';
import { decodeModel, type Model } from './model';
import { tagWithModel } from './perceptron';
import { GAZETTEER, WEIGHTS } from './weights';

let model: Model | null | undefined;

/** the decoded model, built on first use (null if the shipped weights are unusable) */
function loadModel(): Model | null {
  if (model === undefined) {
    try {
      model = decodeModel(WEIGHTS, GAZETTEER);
    } catch {
      model = null;
    }
  }
  return model;
}

/**
 * Replace the shipped model (scripts only: scripts/cv-pipeline.ts scores the whole pipeline with
 * each cross-validation fold's model). Not exported from the package entry.
 */
export function useModel(weights: string, gazetteer: string): void {
  model = decodeModel(weights, gazetteer);
}

/**
 * person / organisation / location spans the tagger finds, with token offsets into `doc.text`;
 * an error is the caller's to meet (candidates/ guards it: a warning, or thrown in strict mode)
 */
export function tagEntities(doc: Doc): Candidate[] {
  if (doc.tokens.length === 0) return [];
  const m = loadModel();
  if (!m) throw new Error('the tagger model could not be decoded');
  return tagWithModel(doc, m);
}

/** the gazetteer classes the model knows a lowercase phrase by (`['first']` for "yvette"), [] if none */
export function gazetteerClasses(phrase: string): string[] {
  const m = loadModel();
  const mask = m?.gazetteer.phrases.get(phrase) ?? 0;
  return GAZ_CLASSES.filter((_, k) => mask & (1 << k));
}
