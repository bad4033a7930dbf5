// npm run shapes [-- --only nested-marks,title-chain --sizes 16,64,256,1024 --timeout 90]:
// every pathological shape (test/pathological.ts) at 16 K, 64 K, 256 K and 1 M characters, each size
// in a fresh process (no cache or heap carried over), timed on the built bundle. fails when a shape's
// time grows more than 5× from 256 K to 1 M (linear is 4×; not judged when the 1 M run takes under
// --min-seconds), its output exceeds 10× its text, it throws, or it runs past the timeout.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SHAPES } from '../test/pathological';

const CHILD = fileURLToPath(new URL('./shapes/child.mjs', import.meta.url));
const MAX_TIME_RATIO = 5;
const MAX_OUTPUT_RATIO = 10;

const { values: opt } = parseArgs({
  options: {
    only: { type: 'string' },
    sizes: { type: 'string', default: '16,64,256,1024' },
    timeout: { type: 'string', default: '90' },
    'min-seconds': { type: 'string', default: '0.25' },
  },
});
const sizes = opt.sizes.split(',').map((k) => Number(k) * 1024);
const names = opt.only ? opt.only.split(',') : Object.keys(SHAPES);
const timeoutMs = Number(opt.timeout) * 1000;
// a time ratio of two runs under this long is the timer's and the neighbours' noise, not the shape's
const minMs = Number(opt['min-seconds']) * 1000;
const dir = mkdtempSync(join(tmpdir(), 'dramatis-shapes-'));

type Cell = { ms: number; outChars: number; chars: number } | { error: string };

function measure(text: string): Cell {
  const file = join(dir, 'text.txt');
  writeFileSync(file, text);
  const r = spawnSync(process.execPath, ['--max-old-space-size=8192', CHILD, file], { encoding: 'utf8', timeout: timeoutMs });
  if (r.error || r.status !== 0) {
    const why =
      r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT'
        ? `timeout > ${opt.timeout} s`
        : (r.stderr.match(/^\w*Error.*$/m)?.[0] ?? `exit ${r.status}`);
    return { error: why };
  }
  return { ...JSON.parse(r.stdout.trim().split('\n').at(-1) as string), chars: text.length };
}

const label = (n: number) => (n >= 1 << 20 ? `${n / (1 << 20)}M` : `${n / 1024}K`);
const pad = (s: string, w: number) => s.padStart(w);
const header = [
  'shape'.padEnd(20),
  ...sizes.map((n) => pad(`${label(n)} s`, 9)),
  pad('last×', 6),
  pad('out', 9),
  pad('out/text', 8),
  pad('out×', 6),
  ' verdict',
];
console.log(
  `shapes on dist/index.cjs, each size in a fresh process (Node ${process.version}); last× = time ratio of the two largest sizes (${sizes.length > 1 ? (sizes.at(-1)! / sizes.at(-2)!).toFixed(0) : '-'} when linear), out = output JSON characters at the largest size run, out× = output ratio of the two largest; ~ = not judged, the largest run took under ${opt['min-seconds']} s\n`,
);
console.log(header.join(' '));

let failed = 0;
for (const name of names) {
  const build = SHAPES[name];
  if (!build) throw new Error(`no shape ${name}; shapes: ${Object.keys(SHAPES).join(', ')}`);
  const cells: Cell[] = [];
  for (const n of sizes) {
    const cell = measure(build(n));
    cells.push(cell);
    if ('error' in cell) break; // a larger size would only take longer
  }
  const ok = cells.filter((c): c is Exclude<Cell, { error: string }> => !('error' in c));
  const [prev, last] = [ok.at(-2), ok.at(-1)];
  const timeRatio = prev && last && ok.length === sizes.length ? last.ms / prev.ms : NaN;
  const judged = last !== undefined && last.ms >= minMs;
  const outRatio = prev && last ? last.outChars / prev.outChars : NaN;
  const outPerText = Math.max(...ok.map((c) => (c.outChars < 0 ? Infinity : c.outChars / c.chars)));
  const problems = [
    ...cells.filter((c) => 'error' in c).map((c) => (c as { error: string }).error),
    judged && timeRatio > MAX_TIME_RATIO ? `time ×${timeRatio.toFixed(1)} > ${MAX_TIME_RATIO}` : '',
    outPerText > MAX_OUTPUT_RATIO ? `output ${outPerText.toFixed(1)}× text > ${MAX_OUTPUT_RATIO}` : '',
  ].filter(Boolean);
  if (problems.length) failed++;
  const times = sizes.map((_, i) => {
    const c = cells[i];
    return pad(!c ? 'skipped' : 'error' in c ? 'FAIL' : (c.ms / 1000).toFixed(2), 9);
  });
  const row = [
    name.padEnd(20),
    ...times,
    pad(Number.isNaN(timeRatio) ? '-' : `${judged ? '' : '~'}${timeRatio.toFixed(1)}`, 6),
    pad(last ? String(last.outChars) : '-', 9),
    pad(Number.isFinite(outPerText) ? outPerText.toFixed(2) : '-', 8),
    pad(Number.isNaN(outRatio) ? '-' : outRatio.toFixed(1), 6),
  ];
  console.log(`${row.join(' ')}  ${problems.length ? `FAIL: ${problems.join('; ')}` : 'ok'}`);
}
rmSync(dir, { recursive: true, force: true });
console.log(`\n${failed ? `${failed} of ${names.length} shapes fail` : `all ${names.length} shapes linear`}`);
process.exit(failed ? 1 : 0);
