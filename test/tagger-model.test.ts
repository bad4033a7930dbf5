import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDocument } from '../src/document/index';
import { isFirstName, phraseClasses, SHIPPED_GAZETTEER } from '../src/lexicon/known-phrases';
import { formatGazetteer, GAZ_CLASSES, parseGazetteer, phraseTable } from '../src/lexicon/phrase-classes';
import { extractFeatures, NUM_TAGS, TAGS, type TokenInfo } from '../src/tagger/features';
import { featureFingerprint } from '../src/tagger/fingerprint';
import { CLUSTER_LEVELS, clusterAt, clusterKey, formatClusters, parseClusters } from '../src/tagger/clusters';
import { loadModel, type ModelFiles, type ModelMeta } from '../src/tagger/meta';
import { decodeModel, muLawCode, muLawValue } from '../src/tagger/model';
import { inflate, shippedModel } from '../src/tagger/shipped';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Provenance, TrainConfig } from '../scripts/train/config';
import { encodeModel } from '../scripts/train/encode';
import { formatJson, modelFiles, readModel, writeModel, type Trained } from '../scripts/train/write';

const TAGGER = join(__dirname, '..', 'src', 'tagger');
const GAZETTEER = join(__dirname, '..', 'src', 'lexicon', 'gazetteer.txt');
const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
const shipped = shippedModel();
const meta = shipped.meta;

describe('the shipped model files', () => {
  it('are what meta.json says: sizes and SHA-256 of weights.bin, gazetteer.txt and clusters.txt', () => {
    const weights = readFileSync(join(TAGGER, 'weights.bin'));
    const gazetteer = readFileSync(GAZETTEER);
    const clusters = readFileSync(join(TAGGER, 'clusters.txt'));
    const files = (meta as unknown as { files: Record<string, { bytes: number; sha256: string; words?: number }> }).files;
    expect(files['weights.bin']).toEqual({ bytes: weights.length, sha256: sha256(weights) });
    expect(files['gazetteer.txt']).toEqual({ bytes: gazetteer.length, sha256: sha256(gazetteer) });
    expect(files['clusters.txt']).toEqual({ bytes: clusters.length, sha256: sha256(clusters), words: parseClusters(clusters.toString('utf8')).size });
    expect(meta.size.bytes).toBe(weights.length);
  });

  it('inflate alike by the runtime’s zlib and by fflate, where no runtime lends one', () => {
    const bytes = readFileSync(join(TAGGER, 'weights.bin'));
    const deflated = deflateRawSync(bytes, { level: 9 });
    const native = jest.fn((b: Uint8Array) => new Uint8Array(inflateRawSync(b)));
    expect(Buffer.from(inflate(deflated, { process: { getBuiltinModule: () => ({ inflateRawSync: native }) } })).equals(bytes)).toBe(true);
    expect(native).toHaveBeenCalledTimes(1);
    expect(Buffer.from(inflate(deflated, {})).equals(bytes)).toBe(true);
    expect(Buffer.from(inflate(deflated, { process: { getBuiltinModule: () => undefined } })).equals(bytes)).toBe(true);
  });

  it('embed the same bytes as the files, deflated and inflated again (the jest transform, as the build plugin: scripts/embed.cjs)', () => {
    expect(Buffer.from(shipped.weights).equals(readFileSync(join(TAGGER, 'weights.bin')))).toBe(true);
    expect(shipped.gazetteer).toBe(readFileSync(GAZETTEER, 'utf8'));
  });

  it('match this code: tag set, gazetteer classes, feature fingerprint', () => {
    expect(meta.tags).toEqual(TAGS);
    expect(meta.gazetteer.classes).toEqual(GAZ_CLASSES);
    expect(meta.featureSet.fingerprint).toBe(featureFingerprint());
    const model = loadModel(shipped);
    expect([model.features, model.weights]).toEqual([meta.size.features, meta.size.weights]);
    // the least lead a span keeps is the model's, from its meta.json (chosen by training, in its score units)
    expect(model.minLead).toBe(meta.decoding.minLead);
  });

  it("read the lexicon's phrase table, the one the mention stages ask (built once)", () => {
    expect(loadModel(shipped).gazetteer.phrases).toBe(phraseTable(SHIPPED_GAZETTEER).phrases);
    expect([phraseClasses('yvette'), isFirstName('yvette'), isFirstName('paris')]).toEqual([['first'], true, false]);
  });

  // the lexicon writes given names without accents: one written with them is the same name
  it('knows a given name written with its accents', () => {
    expect(['andrés', 'maría', 'françois', 'parís'].map(isFirstName)).toEqual([true, true, true, false]);
  });

  // a phrase is looked up by the lowercase tokens the document stage makes: one written in another
  // tokenisation ("s ã o paulo" for "são paulo", as the tokeniser once split letters with marks)
  // never matches, and the tagger loses the feature it was trained with
  it('hold the gazetteer the training script builds today from the same packages and tokeniser (else retrain)', () => {
    // scripts/train/gazetteer.ts is an ES module (import.meta): run it as the training script does
    const ROOT = join(__dirname, '..');
    const built = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
        '--import',
        './scripts/embed.mjs',
        '-e',
        "import { buildGazetteerText } from './scripts/train/gazetteer.ts'; process.stdout.write(buildGazetteerText().text)",
      ],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    expect(built.stderr).toBe('');
    expect(built.stdout === SHIPPED_GAZETTEER).toBe(true);
  }, 30000);
});

