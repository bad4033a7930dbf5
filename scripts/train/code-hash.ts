// the code a training runs, as one hash: the contents of every file of this repository that
// scripts/train.ts imports, directly or not (the tokeniser, the feature extractor, the gazetteer's
// builder, …), found by esbuild's metafile, with package-lock.json for the packages it imports.
// The caches of trained models (npm run loco's held-out models, the silver model) key on it, so a
// change to tokenisation or features trains again instead of reusing a model of the old code
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { ROOT } from './config';

let memo: string | undefined;

export function trainingCodeHash(): string {
  if (memo) return memo;
  const { metafile } = buildSync({
    entryPoints: [resolve(ROOT, 'scripts/train.ts')],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
    loader: { '.bin': 'binary', '.txt': 'text' },
    absWorkingDir: ROOT,
  });
  const files = Object.keys(metafile.inputs)
    .filter((f) => !f.includes('node_modules/'))
    .sort();
  const hash = createHash('sha256');
  for (const f of [...files, 'package-lock.json'])
    hash
      .update(f)
      .update('\0')
      .update(readFileSync(resolve(ROOT, f)))
      .update('\0');
  memo = hash.digest('hex').slice(0, 16);
  return memo;
}
