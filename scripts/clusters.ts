// npm run clusters: word clusters learned from unlabelled text, the tagger's word representations
// (Ratinov & Roth 2009: clusters and gazetteers gave a perceptron tagger its largest gains on text
// unlike its training data). Reads the text of every document in ../shared/data (labels unused),
// tokenised as the library tokenises, and writes scratch/clusters.txt, which training reads when
// scripts/train/config.json's `training.clusters` names it (the model then ships a copy).
//
// How: each word (lowercased, digits as 0) seen at least MIN_COUNT times is described by the words
// on its left and right (the CONTEXT most frequent words, the rest pooled), weighted by positive
// pointwise mutual information (context counts smoothed), projected to DIMS dimensions by a seeded random matrix and
// normalised; k-means on the unit sphere then splits the words in LEVELS steps (32, then 8 in
// each, then 4 in each): a cluster id is a path in that tree, so its leading bits are a coarser
// cluster, as a Brown cluster's bit-string prefixes are. Deterministic: same text, same file.
//   env: OUT (file to write instead of scratch/clusters.txt)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildDocument } from '../src/document';
import { clusterKey, CLUSTER_LEVELS, formatClusters } from '../src/tagger/clusters';
import { ROOT } from './train/config';
import { prng } from './train/perceptron';

const DATA = resolve(ROOT, '../shared/data');
const OUT = resolve(ROOT, process.env.OUT ?? 'scratch/clusters.txt');
const MIN_COUNT = 4;
const CONTEXT = 4000;
const DIMS = 128;
const ITERATIONS = 20;
const SEED = 20261201;

const t0 = performance.now();
const secs = () => `${((performance.now() - t0) / 1000).toFixed(1)}s`;

/** every distinct document text in ../shared/data, files and lines in a fixed order */
function texts(): string[] {
  if (!existsSync(DATA)) return [];
  const seen = new Set<string>();
  for (const f of readdirSync(DATA)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(resolve(DATA, f), 'utf8').split('\n')) {
      if (!line) continue;
      const { text } = JSON.parse(line) as { text: string };
      if (typeof text === 'string') seen.add(text);
    }
  }
  return [...seen];
}

/** the documents as sentences of word keys */
function sentences(all: string[]): string[][] {
  const out: string[][] = [];
  for (const text of all) {
    const doc = buildDocument(text);
    for (const s of doc.sentences) {
      const words: string[] = [];
      for (let i = s.tokenStart; i < s.tokenEnd; i++) words.push(clusterKey(doc.tokens[i].lower));
      out.push(words);
    }
  }
  return out;
}

/** spherical k-means of `rows` (indices into `vec`, DIMS each) into k groups; seeded k-means++ start */
function kmeans(vec: Float32Array, rows: number[], k: number, rnd: () => number): number[] {
  const assign = new Array<number>(rows.length).fill(0);
  if (rows.length <= k) return rows.map((_, i) => i);
  const centres = new Float32Array(k * DIMS);
  const dist = new Float64Array(rows.length).fill(Infinity);
  let pick = Math.floor(rnd() * rows.length);
  for (let c = 0; c < k; c++) {
    centres.set(vec.subarray(rows[pick] * DIMS, rows[pick] * DIMS + DIMS), c * DIMS);
    let total = 0;
    for (let i = 0; i < rows.length; i++) {
      let dot = 0;
      const o = rows[i] * DIMS;
      for (let d = 0; d < DIMS; d++) dot += vec[o + d] * centres[c * DIMS + d];
      const dd = Math.max(0, 1 - dot);
      if (dd < dist[i]) dist[i] = dd;
      total += dist[i];
    }
    let r = rnd() * total;
    pick = rows.length - 1;
    for (let i = 0; i < rows.length; i++) {
      r -= dist[i];
      if (r <= 0) {
        pick = i;
        break;
      }
    }
  }
  for (let it = 0; it < ITERATIONS; it++) {
    let moved = 0;
    for (let i = 0; i < rows.length; i++) {
      const o = rows[i] * DIMS;
      let best = 0;
      let bestDot = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const co = c * DIMS;
        for (let d = 0; d < DIMS; d++) dot += vec[o + d] * centres[co + d];
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      if (assign[i] !== best) moved++;
      assign[i] = best;
    }
    centres.fill(0);
    for (let i = 0; i < rows.length; i++) {
      const o = rows[i] * DIMS;
      const co = assign[i] * DIMS;
      for (let d = 0; d < DIMS; d++) centres[co + d] += vec[o + d];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < DIMS; d++) norm += centres[c * DIMS + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < DIMS; d++) centres[c * DIMS + d] /= norm;
    }
    if (it > 0 && moved === 0) break;
  }
  return assign;
}

