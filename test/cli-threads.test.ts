import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureTexts } from './helpers';

// --threads and --format html, tested as users run them: the built bin
const CLI = join(__dirname, '..', 'dist', 'cli.js');
const run = (args: string[], input?: string, nodeArgs: string[] = []) => spawnSync('node', [...nodeArgs, CLI, ...args], { input, encoding: 'utf8' });
const doc = (id: unknown, text: unknown) => JSON.stringify({ id, text });
let dir: string;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm run check does)');
  dir = mkdtempSync(join(tmpdir(), 'dramatis-threads-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const batch = () => {
  const [[, seed], [, wire]] = fixtureTexts();
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) {
    lines.push(doc(`a${i}`, i % 2 ? seed.slice(0, 200 + i * 60) : wire));
    if (i % 11 === 0) lines.push('not json', '', doc(i, 5), doc(`long${i}`, 'x'.repeat(3001)));
  }
  return `${lines.join('\n')}\n`;
};

describe('dramatis --jsonl --threads N', () => {
  it.each([
    ['--threads 1', ['--threads', '1'], false],
    ['--threads 2', ['--threads', '2'], false],
    ['--threads 3, the batch named as a file', ['--threads', '3'], true],
  ])('%s writes the sequential run’s output byte for byte, bad lines included, and its summary and status', (_what, flags, asFile) => {
    const input = batch();
    const file = join(dir, 'mixed.jsonl');
    writeFileSync(file, input);
    const sequential = run(['--jsonl', '--max-length', '3000'], input);
    const threaded = asFile ? run(['--jsonl', file, '--max-length', '3000', ...flags]) : run(['--jsonl', '--max-length', '3000', ...flags], input);
    expect(threaded.stdout).toBe(sequential.stdout);
    expect(threaded.stdout.split('\n')).toHaveLength(input.split('\n').length);
    // stderr is no terminal here: no progress bar, only the sequential run's summary of failed lines
    expect(threaded.stderr).toBe(sequential.stderr);
    expect(threaded.stderr).toMatch(/^dramatis: \d+ of \d+ lines failed: /);
    expect(threaded.status).toBe(sequential.status);
    expect(threaded.status).toBe(1);
  });

  it('a clean batch on threads ends with status 0 and nothing on stderr', () => {
    const res = run(['--jsonl', '--threads', '2'], [doc('a', 'Paris.'), doc('b', 'Rome.')].join('\n'));
    expect([res.status, res.stderr]).toEqual([0, '']);
  });

  it('a bug on one line and a worker that dies on another cost those lines only', () => {
    const fault = `const r = String.prototype.replace; String.prototype.replace = function (...a) {
      if (this.startsWith('CRASH')) throw new TypeError('boom');
      if (this.startsWith('EXIT')) process.exit(3);
      return r.apply(this, a); };`;
    const input = [doc('a', 'CRASH here'), doc('b', 'Paris.'), doc('c', 'EXIT now'), doc('d', 'Rome.')].join('\n');
    const res = run(['--jsonl', '--threads', '2'], input, [`--import=data:text/javascript,${encodeURIComponent(fault)}`]);
    const out = res.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((r) => [r.id, r.error?.code ?? null])).toEqual([
      ['a', 'INTERNAL_ERROR'],
      ['b', null],
      ['c', 'WORKER_FAILED'],
      ['d', null],
    ]);
    expect(res.stderr).toMatch(/boom \(line 1\)/);
    expect(res.status).toBe(1);
  });

  it('shows a progress bar (documents, KiB/s, ETA) when stderr is a terminal', () => {
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, batch());
    // `script` gives the run a terminal; stdout still goes to a file
    const res = spawnSync(
      'script',
      ['-qec', `node ${JSON.stringify(CLI)} --jsonl --threads 2 < ${JSON.stringify(file)} > ${JSON.stringify(join(dir, 'out'))}`, '/dev/null'],
      {
        encoding: 'utf8',
      },
    );
    expect(res.stdout).toMatch(/dramatis .*100% \| \d+ docs \| \d+ KiB\/s \| ETA/);
  });

  it.each([
    ['--threads without --jsonl', ['--threads', '2'], /--threads is for --jsonl batches/],
    ['--threads 0', ['--jsonl', '--threads', '0'], /--threads needs a positive integer, got 0/],
    ['--format html with --jsonl', ['--jsonl', '--format', 'html'], /--format html is for one article/],
    ['--format xml', ['--format', 'xml'], /--format is json or html, got xml/],
  ])('%s is a usage error (exit 2)', (_what, args, message) => {
    const res = run(args as string[], '');
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(message);
  });
});

describe('dramatis --format html', () => {
  it('prints a standalone page with the cast and quotes marked, the text escaped', () => {
    const res = run(['--format', 'html'], '<script>x()</script> “We will win,” Angela Merkel said in Berlin.');
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/^<!doctype html>/);
    expect(res.stdout).toContain('&lt;script&gt;x()&lt;/script&gt;');
    expect(res.stdout).not.toContain('<script>');
    expect(res.stdout).toMatch(/class="dm dm-actor"[^>]*data-name="Angela Merkel"/);
    expect(res.stdout).toMatch(/class="dm dm-quote dm-(?:direct|partial)"[^>]*data-speaker="Angela Merkel"/);
  });
});
