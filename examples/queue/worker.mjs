// one worker process: takes articles off the queue, runs extract, stores the result under the
// article id. run as many as there are cores, on as many machines as reach Redis. a worker killed
// mid-article loses nothing: its job's lock runs out and another worker takes the job again; the
// result is written by id, so a job run twice leaves one result. usage: node worker.mjs
import { UnrecoverableError, Worker } from 'bullmq';
import { DramatisError, extract } from 'dramatis';
import { Redis } from 'ioredis';
import { QUEUE, RESULTS, RUNS, connection } from './shared.mjs';

// how soon a dead worker's job goes back to the queue: BullMQ's defaults are 30 s; the test shortens them
const lockDuration = Number(process.env.LOCK_MS ?? 30_000);

const store = new Redis(connection());
// the first extract decodes the tagger's weights (a second or so): done before taking a job, so that
// the job's lock is not held through it
extract('Angela Merkel spoke in Berlin.');

const worker = new Worker(
  QUEUE,
  async (job) => {
    let result;
    try {
      result = extract(job.data.text);
    } catch (e) {
      // a bad article (no text, too long) fails the same way every time: no retry
      throw e instanceof DramatisError ? new UnrecoverableError(e.message) : e;
    }
    await store.multi().hset(RESULTS, String(job.data.id), JSON.stringify(result)).hincrby(RUNS, String(job.data.id), 1).exec();
  },
  { connection: connection(), concurrency: 1, lockDuration, stalledInterval: Math.min(30_000, lockDuration) },
);

worker.on('failed', (job, e) => console.error(`article ${job?.id}: ${e.message}`));
// a polite stop (SIGTERM) finishes the article in hand; a kill -9 is what the stalled-job check is for
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => worker.close().then(() => (store.disconnect(), process.exit(0))));
