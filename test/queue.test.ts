import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { extract } from '../src';
import { fixtureTexts } from './helpers';

// examples/queue as its README runs it: a real redis-server (Debian's, installed by .ci/run) on a
// free loopback port, the producer, two worker processes; one is killed (SIGKILL) half way, and every
// article still ends with exactly one result, the one extract() gives
const ROOT = join(__dirname, '..');
let EXAMPLE: string;
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
  // the recipe as a user has it: its files in a project whose node_modules holds dramatis (this
  // package, built), bullmq and ioredis
  EXAMPLE = join(dir, 'app');
  cpSync(join(ROOT, 'examples', 'queue'), EXAMPLE, { recursive: true });
  mkdirSync(join(EXAMPLE, 'node_modules'));
  symlinkSync(ROOT, join(EXAMPLE, 'node_modules', 'dramatis'));
  for (const dep of ['bullmq', 'ioredis']) symlinkSync(join(ROOT, 'node_modules', dep), join(EXAMPLE, 'node_modules', dep));
  writeFileSync(join(EXAMPLE, 'package.json'), '{ "type": "module", "private": true }');
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
let crashed = '';
// waits for `done`, failing at once when a worker died on its own or the time is up
async function until(done: () => Promise<boolean>, what: string, ms: number) {
  for (const deadline = Date.now() + ms; !(await done()); await sleep(100)) {
    if (crashed) throw new Error(crashed);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
  }
}
const startWorker = () => {
  // a dead worker's job returns to the queue after 5 s here, not BullMQ's default 30 s
  const w = spawn('node', [join(EXAMPLE, 'worker.mjs')], { env: { ...process.env, REDIS_URL: url, LOCK_MS: '5000' }, stdio: ['ignore', 'inherit', 'pipe'] });
  let stderr = '';
  w.stderr!.on('data', (d) => {
    stderr += d;
    process.stderr.write(d);
  });
  w.on('exit', (code, signal) => {
    if (signal !== 'SIGKILL' && signal !== 'SIGTERM') crashed = `a worker exited (${code}) before the end: ${stderr}`;
  });
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
    const connection = { host: '127.0.0.1', port: Number(new URL(url).port) };
    const queue = new Queue('dramatis-articles', { connection });
    // BullMQ says when a job's lock ran out and the job went back to the queue: the killed worker's
    const events = new QueueEvents('dramatis-articles', { connection });
    const stalled: string[] = [];
    events.on('stalled', ({ jobId }) => stalled.push(jobId));
    await events.waitUntilReady();
    try {
      const [doomed] = [startWorker(), startWorker()];
      const produced = spawnSync('node', [join(EXAMPLE, 'producer.mjs'), file], { env: { ...process.env, REDIS_URL: url }, encoding: 'utf8' });
      expect(produced.stdout.trim()).toBe(`enqueued ${ARTICLES} articles`);

      // kill one worker, without warning, once a quarter of the articles are done
      await until(async () => Number(await redis.hlen('dramatis:results')) >= ARTICLES / 4, 'a quarter of the results', 120_000);
      doomed.kill('SIGKILL');
      const atKill = await redis.hlen('dramatis:results');

      let counts: Record<string, number> = {};
      await until(
        async () => {
          counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized');
          return !Object.values(counts).some((n) => n > 0) && (await redis.hlen('dramatis:results')) >= ARTICLES;
        },
        'every article',
        300_000,
      );

      const results = await redis.hgetall('dramatis:results');
      const runs = Object.values(await redis.hgetall('dramatis:runs')).map(Number);
      process.stdout.write(
        `queue: ${Object.keys(results).length} results for ${ARTICLES} articles; worker killed at ${atKill}; ` +
          `job(s) of the killed worker taken again by the other: ${JSON.stringify(stalled)}; ` +
          `${runs.filter((n) => n > 1).length} article(s) run twice (at least once: extracted, not yet acknowledged); jobs left ${JSON.stringify(counts)}\n`,
      );
      // the killed worker held a job (the one it ran, or the next it had taken): it came back and was done
      expect(stalled.length).toBeGreaterThanOrEqual(1);
      for (const id of stalled) expect(results[id]).toBeDefined();
      expect(counts).toEqual({ waiting: 0, active: 0, delayed: 0, failed: 0, prioritized: 0 });
      expect(Object.keys(results).sort()).toEqual(articles.map((a) => a.id));
      // each result is what extract() gives for its article, so none was swapped or cut short
      for (const a of articles) expect(results[a.id]).toBe(JSON.stringify(extract(a.text)));
      expect(runs.reduce((s, n) => s + n, 0)).toBeGreaterThanOrEqual(ARTICLES);
    } finally {
      await events.close();
      await queue.close();
      redis.disconnect();
    }
  }, 400_000);
});
