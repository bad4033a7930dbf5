// enqueue articles, one job per article, the article id as the job id: enqueuing the same article
// twice (a producer restarted half way) adds it once. usage: node producer.mjs articles.jsonl
// (one {"id","text"} per line); REDIS_URL names the server (default redis://127.0.0.1:6379)
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Queue } from 'bullmq';
import { QUEUE, connection } from './shared.mjs';

const BATCH = 500;

export async function enqueue(articles) {
  const queue = new Queue(QUEUE, { connection: connection() });
  let batch = [];
  let n = 0;
  const flush = async () => {
    // a finished job is forgotten (the result is kept by id); a failed one is kept for a person to see
    await queue.addBulk(batch.map((a) => ({ name: 'extract', data: a, opts: { jobId: String(a.id), removeOnComplete: true, attempts: 3 } })));
    n += batch.length;
    batch = [];
  };
  for await (const a of articles) if (batch.push(a) === BATCH) await flush();
  if (batch.length) await flush();
  await queue.close();
  return n;
}

async function* jsonl(file) {
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) if (line.trim()) yield JSON.parse(line);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = await enqueue(jsonl(process.argv[2]));
  console.log(`enqueued ${n} articles`);
}