const tamper = (edit: (m: ModelMeta) => Partial<ModelMeta>): ModelFiles => ({ ...shipped, meta: { ...meta, ...edit(meta) } });

describe('a model that does not match the code is refused', () => {
  it.each([
    [
      'feature extraction changed',
      tamper((m) => ({ featureSet: { ...m.featureSet, fingerprint: '00000000' } })),
      /feature fingerprint is 00000000, this code's is [0-9a-f]{8}: feature extraction changed/,
    ],
    ['a tag set without MISC', tamper((m) => ({ tags: m.tags.slice(0, 13) })), /its tag set is \[O B-PER .* U-LOC\], this code's is/],
    ['gazetteer classes reordered', tamper((m) => ({ gazetteer: { classes: [...m.gazetteer.classes].reverse() } })), /its gazetteer classes are \[locsuffix/],
    ['another binary format', tamper(() => ({ format: 'DRT1' })), /its format is DRT1, this code reads DRT2/],
    [
      "a feature count that is not the weights'",
      tamper((m) => ({ size: { ...m.size, features: m.size.features + 1 } })),
      /weights.bin has \d+ bytes and \d+ features, meta.json says/,
    ],
    [
      "a weight count that is not the weights'",
      tamper((m) => ({ size: { ...m.size, weights: m.size.weights - 1 } })),
      /weights.bin holds \d+ weights, meta.json says/,
    ],
    ['no least lead for its spans', tamper(() => ({ decoding: undefined as unknown as ModelMeta['decoding'] })), /its decoding.minLead is undefined/],
    ['a negative least lead', tamper(() => ({ decoding: { minLead: -1 } })), /its decoding.minLead is -1/],
    ['truncated weights', { ...shipped, weights: shipped.weights.subarray(0, -2) }, /weights.bin has \d+ bytes/],
    ['weights of another format', { ...shipped, weights: new Uint8Array(64) }, /does not start with the DRT2 magic/],
  ])('%s', (_name, files, message) => {
    expect(() => loadModel(files)).toThrow(/^dramatis tagger: model dramatis-ner-en [\d.]+ refused: /);
    expect(() => loadModel(files)).toThrow(message);
  });

  it("leaves the shipped model's feature fingerprint to this file (no probe text at each cold start)", () => {
    const files = tamper((m) => ({ featureSet: { ...m.featureSet, fingerprint: '00000000' } }));
    expect(() => loadModel(files)).toThrow(/feature extraction changed/);
    expect(loadModel(files, { shipped: true }).weights).toBe(meta.size.weights);
  });

  it('the library throws at first use, every time, rather than tag nothing', () => {
    const doc = buildDocument('Angela Merkel flew to Paris.');
    jest.isolateModules(() => {
      // (the shipped model's feature fingerprint is this file's to check, above, not each cold start's)
      const load = jest.fn(() => tamper((m) => ({ tags: m.tags.slice(0, 13) })));
      jest.doMock('../src/tagger/shipped', () => ({ shippedModel: load }));
      const { tagEntities } = require('../src/tagger/index') as typeof import('../src/tagger/index');
      expect(load).not.toHaveBeenCalled();
      expect(() => tagEntities(doc)).toThrow(/its tag set is/);
      expect(() => tagEntities(doc)).toThrow(/its tag set is/);
      expect(load).toHaveBeenCalledTimes(1);
    });
  });

  it('decodes the model on first use, not at import, and once', () => {
    const doc = buildDocument('Angela Merkel flew to Paris.');
    jest.isolateModules(() => {
      const load = jest.fn(shippedModel);
      jest.doMock('../src/tagger/shipped', () => ({ shippedModel: load }));
      const { tagEntities } = require('../src/tagger/index') as typeof import('../src/tagger/index');
      expect(load).not.toHaveBeenCalled();
      expect(tagEntities(doc).length).toBeGreaterThan(0);
      tagEntities(doc);
      expect(load).toHaveBeenCalledTimes(1);
    });
  });
});

function dropLast(info: TokenInfo): TokenInfo {
  const feats: number[] = [];
  const offsets = [0];
  for (let i = 0; i < info.n; i++) {
    feats.push(...info.feats.subarray(info.offsets[i], info.offsets[i + 1] - 1));
    offsets.push(feats.length);
  }
  return { ...info, feats: Uint32Array.from(feats), offsets: Int32Array.from(offsets) };
}

describe('the feature fingerprint', () => {
  it('is stable', () => {
    expect(featureFingerprint()).toBe(featureFingerprint());
  });

  it.each([
    ['a template left out (the last of each token)', dropLast],
    ['one feature id of one token changed', (info: TokenInfo) => ({ ...info, feats: info.feats.map((f, i) => (i === 7 ? f ^ 1 : f)) })],
    ['another word-shape rule', (info: TokenInfo) => ({ ...info, shH: info.shH.map((h) => h + 1) })],
    ['another capitalisation rule', (info: TokenInfo) => ({ ...info, cap: info.cap.map(() => 0) })],
  ])('changes with the extraction: %s', (_name, change) => {
    expect(featureFingerprint((doc, gaz) => change(extractFeatures(doc, gaz)))).not.toBe(featureFingerprint());
  });
});

describe('gazetteer.txt', () => {
  const lists = GAZ_CLASSES.map((_c, k) => (k === 3 ? ['new york', 'paris'] : k === 0 ? ['angela'] : []));

  it('reads back what was written', () => {
    const text = formatGazetteer(lists);
    expect(text.startsWith('# first\nangela\n# last\n# person\n# city\nnew york\nparis\n')).toBe(true);
    const gaz = parseGazetteer(text);
    expect([...gaz.phrases]).toEqual([
      ['angela', 1],
      ['new york', 1 << 3],
      ['paris', 1 << 3],
    ]);
    expect([gaz.maxLen, [...gaz.prefixes]]).toEqual([2, ['new']]);
  });

  it.each([
    [
      'a section out of order',
      (t: string) => t.replace('# last', '# person').replace('# person\n# city', '# last\n# city'),
      /section "# person" where "# last" was expected/,
    ],
    ['a section missing', (t: string) => t.replace('# locsuffix\n', ''), /13 sections, 14 expected/],
    ['a phrase before any section', (t: string) => `paris\n${t}`, /a phrase before the first/],
  ])('refuses %s', (_name, edit, message) => {
    expect(() => parseGazetteer(edit(formatGazetteer(lists)))).toThrow(message);
  });

  it('refuses to write a phrase it could not read back', () => {
    expect(() => formatGazetteer(GAZ_CLASSES.map(() => ['# first']))).toThrow(/cannot be written/);
  });
});

describe('the training script writes the files', () => {
  // a model of three features, as scripts/train.ts writes it
  const trained = (): Trained => {
    const avg = new Float64Array(3 * NUM_TAGS);
    avg[1] = 4;
    avg[NUM_TAGS + 4] = -2.5;
    avg[2 * NUM_TAGS] = 0.1;
    const config = JSON.parse(readFileSync(join(__dirname, '..', 'scripts', 'train', 'config.json'), 'utf8')) as TrainConfig;
    const provenance: Provenance = { dramatis: '0.0.0', gazetteerSources: config.gazetteerSources.map((s) => ({ ...s, version: '1.0.0' })) };
    return {
      config,
      provenance,
      model: encodeModel([30, 10, 20], avg, { prune: 0.5 }),
      gazetteer: { text: formatGazetteer(GAZ_CLASSES.map((c) => (c === 'city' ? ['paris'] : []))), counts: GAZ_CLASSES.map((c) => (c === 'city' ? 1 : 0)) },
      clusters: formatClusters([
        ['paris', 200],
        ['london', 200],
        ['said', 7],
      ]),
      data: [],
      scores: {},
    };
  };

  it('byte for byte the same from the same model', () => {
    const a = modelFiles(trained());
    const b = modelFiles(trained());
    expect(Buffer.from(a['weights.bin'] as Uint8Array).equals(Buffer.from(b['weights.bin'] as Uint8Array))).toBe(true);
    expect([a['gazetteer.txt'], a['clusters.txt'], a['meta.json']]).toEqual([b['gazetteer.txt'], b['clusters.txt'], b['meta.json']]);
  });

  it('with a meta.json the library accepts, read back from disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dramatis-model-'));
    writeModel(dir, modelFiles(trained()));
    const files = readModel(dir);
    expect(files.meta.size).toEqual({ features: 2, weights: 2, bytes: files.weights.length });
    expect(files.meta.featureSet.fingerprint).toBe(featureFingerprint());
    expect(files.meta.decoding).toEqual(trained().config.decoding);
    const model = loadModel(files);
    expect(model.minLead).toBe(files.meta.decoding.minLead);
    const scores = new Float64Array(NUM_TAGS);
    model.add(10, scores);
    expect(scores[4]).toBeCloseTo(-2.5, 0);
    expect(model.gazetteer.phrases.get('paris')).toBe(1 << GAZ_CLASSES.indexOf('city'));
    expect([model.gazetteer.clusters.get('london'), model.gazetteer.clusters.get('said'), model.gazetteer.clusters.get('rome')]).toEqual([200, 7, undefined]);
  });

  it.each([
    ['on one line when it fits', { a: 1, b: [1, 2] }, '{ "a": 1, "b": [1, 2] }'],
    ['a line a value when it does not', { long: 'x'.repeat(95) }, `{\n  "long": "${'x'.repeat(95)}"\n}`],
    ['numbers filled into lines', { list: Array.from({ length: 40 }, (_, i) => i * 1000) }, /^\{\n {2}"list": \[\n {4}0, 1000, [\s\S]*, 39000\n {2}\]\n\}$/],
  ])('lays meta.json out for people: %s', (_name, value, expected) => {
    const text = formatJson(value);
    if (typeof expected === 'string') expect(text).toBe(expected);
    else expect(text).toMatch(expected);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('word clusters (clusters.txt)', () => {
  it.each([
    ['a leaf id is itself at the last level', 1000, CLUSTER_LEVELS.length, 1000],
    ['its middle-level ancestor drops the last split', 1000, 2, Math.floor(1000 / CLUSTER_LEVELS[2])],
    ['its top-level ancestor drops both', 1000, 1, Math.floor(1000 / (CLUSTER_LEVELS[1] * CLUSTER_LEVELS[2]))],
  ])('%s', (_, id, level, want) => {
    expect(clusterAt(id, level)).toBe(want);
  });

  it('reads back what it writes, words sorted within a cluster, digits keyed as 0', () => {
    const text = formatClusters([
      ['zeta', 3],
      ['alpha', 3],
      ['beta', 1],
      ['has space', 2],
    ]);
    expect(text).toBe('1 beta\n3 alpha zeta\n');
    expect([...parseClusters(text)]).toEqual([
      ['beta', 1],
      ['alpha', 3],
      ['zeta', 3],
    ]);
    expect(clusterKey('1996')).toBe(clusterKey('2024'));
  });

  it('refuses a line without a cluster id', () => {
    expect(() => parseClusters('x paris london\n')).toThrow(/cluster id/);
  });

  it('embeds the shipped clusters.txt as text', () => {
    expect(shipped.clusters).toBe(readFileSync(join(TAGGER, 'clusters.txt'), 'utf8'));
  });
});

describe('the weights table (decodeModel)', () => {
  // features with 1 to 17 non-zero tags: up to 4 sit in their hash slot, more in the overflow arrays
  const hashes = Array.from({ length: 400 }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) >>> 0) % 2 ** 32);
  const avg = new Float64Array(hashes.length * NUM_TAGS);
  hashes.forEach((_, i) => {
    for (let t = 0; t <= i % NUM_TAGS; t++) avg[i * NUM_TAGS + ((t * 5 + i) % NUM_TAGS)] = ((i * 37 + t * 11) % 23) / 7 - 1.5;
  });
  const { bytes } = encodeModel(hashes, avg, { prune: 0 });
  const model = decodeModel(bytes, formatGazetteer(GAZ_CLASSES.map(() => [])));
  const scale = Math.fround(Math.max(...avg.map(Math.abs)));

  it('adds each feature the mu-law value of every weight it kept, to the right tag', () => {
    hashes.forEach((h, i) => {
      const scores = new Float64Array(NUM_TAGS);
      model.add(h, scores);
      const want = Array.from({ length: NUM_TAGS }, (_, t) => Math.fround(muLawValue(muLawCode(avg[i * NUM_TAGS + t], scale), scale)));
      expect(Array.from(scores)).toEqual(want);
    });
  });

  it('adds nothing for a feature the model does not have', () => {
    const scores = new Float64Array(NUM_TAGS);
    for (let h = 1; h < 2000; h += 7) if (!hashes.includes(h)) model.add(h, scores);
    expect(scores.every((s) => s === 0)).toBe(true);
  });
});
