// quick strict / lenient evaluation of tagEntities (the shipped model) on conll2003-dev and
// gum-news from ../shared/data (skipped when absent). `--errors N` prints misses and false alarms.
//   npx tsx --import ./scripts/embed.mjs scripts/eval-tagger.ts [--errors N] [files...]
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDocument } from '../src/document/index';
import { tagEntities } from '../src/tagger/index';
import { loadModel } from '../src/tagger/meta';
import { readJsonl } from './train/data';
import { emptyScores, formatScores, scoreDoc } from './train/score';
import { readModel } from './train/write';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const ei = args.indexOf('--errors');
const showErrors = ei >= 0 ? Number(args.splice(ei, 2)[1]) : 0;
const files = args.length ? args : ['conll2003-dev.jsonl', 'gum-news.jsonl'].map((f) => resolve(here, '../../shared/data', f));

const i0 = performance.now();
const model = readModel(resolve(here, '../src/tagger'));
const i1 = performance.now();
loadModel(model);
const i2 = performance.now();
console.log(
  `model files read ${(i1 - i0).toFixed(1)} ms, checked and decoded ${(i2 - i1).toFixed(1)} ms (${model.weights.length} bytes of weights, ${model.gazetteer.length} characters of gazetteer)`,
);
const warm = buildDocument('Warm up in Paris with Angela Merkel.');
const l0 = performance.now();
tagEntities(warm);
console.log(`first tagEntities call (lazy model load + tagging): ${(performance.now() - l0).toFixed(1)} ms`);

for (const file of files) {
  const docs = readJsonl(file);
  if (!docs) {
    console.log(`skip ${file} (absent)`);
    continue;
  }
  const acc = emptyScores();
  let tokMs = 0;
  let tagMs = 0;
  let chars = 0;
  const errors: string[] = [];
  for (const d of docs) {
    const a = performance.now();
    const doc = buildDocument(d.text);
    const b = performance.now();
    const pred = tagEntities(doc);
    tagMs += performance.now() - b;
    tokMs += b - a;
    chars += d.text.length;
    scoreDoc(acc, d, pred);
    if (errors.length < showErrors * 2) {
      const gold = d.entities.filter((e) => e.type !== 'other');
      const key = (x: { type: string; start: number; end: number }) => `${x.type}:${x.start}:${x.end}`;
      const other = d.entities.filter((e) => e.type === 'other');
      const ov = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
      const lenient = args.includes('--lenient') || process.env.LENIENT;
      const hit = (p: { type: string; start: number; end: number }, list: typeof gold) =>
        lenient ? list.some((g) => g.type === p.type && ov(g, p)) : list.some((g) => key(g) === key(p));
      for (const p of pred)
        if (!hit(p, gold)) {
          const o = [...gold, ...other].find((g) => g.start < p.end && p.start < g.end);
          errors.push(`  false ${p.type}: "${d.text.slice(p.start, p.end)}"${o ? ` (gold ${o.type}: "${d.text.slice(o.start, o.end)}")` : ''}`);
        }
      for (const g of gold)
        if (!hit(g, pred as typeof gold))
          errors.push(`  missed ${g.type}: "${d.text.slice(g.start, g.end)}"  …${d.text.slice(Math.max(0, g.start - 30), g.end + 30).replace(/\n/g, ' ')}…`);
    }
  }
  const kib = chars / 1024;
  // steady state: tag the same (already tokenised) documents again, JIT warm
  const built = docs.map((d) => buildDocument(d.text));
  for (const doc of built) tagEntities(doc);
  const w0 = performance.now();
  for (const doc of built) tagEntities(doc);
  const warmMs = performance.now() - w0;
  console.log(`${docs[0]?.set ?? file}: steady-state tagging ${(warmMs / kib).toFixed(3)} ms/KiB, ${(warmMs / docs.length).toFixed(2)} ms/doc`);
  console.log(
    formatScores(
      `${docs[0]?.set ?? file}: ${docs.length} docs; tokenising ${(tokMs / kib).toFixed(3)} ms/KiB, tagging ${(tagMs / kib).toFixed(3)} ms/KiB (${(tagMs / docs.length).toFixed(2)} ms/doc)`,
      acc,
    ),
  );
  for (const e of errors.slice(0, showErrors * 2)) console.log(e);
}
