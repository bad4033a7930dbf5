// the model files as the build embeds them (tsup.config.ts `loader`), for the runners that do not
// bundle: weights.bin as its bytes in base64, gazetteer.txt as text. A jest transform
// (jest.config.cjs), and the value scripts/embed.mjs gives tsx and node
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { extname } = require('node:path');

const EMBED = {
  '.bin': (bytes) => bytes.toString('base64'),
  '.txt': (bytes) => bytes.toString('utf8'),
};

/** the string an import of the file gives, or undefined if the build does not embed its kind */
function embeddedValue(path) {
  const embed = EMBED[extname(path)];
  return embed?.(readFileSync(path));
}

module.exports = {
  embeddedValue,
  // jest hands a transform the file decoded as UTF-8, which a binary does not survive: read the bytes
  process(_source, path) {
    return { code: `module.exports = ${JSON.stringify(embeddedValue(path))};` };
  },
  getCacheKey(_source, path) {
    return createHash('sha256').update(path).update(readFileSync(path)).update(readFileSync(__filename)).digest('hex');
  },
};
