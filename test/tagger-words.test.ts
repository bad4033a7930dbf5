import { NUM_TAGS } from '../src/tagger/features';
import { loadModel } from '../src/tagger/meta';
import { shippedModel } from '../src/tagger/shipped';
import { WordTable } from '../src/tagger/words';

// the tagger's table of each word's own features (tagger/words.ts): a pure cache, bounded between documents
describe('the word table', () => {
  const model = loadModel(shippedModel(), { shipped: true });
  const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `w${(from + i).toString(36)}`);

  it('gives a word the same row values whatever the table read before', () => {
    const fresh = new WordTable(model, model.gazetteer);
    fresh.reserve(1);
    const alone = Array.from(fresh.rows.subarray(fresh.of('Reuters', 'reuters') * NUM_TAGS, (fresh.of('Reuters', 'reuters') + 1) * NUM_TAGS));
    const used = new WordTable(model, model.gazetteer);
    used.reserve(3001);
    for (const w of words(3000)) used.of(w, w);
    const k = used.of('Reuters', 'reuters');
    expect(Array.from(used.rows.subarray(k * NUM_TAGS, (k + 1) * NUM_TAGS))).toEqual(alone);
  });

  it('grows for a document of more words than it holds, and shrinks back at the next document', () => {
    const table = new WordTable(model, model.gazetteer);
    const long = words(40000);
    table.reserve(long.length);
    const rows = long.map((w) => table.of(w, w));
    // every word its own row, the first ones kept as the table grew
    expect(new Set(rows).size).toBe(long.length);
    expect(table.rows.length).toBeGreaterThanOrEqual(long.length * NUM_TAGS);
    // the next document starts afresh at the table's usual size: the long one's rows are not kept
    table.reserve(10);
    expect(table.rows.length).toBeLessThanOrEqual((1 << 14) * NUM_TAGS);
    expect(table.of('said', 'said')).toBe(0);
  });
});
