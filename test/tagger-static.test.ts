// the run-time decoding with each token's static scores summed beforehand (tagger/static-scores.ts)
// tags, and leads over O, exactly as adding every feature in decode does
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument } from '../src/document/index';
import { decode } from '../src/tagger/decode';
import { extractFeatures } from '../src/tagger/features';
import { loadModel } from '../src/tagger/meta';
import { shippedModel } from '../src/tagger/shipped';
import { staticScores } from '../src/tagger/static-scores';

const model = loadModel(shippedModel(), { shipped: true });
const FIXTURES = join(__dirname, '..', 'fixtures');
const texts = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .slice(0, 6)
  .map((f) => [f, readFileSync(join(FIXTURES, f), 'utf8')]);

describe('static scores summed beforehand', () => {
  it.each(texts)('change no tag and no lead: %s (twice, the second time from the kept sums)', (_, text) => {
    const doc = buildDocument(text);
    const info = extractFeatures(doc, model.gazetteer);
    const plain = new Float64Array(info.n);
    const tags = decode(info, model, undefined, plain);
    for (let pass = 0; pass < 2; pass++) {
      const margins = new Float64Array(info.n);
      const statics = staticScores(
        doc.tokens.map((t) => t.view),
        info,
        model,
      );
      expect(decode(info, model, undefined, margins, statics)).toEqual(tags);
      expect(margins).toEqual(plain);
    }
  });
});
