import { createExtractor } from '../src';
import { SHAPES } from './pathological';

// output must grow linearly with the text, malformed text included: from one size to the next
// (4× the characters) the result's JSON may grow at most MARGIN × 4. quadratic output (every inner
// quote listed in each outer one, every title of a chain on every name) grows ~16×. never timed:
// `npm run shapes` times the same shapes at 16 K–1 M characters in fresh processes.
const SIZES = [1024, 4096, 16384];
const MARGIN = 2;
const FLOOR = 2;
const extractor = createExtractor({ maxLength: SIZES.at(-1) });
const outputChars = (text: string) => JSON.stringify(extractor.extract(text)).length;

describe.each(Object.keys(SHAPES))('shape %s', (name) => {
  it(`output grows at most ${MARGIN}× as fast as the text`, () => {
    let [prevSize, prevOut] = [0, 0];
    for (const size of SIZES) {
      const text = SHAPES[name](size);
      const out = outputChars(text);
      if (prevOut) {
        // an output shorter than twice its text counts as twice the text's length: 73 characters of
        // empty result growing to a few hundred is not superlinear, nor is a shape whose smallest text
        // gives few names (capitalised-words: 1.1, 3.1, 3.7 characters of JSON a character of text, its
        // first kilobyte's runs holding "Do", "Is", "By", which make them a title-case line) reaching
        // its usual density; quadratic output still multiplies its ratio by 4 at every step
        const limit = MARGIN * (size / prevSize) * Math.max(prevOut, FLOOR * prevSize);
        if (out > limit) {
          throw new Error(
            `output grew ${(out / prevOut).toFixed(1)}× from ${prevSize} to ${size} characters (${prevOut} → ${out} characters of JSON), over ${MARGIN} × ${size / prevSize}`,
          );
        }
      }
      [prevSize, prevOut] = [size, out];
    }
  });
});
