// the model files as every runner embeds them: weights.bin deflated (raw DEFLATE, level 9), then in
// base64, as ASCII text that gzips well (base64 of the bytes themselves cost the edge bundle 72 KB
// more gzip: its 6-bit characters hide the bytes' repeats from gzip); gazetteer.txt and the other
// .txt files as text. The build's esbuild plugin (tsup.config.ts), a jest transform
// (jest.config.cjs), and the value scripts/embed.mjs gives tsx and node
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { extname } = require('node:path');
const { deflateRawSync } = require('node:zlib');

const EMBED = {
  '.bin': (bytes) => deflateRawSync(bytes, { level: 9 }).toString('base64'),
  '.txt': (bytes) => bytes.toString('utf8'),
};

/** the string an import of the file gives, or undefined if the build does not embed its kind */
function embeddedValue(path) {
  const embed = EMBED[extname(path)];
  return embed?.(readFileSync(path));
}

/** an esbuild plugin (tsup's esbuildPlugins) that embeds the files as above, so the bundle and the runners agree */
const embedPlugin = {
  name: 'dramatis-embed',
  setup(build) {
    build.onLoad({ filter: /\.(bin|txt)$/ }, (args) => ({ contents: `export default ${JSON.stringify(embeddedValue(args.path))};`, loader: 'js' }));
  },
};

module.exports = {
  embeddedValue,
  embedPlugin,
  // jest hands a transform the file decoded as UTF-8, which a binary does not survive: read the bytes
  process(_source, path) {
    return { code: `module.exports = ${JSON.stringify(embeddedValue(path))};` };
  },
  getCacheKey(_source, path) {
    return createHash('sha256').update(path).update(readFileSync(path)).update(readFileSync(__filename)).digest('hex');
  },
};
