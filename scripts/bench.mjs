// npm run bench: dramatis against plain compromise, measured in the same run, reported as ratios.
// each figure is the median of interleaved runs in fresh processes, so a noisy neighbour hits both.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function corpora() {
  const fixtures = readdirSync(join(ROOT, 'fixtures'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(ROOT, 'fixtures', f), 'utf8'));
  const sets = [['fixtures', fixtures, 20]];
  const shared = join(ROOT, '..', 'shared', 'data');
  for (const name of ['conll2003-dev', 'gum-news', 'polnear-dev']) {
    const file = join(shared, `${name}.jsonl`);
    if (!existsSync(file)) continue;
    const texts = readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l).text);
    sets.push([name, texts, 1]);
  }
  return sets;
}

const dir = mkdtempSync(join(tmpdir(), 'dramatis-bench-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const child = (lib, file, rounds) => JSON.parse(execFileSync('node', [join(ROOT, 'scripts/bench/child.mjs'), lib, file, String(rounds)], { encoding: 'utf8' }));

const rows = [];
for (const [name, texts, rounds] of corpora()) {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(texts));
  const runs = { dramatis: [], compromise: [] };
  for (let i = 0; i < RUNS; i++) for (const lib of ['dramatis', 'compromise']) runs[lib].push(child(lib, file, rounds));
  const m = (lib, k) => median(runs[lib].map((r) => r[k]));
  rows.push({ name, docs: texts.length, kib: texts.reduce((n, t) => n + t.length, 0) / 1024, m });
}

const f = (x, d = 0) => x.toFixed(d).padStart(8);
console.log(`dramatis vs plain compromise (median of ${RUNS} interleaved fresh-process runs; Node ${process.version})\n`);
console.log('steady state = after warm-up passes; first pass = the first time each process sees the corpus (JIT cold)\n');
console.log('corpus              docs    KiB | dramatis art/s   KiB/s | compromise art/s  KiB/s | speed × | first pass ×');
for (const { name, docs, kib, m } of rows) {
  const ratio = m('dramatis', 'kibPerSecond') / m('compromise', 'kibPerSecond');
  const first = m('dramatis', 'firstPassKibPerSecond') / m('compromise', 'firstPassKibPerSecond');
  console.log(
    `${name.padEnd(16)} ${f(docs)} ${f(kib)} | ${f(m('dramatis', 'articlesPerSecond'), 1)} ${f(m('dramatis', 'kibPerSecond'))} | ${f(m('compromise', 'articlesPerSecond'), 1)} ${f(m('compromise', 'kibPerSecond'))} | ${f(ratio, 2)} | ${f(first, 2)}`,
  );
}
const first = rows[0].m;
console.log(`\ncold start (fresh process: import + first extract of a fixture):`);
console.log(
  `  dramatis ${first('dramatis', 'coldMs').toFixed(0)} ms, compromise ${first('compromise', 'coldMs').toFixed(0)} ms (ratio ${(first('dramatis', 'coldMs') / first('compromise', 'coldMs')).toFixed(2)})`,
);
const big = rows.at(-1).m;
console.log(`peak memory (RSS, ${rows.at(-1).name}):`);
console.log(
  `  dramatis ${big('dramatis', 'peakRssMiB').toFixed(0)} MiB, compromise ${big('compromise', 'peakRssMiB').toFixed(0)} MiB (ratio ${(big('dramatis', 'peakRssMiB') / big('compromise', 'peakRssMiB')).toFixed(2)})`,
);

// the edge bundle: what a Worker ships, every dependency inside (scripts/edge-bundle.cjs)
const { edgeBundle } = createRequire(import.meta.url)('./edge-bundle.cjs');
const edge = {
  dramatis: edgeBundle(`export { extract } from ${JSON.stringify(join(ROOT, 'dist', 'index.js'))};`, ROOT),
  compromise: edgeBundle("export { default } from 'compromise';", ROOT),
};
const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;
console.log('edge bundle (esbuild, minified, every dependency inside; gzip -9):');
console.log(
  `  dramatis ${kb(edge.dramatis.gzip)} gzip (${kb(edge.dramatis.bytes)} raw), compromise ${kb(edge.compromise.gzip)} gzip (ratio ${(edge.dramatis.gzip / edge.compromise.gzip).toFixed(2)})`,
);
console.log(
  `  raw bytes by package: ${Object.entries(edge.dramatis.byPackage)
    .sort((a, b) => b[1] - a[1])
    .map(([p, n]) => `${p} ${kb(n)}`)
    .join(', ')}`,
);

// dramatis/node: 2 worker threads against 1 (also runs alone: node scripts/bench/pool.mjs)
await import('./bench/pool.mjs');
