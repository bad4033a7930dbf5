// how often a speaker's words are the annotators' source exactly, first to last character, beside how often they overlap
// it (the scorer's source accuracy reads overlap; CofeNet and PARC's scorers read exact spans):
//   node dist/cli.js --jsonl < polnear-dev-texts.jsonl > out.jsonl
//   node scripts/source-exact.mjs out.jsonl ../shared/data/polnear-dev.jsonl
// the gold file's records carry `attributions` ({ source: [[start, end], …], … }); the results are matched to them by `id`
import { readFileSync } from 'node:fs';

const [resultsFile, goldFile] = process.argv.slice(2);
if (!resultsFile || !goldFile) {
  console.error('usage: node scripts/source-exact.mjs RESULTS.jsonl GOLD.jsonl');
  process.exit(2);
}
const lines = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
const sources = new Map(lines(goldFile).map((d) => [String(d.id), (d.attributions ?? []).flatMap((a) => a.source ?? [])]));

let overlapping = 0;
let exact = 0;
for (const result of lines(resultsFile)) {
  const gold = sources.get(String(result.id));
  if (!gold) continue;
  for (const q of result.quotes ?? []) {
    const m = q.speaker?.mention;
    if (!m) continue;
    const g = gold.find(([s, e]) => e > m.start && s < m.end);
    if (!g) continue;
    overlapping++;
    if (g[0] === m.start && g[1] === m.end) exact++;
  }
}
const share = overlapping ? ((100 * exact) / overlapping).toFixed(3) : '0.000';
console.log(`speaker mentions overlapping a gold source: ${overlapping}; the same span exactly: ${exact} (${share} %)`);
