// the whole pipeline cross-validated on gum-news: each held-out document is extracted with the
// model of the fold that did not train on it (written by `CV_SAVE=dir npx tsx scripts/cv-gum.ts`).
// Writes one CLI-style JSONL result a line, for the shared scorer:
//   npx tsx --import ./scripts/embed.mjs scripts/cv-pipeline.ts DIR > /tmp/cv.jsonl
//   node ../shared/eval/score.mjs --cmd "cat /tmp/cv.jsonl" ../shared/data/gum-news.jsonl
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useModel } from '../src/tagger/index';
import { extract } from '../src/index';
import { readModel } from './train/write';

const here = dirname(fileURLToPath(import.meta.url));
const file = resolve(here, '../../shared/data/gum-news.jsonl');
const dir = process.argv[2];
if (!dir || !existsSync(file)) {
  console.error(dir ? `no gum-news data at ${file}` : 'usage: cv-pipeline.ts DIR (fold models from cv-gum.ts with CV_SAVE=DIR)');
  process.exit(dir ? 0 : 2);
}
const docs = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { id: string; text: string });
const folds = readdirSync(dir).filter((f) => /^fold\d+$/.test(f)).length;
for (let k = 0; k < folds; k++) {
  useModel(readModel(resolve(dir, `fold${k}`)));
  docs.forEach((d, i) => {
    if (i % folds === k) process.stdout.write(`${JSON.stringify({ id: d.id, ...extract(d.text) })}\n`);
  });
}
