// extractMany over an endless generator: the read-ahead is counted (items pulled from the input
// and not yet handed back) and the main thread's heap is sampled after a gc every tenth of the run.
// usage: node --expose-gc scripts/many-soak.mjs [ARTICLES=20000] [THREADS=2]; prints one JSON line
import { extractMany } from '../dist/node.js';

const N = Number(process.argv[2] ?? 20000);
const threads = Number(process.argv[3] ?? 2);
const window = threads * 4;
const NAMES = ['Angela Merkel', 'Joe Biden', 'Xi Jinping', 'Emmanuel Macron', 'Mette Frederiksen', 'Olaf Scholz'];
const PLACES = ['Berlin', 'Beijing', 'Paris', 'Copenhagen', 'Doha', 'Cairo'];

let pulled = 0;
let returned = 0;
let maxAhead = 0;
let maxInFlight = 0;
// endless: the batch ends only because the loop below stops reading at N
function* articles() {
  for (let i = 0; ; i++) {
    pulled++;
    maxAhead = Math.max(maxAhead, pulled - returned);
    const who = NAMES[i % NAMES.length];
    const where = PLACES[(i * 7) % PLACES.length];
    yield { id: i, text: `${who} arrived in ${where} on Monday. "We have work to do," ${who.split(' ')[1]} told reporters, article ${i}.` };
  }
}

const heap = () => (globalThis.gc?.(), process.memoryUsage().heapUsed / 2 ** 20);
const samples = [];
const t0 = performance.now();
for await (const r of extractMany(articles(), { threads, window, onProgress: (p) => (maxInFlight = Math.max(maxInFlight, p.inFlight)) })) {
  returned++;
  if (r.error) throw new Error(`article ${r.id}: ${r.error.message}`);
  if (returned % (N / 10) === 0) samples.push({ at: returned, heapMiB: +heap().toFixed(2), rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20) });
  if (returned === N) break;
}
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ articles: returned, threads, window, maxAhead, maxInFlight, seconds: +seconds.toFixed(1), samples }));
