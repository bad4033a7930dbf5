// the tagger's training (scripts/train/): feature augmentation, each corpus's private copies
import { domainCopy, Trainer, type TrainDoc } from '../scripts/train/perceptron';
import { augmentedCorpora, corpusKeys, domainOf } from '../scripts/train/domains';
import type { ExtraSet, TrainConfig } from '../scripts/train/config';
import { NUM_TAGS, type TokenInfo } from '../src/tagger/features';
import { linesOf } from '../scripts/excerpt-lines';

/** one sentence of `feats.length` tokens, token i firing the one static feature feats[i] */
function doc(feats: number[], gold: number[], domain?: number): TrainDoc {
  const n = feats.length;
  const info: TokenInfo = {
    n,
    lowH: new Int32Array(n),
    shH: new Int32Array(n),
    cap: new Uint8Array(n),
    sentEnd: new Int32Array(n).fill(n),
    feats: Uint32Array.from(feats),
    offsets: Int32Array.from({ length: n + 1 }, (_, i) => i),
  };
  return { info, gold: Uint8Array.from(gold), domain };
}

const U_PER = 4;
const scores = (t: Trainer, feat: number, domain = 0): number[] => {
  const s = new Float64Array(NUM_TAGS);
  t.scorer(domain).add(feat, s);
  return [...s];
};

describe('feature augmentation (a corpus’s private copy of every feature)', () => {
  it('a document of an augmented corpus trains the shared feature and its own copy, which only that corpus’s scorer reads', () => {
    const t = new Trainer();
    t.epoch([doc([42], [U_PER], 3)]);
    expect(scores(t, 42)[U_PER]).toBe(1);
    expect(scores(t, 42, 3)[U_PER]).toBe(2);
    expect(scores(t, 42, 4)[U_PER]).toBe(1);
  });

  it('the copies are never among the features the model ships', () => {
    const t = new Trainer();
    t.epoch([doc([42, 43], [U_PER, 0], 3)]);
    expect(t.hashes).toContain(42);
    expect(t.hashes).not.toContain(domainCopy(42, 3));
    expect(t.averaged().length).toBe(t.hashes.length * NUM_TAGS);
  });

  it('must stay: a document of no augmented corpus trains as before, and copies differ by corpus and feature', () => {
    const plain = new Trainer();
    plain.epoch([doc([42], [U_PER])]);
    expect(scores(plain, 42)).toEqual(scores(plain, 42, 3));
    expect(new Set([domainCopy(42, 3), domainCopy(42, 4), domainCopy(43, 3), 42]).size).toBe(4);
  });
});

describe('the config names the corpora it augments', () => {
  const extra = (key: string) => ({ key }) as ExtraSet;
  const data = { data: { extra: [extra('gum-genres'), extra('wikigold'), extra('uner-ewt')] } } as Pick<TrainConfig, 'data'>;
  const config = (augment: string[]) => ({ ...data, training: { augment } }) as Pick<TrainConfig, 'data' | 'training'>;

  it('gives each augmented corpus its own copy id, and none to the others', () => {
    expect(corpusKeys(data)).toEqual(['conll', 'gum-news', 'gum-genres', 'wikigold', 'uner-ewt']);
    const c = config(augmentedCorpora(data, 'wikigold, uner-ewt', 'config.json'));
    expect(domainOf(c, 'wikigold')).toBe(4);
    expect(domainOf(c, 'uner-ewt')).toBe(5);
    expect(domainOf(c, 'conll')).toBe(0);
    expect(domainOf(c, 'gum-genres')).toBe(0);
    expect(augmentedCorpora(data, 'none', 'config.json')).toEqual([]);
    expect(augmentedCorpora(data, ['conll'], 'config.json')).toEqual(['conll']);
  });

  it('refuses a corpus it does not know, rather than train without its copy', () => {
    expect(() => augmentedCorpora(data, 'wikigld', 'config.json')).toThrow('augment: no corpus "wikigld" in config.json');
  });
});

// a labelled document cut into its lines for training on excerpts and for `npm run excerpts` (scripts/excerpt-lines.ts)
describe('a document cut into its lines', () => {
  const text = 'Short line.\nThe Kenya Red Cross said Anna Berg left Nairobi.\nAnother line of text that names nobody.';
  const at = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
  const doc: { id: string; text: string; entities: Array<{ start: number; end: number; type: string; head?: [number, number] }> } = {
    id: 'd',
    text,
    entities: [
      { ...at('Kenya Red Cross'), type: 'organization', head: [at('Red Cross').start, at('Red Cross').end] as [number, number] },
      { ...at('Anna Berg'), type: 'person' },
      // a span across two lines belongs to neither
      { start: text.indexOf('Nairobi'), end: text.indexOf('Another') + 7, type: 'location' },
    ],
  };
  it('keeps the lines over the least length, each with the names wholly inside it, their heads moved with them', () => {
    const lines = linesOf(doc);
    expect(lines.map((l) => l.id)).toEqual(['d#0', 'd#1']);
    expect(lines[0].text).toBe('The Kenya Red Cross said Anna Berg left Nairobi.');
    expect(lines[0].entities.map((e) => lines[0].text.slice(e.start, e.end))).toEqual(['Kenya Red Cross', 'Anna Berg']);
    const head = lines[0].entities[0].head!;
    expect(lines[0].text.slice(head[0], head[1])).toBe('Red Cross');
    expect(lines[1].entities).toEqual([]);
  });
  it('takes the least length it is given', () => {
    expect(linesOf(doc, 5).map((l) => l.text)).toEqual(text.split('\n'));
  });
});
