// the files `npm run train` writes: weights.bin, clusters.txt (the word clusters it was trained
// with, copied) and meta.json into src/tagger, gazetteer.txt (the phrase lists its features read)
// into src/lexicon, where the mention stages read it too; a directory given (OUT, a fold) gets all four.
// Nothing in them depends on the machine, the clock or the path: the same data and config give
// the same bytes
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseClusters } from '../../src/tagger/clusters';
import { GAZ_CLASSES } from '../../src/lexicon/phrase-classes';
import { TAGS, TEMPLATES } from '../../src/tagger/features';
import { featureFingerprint } from '../../src/tagger/fingerprint';
import { loadModel, type ModelFiles, type ModelMeta } from '../../src/tagger/meta';
import { MODEL_FORMAT, MU } from '../../src/tagger/model';
import type { DataSet, Provenance, TrainConfig } from './config';
import type { Encoded } from './encode';
import { f1, type Counts, type Scores } from './score';

export const MODEL_FILES = ['weights.bin', 'gazetteer.txt', 'clusters.txt', 'meta.json'] as const;
type ModelFile = (typeof MODEL_FILES)[number];

/** the directory of each of the shipped model's files, under the repository's root */
export const shippedHomes = (root: string): Record<ModelFile, string> => ({
  'weights.bin': resolve(root, 'src/tagger'),
  'gazetteer.txt': resolve(root, 'src/lexicon'),
  'clusters.txt': resolve(root, 'src/tagger'),
  'meta.json': resolve(root, 'src/tagger'),
});

export const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

export interface UsedData extends DataSet {
  role: string;
  bytes: number;
  sha256: string;
}

/** a data set as meta.json describes it: what it is, its licence, and the exact file */
export function usedData(role: string, set: DataSet, path: string): UsedData {
  const bytes = readFileSync(path);
  return { role, ...set, bytes: bytes.length, sha256: sha256(bytes) };
}

export interface Trained {
  config: TrainConfig;
  provenance: Provenance;
  model: Encoded;
  gazetteer: { text: string; counts: number[] };
  /** clusters.txt as trained with ('' for none) */
  clusters: string;
  data: UsedData[];
  /** the shipped (quantised) model's scores, by set name */
  scores: Record<string, Scores>;
}

const round = (x: number) => Math.round(x * 100) / 100;
const prf = (c: Counts) => ({
  p: round(c.pred ? (100 * c.tp) / c.pred : 0),
  r: round(c.gold ? (100 * c.tp) / c.gold : 0),
  f1: round(f1(c)),
});
const summary = (s: Scores) => ({
  strict: Object.fromEntries(Object.entries(s.strict).map(([t, c]) => [t, prf(c)])),
  lenient: Object.fromEntries(Object.entries(s.lenient).map(([t, c]) => [t, prf(c)])),
});

export function buildMeta(t: Trained): ModelMeta & Record<string, unknown> {
  const { config } = t;
  const meta = {
    name: config.model.name,
    version: config.model.version,
    description: config.model.description,
    trainedWith: { dramatis: t.provenance.dramatis },
    format: MODEL_FORMAT,
    quantisation: { bits: 8, curve: 'mu-law', mu: MU },
    size: { features: t.model.features, weights: t.model.weights, bytes: t.model.bytes.length },
    decoding: config.decoding,
    tags: TAGS,
    featureSet: { fingerprint: featureFingerprint(), templates: TEMPLATES },
    gazetteer: {
      classes: GAZ_CLASSES,
      phrases: Object.fromEntries(GAZ_CLASSES.map((c, k) => [c, t.gazetteer.counts[k]])),
      sources: t.provenance.gazetteerSources,
    },
    files: {
      'weights.bin': { bytes: t.model.bytes.length, sha256: sha256(t.model.bytes) },
      'gazetteer.txt': { bytes: Buffer.byteLength(t.gazetteer.text), sha256: sha256(t.gazetteer.text) },
      'clusters.txt': { bytes: Buffer.byteLength(t.clusters), sha256: sha256(t.clusters), words: parseClusters(t.clusters).size },
    },
    training: config.training,
    data: t.data,
    scores: Object.fromEntries(Object.entries(t.scores).map(([name, s]) => [name, summary(s)])),
  };
  return meta;
}

const inlineJson = (v: unknown): string => {
  if (Array.isArray(v)) return `[${v.map(inlineJson).join(', ')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v);
    return entries.length ? `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${inlineJson(x)}`).join(', ')} }` : '{}';
  }
  return JSON.stringify(v);
};

/**
 * JSON with two-space indents, for people to read and diff: a value on one line when it fits in
 * 100 columns (`column`: where it starts), a list of numbers or short strings filled into lines
 */
export function formatJson(value: unknown, indent = '', column = indent.length): string {
  const flat = inlineJson(value);
  if (!value || typeof value !== 'object' || column + flat.length <= 100) return flat;
  const inner = `${indent}  `;
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  const entries: Array<[string, unknown]> = Array.isArray(value) ? value.map((x) => ['', x]) : Object.entries(value);
  const key = (k: string) => (Array.isArray(value) ? '' : `${JSON.stringify(k)}: `);
  let lines: string[];
  if (entries.every(([, x]) => typeof x === 'number' || (typeof x === 'string' && x.length <= 20))) {
    lines = [];
    for (const [k, x] of entries) {
      const item = key(k) + inlineJson(x);
      const last = lines.length - 1;
      if (last >= 0 && lines[last].length + item.length + 3 <= 100) lines[last] += `, ${item}`;
      else lines.push(inner + item);
    }
  } else lines = entries.map(([k, x]) => inner + key(k) + formatJson(x, inner, inner.length + key(k).length));
  return `${open}\n${lines.join(',\n')}\n${indent}${close}`;
}

/** the model's files, checked the way the library checks them before they are written */
export function modelFiles(t: Trained): Record<ModelFile, Uint8Array | string> {
  const meta = buildMeta(t);
  const files: ModelFiles = { weights: t.model.bytes, gazetteer: t.gazetteer.text, clusters: t.clusters, meta };
  loadModel(files);
  return { 'weights.bin': t.model.bytes, 'gazetteer.txt': t.gazetteer.text, 'clusters.txt': t.clusters, 'meta.json': `${formatJson(meta)}\n` };
}

/** writes the files into one directory, or each into its own (shippedHomes); the paths written, in MODEL_FILES order */
export function writeModel(dir: string | Record<ModelFile, string>, files: ReturnType<typeof modelFiles>): string[] {
  return MODEL_FILES.map((name) => {
    const home = typeof dir === 'string' ? dir : dir[name];
    mkdirSync(home, { recursive: true });
    writeFileSync(resolve(home, name), files[name]);
    return resolve(home, name);
  });
}

/** the files of a model directory, as the library's loadModel takes them (scripts and tests) */
export function readModel(dir: string): ModelFiles {
  return {
    weights: new Uint8Array(readFileSync(resolve(dir, 'weights.bin'))),
    gazetteer: readFileSync(resolve(dir, 'gazetteer.txt'), 'utf8'),
    clusters: existsSync(resolve(dir, 'clusters.txt')) ? readFileSync(resolve(dir, 'clusters.txt'), 'utf8') : '',
    meta: JSON.parse(readFileSync(resolve(dir, 'meta.json'), 'utf8')) as ModelMeta,
  };
}
