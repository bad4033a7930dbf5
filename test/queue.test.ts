import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { extract } from '../src';
import { fixtureTexts } from './helpers';

// examples/queue as its README runs it: a real redis-server (Debian's, installed by .ci/run) on a
// free loopback port, the producer, two worker processes; one is killed (SIGKILL) half way, and every
// article still ends with exactly one result, the one extract() gives
const EXAMPLE = join(__dirname, '..', 'examples', 'queue');
const ARTICLES = 1000;
let dir: string;
let redisServer: ChildProcess | undefined;
let url: string;
const workers: ChildProcess[] = [];

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  if (spawnSync('redis-server', ['--version']).error) {
    throw new Error('redis-server is missing: install Debian’s redis-server (apt-get install redis-server; .ci/run does)');
  }
  dir = mkdtempSync(join(tmpdir(), 'dramatis-queue-'));
  const port = await freePort();
  url = `redis://127.0.0.1:${port}`;
  redisServer = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    redisServer!.stdout!.on('data', (d) => (out += d) && /Ready to accept connections/.test(out) && resolve());
    redisServer!.on('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out}`)));
  });
}, 30_000);

afterAll(async () => {
  for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGTERM');
  await Promise.all(workers.map((w) => (w.exitCode === null && w.signalCode === null ? new Promise((r) => w.on('exit', r)) : undefined)));
  redisServer?.kill('SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const startWorker = () => {
  // a dead worker's job returns to the queue after 5 s here, not BullMQ's default 30 s
  const w = spawn('node', [join(EXAMPLE, 'worker.mjs')], { env: { ...process.env, REDIS_URL: url, LOCK_MS: '5000' }, stdio: ['ignore', 'inherit', 'inherit'] });
  workers.push(w);
  return w;
};

describe('examples/queue: BullMQ on a real Redis', () => {
  it(`${ARTICLES} articles through two workers, one killed half way: none lost, none duplicated`, async () => {
    const [[, seed], [, wire]] = fixtureTexts();
    const articles = Array.from({ length: ARTICLES }, (_, i) => ({
      id: `art-${String(i).padStart(4, '0')}`,
      text: `Article ${i}. ${(i % 2 ? seed : wire).slice(0, 250 + (i % 7) * 60)}`,
    }));
    const file = join(dir, 'articles.jsonl');
    writeFileSync(file, articles.map((a) => JSON.stringify(a)).join('\n'));
    const redis = new Redis(url);
    const queue = new Queue('dramatis-articles', { connection: { host: '127.0.0.1', port: Number(new URL(url).port) } });
    try {
      const [doomed] = [startWorker(), startWorker()];
      const produced = spawnSync('node', [join(EXAMPLE, 'producer.mjs'), file], { env: { ...process.env, REDIS_URL: url }, encoding: 'utf8' });
      expect(produced.stdout.trim()).toBe(`enqueued ${ARTICLES} articles`);

      // kill one worker, without warning, once a quarter of the articles are done
      while (Number(await redis.hlen('dramatis:results')) < ARTICLES / 4) await sleep(50);
      doomed.kill('SIGKILL');
      const atKill = await redis.hlen('dramatis:results');

      const deadline = Date.now() + 300_000;
      let counts: Record<string, number> = {};
      do {
        await sleep(250);
        counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized');
      } while ((Object.values(counts).some((n) => n > 0) || (await redis.hlen('dramatis:results')) < ARTICLES) && Date.now() < deadline);

      const results = await redis.hgetall('dramatis:results');
      const runs = Object.values(await redis.hgetall('dramatis:runs')).map(Number);
      process.stdout.write(
        `queue: ${Object.keys(results).length} results for ${ARTICLES} articles; worker killed at ${atKill}; ` +
          `${runs.filter((n) => n > 1).length} article(s) run twice (the killed worker's job, taken again); jobs left ${JSON.stringify(counts)}\n`,
      );
      expect(counts).toEqual({ waiting: 0, active: 0, delayed: 0, failed: 0, prioritized: 0 });
      expect(Object.keys(results).sort()).toEqual(articles.map((a) => a.id));
      // each result is what extract() gives for its article, so none was swapped or cut short
      for (const a of articles) expect(results[a.id]).toBe(JSON.stringify(extract(a.text)));
      expect(runs.reduce((s, n) => s + n, 0)).toBeGreaterThanOrEqual(ARTICLES);
    } finally {
      await queue.close();
      redis.disconnect();
    }
  }, 400_000);
});
