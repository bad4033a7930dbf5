// npm run soak [-- --calls 20000 --limit-mib 10]: memory over many calls in one process, each
// call naming people, places and tokens never seen before (a server reading the news for weeks).
// prints the heap after a full GC at 0 / 5k / 10k / 20k calls, counted after a warm-up, and fails
// when it stands more than the limit over its start at any of them: whatever a call leaves behind must be bounded.
import { parseArgs } from 'node:util';
import { extract } from '../dist/index.js';

const { values: opt } = parseArgs({
  options: { calls: { type: 'string', default: '20000' }, 'limit-mib': { type: 'string', default: '10' } },
});
const CALLS = Number(opt.calls);
const LIMIT = Number(opt['limit-mib']);
if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc (npm run soak does)');

/** a word no call has used before: base 26 of a counter, spread by a stride so neighbours differ early */
function word(i) {
  let w = '';
  for (let k = i * 7919 + 17576; k > 0; k = Math.floor(k / 26)) w += 'abcdefghijklmnopqrstuvwxyz'[k % 26];
  return w[0].toUpperCase() + w.slice(1);
}

/** an article paragraph naming new people, a new place, a new body and a new code */
function article(i) {
  const [a, b, c, d, e, f] = [0, 1, 2, 3, 4, 5].map((k) => word(i * 6 + k));
  return (
    `Prime Minister ${a} ${b} met ${c} ${d} of the ${e} Party in ${f} on Tuesday. ` +
    `“We will not give up,” ${b} told reporters, citing report ${c.toLowerCase()}${i}.. and case ${d}-${i}. ` +
    `${d} said the talks in ${f} would go on.`
  );
}

const heapMiB = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

// warm-up: the model loads, the JIT settles, lazily built tables fill, on the same article 500
// times; every counted call after it names new people
for (let i = 0; i < 500; i++) extract(article(0));

const marks = new Set([0, Math.round(CALLS / 4), Math.round(CALLS / 2), CALLS]);
const t0 = performance.now();
let base = 0;
/** the most the heap stood over its start at any mark: it must stay within the limit all along */
let peak = 0;
console.log(`soak: ${CALLS} calls of dist/index.js, each with six new names and two new codes (Node ${process.version})\n`);
console.log('   calls   heap MiB   growth MiB   KiB/call   seconds');
for (let i = 0; i <= CALLS; i++) {
  if (marks.has(i)) {
    const heap = heapMiB();
    if (i === 0) base = heap;
    const growth = heap - base;
    peak = Math.max(peak, growth);
    console.log(
      `${String(i).padStart(8)} ${heap.toFixed(1).padStart(10)} ${growth.toFixed(1).padStart(12)} ${(i ? (growth * 1024) / i : 0).toFixed(3).padStart(10)} ${((performance.now() - t0) / 1000).toFixed(0).padStart(9)}`,
    );
  }
  if (i < CALLS) extract(article(i + 1));
}
const verdict =
  peak > LIMIT
    ? `FAIL: the heap stood ${peak.toFixed(1)} MiB over its start, over ${LIMIT} MiB`
    : `ok: the heap stood at most ${peak.toFixed(1)} MiB over its start (limit ${LIMIT} MiB)`;
console.log(`\n${verdict}`);
process.exit(peak > LIMIT ? 1 : 0);
