// meta.json, the model's papers (written by `npm run train`): what it was trained with and on, and
// what the running code must match before its weights are used, as spaCy refuses a model whose
// feature set is not its own
import { GAZ_CLASSES } from '../lexicon/phrase-classes';
import { TAGS } from './features';
import { featureFingerprint } from './fingerprint';
import { decodeModel, MODEL_FORMAT, readHeader, type Model } from './model';

/** the fields the code checks; the rest (config, data, scores, sources) is for people */
export interface ModelMeta {
  name: string;
  version: string;
  format: string;
  tags: readonly string[];
  featureSet: { fingerprint: string; templates: Record<string, number> };
  gazetteer: { classes: readonly string[] };
  size: { features: number; weights: number; bytes: number };
  /** how the running code reads the weights, chosen by training: the least lead over O a tagged span keeps (Model.minLead) */
  decoding: { minLead: number };
}

export interface ModelFiles {
  /** weights.bin */
  weights: Uint8Array;
  /** gazetteer.txt */
  gazetteer: string;
  /** clusters.txt (empty: a model trained without word clusters) */
  clusters: string;
  /** meta.json */
  meta: ModelMeta;
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const list = (xs: readonly string[]) => xs.join(' ');

/**
 * why this code must not use the model; empty when it may. The feature fingerprint (the features
 * of a probe text, some 10 ms of a cold start) is left out for the shipped model, whose
 * fingerprint test/tagger-model.test.ts checks against this code before anything ships
 */
export function metaProblems(meta: ModelMeta, weights: Uint8Array, { fingerprint = true } = {}): string[] {
  const out: string[] = [];
  if (meta.format !== MODEL_FORMAT) out.push(`its format is ${meta.format}, this code reads ${MODEL_FORMAT}`);
  if (!same(meta.tags ?? [], TAGS)) out.push(`its tag set is [${list(meta.tags ?? [])}], this code's is [${list(TAGS)}]`);
  const features = fingerprint ? featureFingerprint() : meta.featureSet?.fingerprint;
  if (meta.featureSet?.fingerprint !== features) {
    out.push(`its feature fingerprint is ${meta.featureSet?.fingerprint}, this code's is ${features}: feature extraction changed since it was trained`);
  }
  if (!same(meta.gazetteer?.classes ?? [], GAZ_CLASSES)) {
    out.push(`its gazetteer classes are [${list(meta.gazetteer?.classes ?? [])}], this code's are [${list(GAZ_CLASSES)}]`);
  }
  const minLead = meta.decoding?.minLead;
  if (typeof minLead !== 'number' || !(minLead >= 0)) out.push(`its decoding.minLead is ${minLead}, not a lead of 0 or more`);
  const header = readHeader(weights);
  if (!header) out.push(`weights.bin does not start with the ${MODEL_FORMAT} magic`);
  else if (weights.length !== meta.size?.bytes || header.features !== meta.size?.features) {
    out.push(`weights.bin has ${weights.length} bytes and ${header.features} features, meta.json says ${meta.size?.bytes} and ${meta.size?.features}`);
  }
  return out;
}

/**
 * the model, once its meta.json is found to match this code and its weights; throws why not.
 * `shipped`: the model in the bundle, whose feature fingerprint the tests check (see metaProblems)
 */
export function loadModel({ weights, gazetteer, clusters, meta }: ModelFiles, { shipped = false } = {}): Model {
  const problems = metaProblems(meta, weights, { fingerprint: !shipped });
  if (!problems.length) {
    const model = decodeModel(weights, gazetteer, clusters, meta.decoding.minLead);
    if (model.weights === meta.size.weights) return model;
    problems.push(`weights.bin holds ${model.weights} weights, meta.json says ${meta.size.weights}`);
  }
  throw new Error(`dramatis tagger: model ${meta.name} ${meta.version} refused: ${problems.join('; ')}. Retrain it: \`npm run train\`.`);
}
