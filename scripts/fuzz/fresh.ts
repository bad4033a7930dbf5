import { Worker } from 'node:worker_threads';

// a brand-new worker per call: its own copy of the bundle and an empty wink-nlp token cache, as a
// new process has. each text's outcome is encoded as test/invariants.ts `encode` does
const CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { extract } = require(workerData.dist);
const encode = (t) => {
  try { return JSON.stringify(extract(t, { strict: true })); }
  catch (e) { return 'throws ' + (e instanceof Error ? e.name + ': ' + e.message : String(e)); }
};
parentPort.postMessage(workerData.texts.map(encode));
`;

/** the outcomes of `texts`, run in order in a new worker that has run nothing before */
export function inFreshWorker(dist: string, texts: string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CODE, { eval: true, workerData: { dist, texts } });
    worker.once('message', (out: string[]) => {
      resolve(out);
      void worker.terminate();
    });
    worker.once('error', reject);
    // a worker that ends without answering (killed, out of memory) must not leave the check waiting forever
    worker.once('exit', (code) => reject(new Error(`the fresh worker exited with code ${code} before answering`)));
  });
}
