// the bundle an edge user ships: dist/index.js with every dependency inside, minified as a
// Worker's build would make it. Used by `npm run bench` (its size beside compromise's) and by
// test/size.test.ts (a budget, so the bundle cannot silently grow)
const { buildSync } = require('esbuild');
const { gzipSync } = require('node:zlib');

/** the package a bundled input file belongs to ('dramatis' for our own dist) */
function packageOf(file) {
  const at = file.lastIndexOf('node_modules/');
  if (at < 0) return 'dramatis';
  const parts = file.slice(at + 'node_modules/'.length).split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

/**
 * minified ESM bundle of `code` (an entry's source, resolved from `resolveDir`): its bytes, its
 * gzip bytes (level 9) and the minified bytes each package puts in it
 */
function edgeBundle(code, resolveDir) {
  const r = buildSync({
    stdin: { contents: code, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    metafile: true,
    logLevel: 'silent',
  });
  const out = r.outputFiles[0].contents;
  const byPackage = {};
  const files = [];
  for (const meta of Object.values(r.metafile.outputs))
    for (const [file, { bytesInOutput }] of Object.entries(meta.inputs)) {
      files.push(file);
      byPackage[packageOf(file)] = (byPackage[packageOf(file)] ?? 0) + bytesInOutput;
    }
  return { bytes: out.length, gzip: gzipSync(out, { level: 9 }).length, byPackage, files };
}

module.exports = { edgeBundle };