function main(): void {
  const all = texts();
  if (!all.length) {
    console.log(`no text at ${DATA}; nothing to do`);
    return;
  }
  const sents = sentences(all);
  const counts = new Map<string, number>();
  for (const s of sents) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  const tokens = sents.reduce((n, s) => n + s.length, 0);
  const byFreq = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = byFreq.filter(([w, n]) => n >= MIN_COUNT && /\p{L}/u.test(w)).map(([w]) => w);
  const index = new Map(vocab.map((w, i) => [w, i]));
  const ctx = new Map(byFreq.slice(0, CONTEXT).map(([w], i) => [w, i]));
  const width = 2 * (CONTEXT + 2); // left and right: the context words, the rest, the sentence edge
  console.log(`${all.length} documents, ${sents.length} sentences, ${tokens} tokens; ${vocab.length} words seen ${MIN_COUNT}+ times (${secs()})`);

  // co-occurrence counts, word × (side, context)
  const co = new Map<number, number>();
  const colTotal = new Float64Array(width);
  const rowTotal = new Float64Array(vocab.length);
  const ctxOf = (w: string | undefined) => (w === undefined ? CONTEXT + 1 : (ctx.get(w) ?? CONTEXT));
  for (const s of sents) {
    for (let i = 0; i < s.length; i++) {
      const r = index.get(s[i]);
      if (r === undefined) continue;
      for (const col of [ctxOf(s[i - 1]), CONTEXT + 2 + ctxOf(s[i + 1])]) {
        const key = r * width + col;
        co.set(key, (co.get(key) ?? 0) + 1);
        colTotal[col]++;
        rowTotal[r]++;
      }
    }
  }
  // context counts smoothed (Levy et al. 2015: ^0.75), so rare contexts do not dominate PMI
  const smoothed = colTotal.map((n) => n ** 0.75);
  const smoothedTotal = smoothed.reduce((a, b) => a + b, 0);
  // PPMI rows projected by a seeded ±1 matrix, then unit length
  const rnd = prng(SEED);
  const proj = new Float32Array(width * DIMS);
  for (let i = 0; i < proj.length; i++) proj[i] = rnd() < 0.5 ? -1 : 1;
  const vec = new Float32Array(vocab.length * DIMS);
  for (const [key, n] of [...co].sort((a, b) => a[0] - b[0])) {
    const r = Math.floor(key / width);
    const col = key % width;
    const pmi = Math.log((n * smoothedTotal) / (rowTotal[r] * smoothed[col]));
    if (pmi <= 0) continue;
    for (let d = 0; d < DIMS; d++) vec[r * DIMS + d] += pmi * proj[col * DIMS + d];
  }
  for (let r = 0; r < vocab.length; r++) {
    let norm = 0;
    for (let d = 0; d < DIMS; d++) norm += vec[r * DIMS + d] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < DIMS; d++) vec[r * DIMS + d] /= norm;
  }
  console.log(`vectors: ${co.size} co-occurrences, ${DIMS} dimensions (${secs()})`);

  // the tree: each level splits every group of the level above
  const id = new Array<number>(vocab.length).fill(0);
  let groups: number[][] = [vocab.map((_, i) => i)];
  for (const k of CLUSTER_LEVELS) {
    const next: number[][] = [];
    for (const g of groups) {
      const assign = kmeans(vec, g, k, rnd);
      const parts: number[][] = Array.from({ length: k }, () => []);
      g.forEach((row, i) => {
        parts[assign[i]].push(row);
        id[row] = id[row] * k + assign[i];
      });
      next.push(...parts);
    }
    groups = next;
    console.log(`level of ${k}: ${next.filter((g) => g.length).length} non-empty clusters (${secs()})`);
  }
  const text = formatClusters(vocab.map((w, i) => [w, id[i]] as const));
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}: ${Buffer.byteLength(text)} bytes (${secs()})`);
}

main();
