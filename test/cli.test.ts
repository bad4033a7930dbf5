import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../src';
import { FIXTURES } from './helpers';

// the CLI is tested as users run it: the built bin (the README's test command builds first)
const CLI = join(__dirname, '..', 'dist', 'cli.js');
const run = (args: string[], input?: string) => spawnSync('node', [CLI, ...args], { input, encoding: 'utf8' });
const records = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));
const doc = (id: string, text: string) => JSON.stringify({ id, text });
const BOM = '\ufeff';

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm run check does)');
});

describe('dramatis CLI', () => {
  it('prints the result of a file as JSON', () => {
    const out = JSON.parse(run([join(FIXTURES, 'hostage-talks-denmark.txt')]).stdout);
    expect(Object.keys(out)).toEqual(['actors', 'organizations', 'locations', 'quotes', 'warnings']);
  });

  it('reads stdin when no file is given', () => {
    const out = JSON.parse(run([], 'Talks resumed in Qatar.').stdout);
    expect(out.locations.map((l: { name: string }) => l.name)).toContain('Qatar');
  });

  it('--jsonl keeps ids, and a bad line gives an error record while the run goes on', () => {
    const input = ['{"id":"a","text":"Joe Biden met Xi Jinping."}', 'not json', '{"id":7,"text":42}', '{"id":"b","text":""}'].join('\n');
    const res = run(['--jsonl'], input);
    expect(res.status).toBe(1);
    const lines = res.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 7, 'b']);
    expect(lines[1].error.code).toBe('INVALID_LINE');
    expect(lines[2].error.message).toMatch(/text a string/);
    expect(lines[3].actors).toEqual([]);
  });

  it('--pretty prints a summary for a person', () => {
    const out = run(['--pretty', join(FIXTURES, 'hostage-talks-denmark.txt')]).stdout;
    expect(out).toMatch(/^Actors \(\d+\)/);
    expect(out).toMatch(/Quotes \(\d+\)/);
  });

  it('--no-reported leaves reported statements out, quotations in (the default has both)', () => {
    const text = 'Netanyahu said Israel would not withdraw from the corridor. “We will stay,” he said.';
    const kinds = (args: string[]) => (JSON.parse(run(args, text).stdout).quotes as Array<{ kind: string }>).map((q) => q.kind);
    expect(kinds([])).toEqual(expect.arrayContaining(['indirect', 'direct']));
    expect(kinds(['--no-reported'])).toEqual(['direct']);
    const lines = run(['--jsonl', '--no-reported'], `${JSON.stringify({ id: 1, text })}\n`)
      .stdout.trim()
      .split('\n');
    expect(JSON.parse(lines[0]).quotes.map((q: { kind: string }) => q.kind)).toEqual(['direct']);
  });

  it('--no-nested-names leaves out the names inside names, in both modes (the default keeps them)', () => {
    const text = 'The Bank of Canada raised rates.';
    const places = (out: string) => (JSON.parse(out).locations as Array<{ name: string }>).map((l) => l.name);
    expect(places(run([], text).stdout)).toEqual(['Canada']);
    expect(places(run(['--no-nested-names'], text).stdout)).toEqual([]);
    expect(places(run(['--jsonl', '--no-nested-names'], `${doc('1', text)}\n`).stdout.trim())).toEqual([]);
  });

  it('--pretty shows the words at the cue when a pronoun names the speaker, not when a name does', () => {
    const out = run(['--pretty'], 'John Smith arrived. “We will win,” he said. “We are here,” Smith said.').stdout;
    expect(out).toMatch(/John Smith, as “he”: “We will win,”/);
    expect(out).toMatch(/John Smith: “We are here,”/);
  });

  it('a too-long text fails with the limit in CLI words and exit code 1', () => {
    const res = run(['--max-length', '5'], 'more than five');
    expect(res.status).toBe(1);
    expect(res.stderr).toBe('dramatis: text is 14 characters, over the limit of 5 (--max-length N raises it)\n');
  });

  it('an unknown option prints usage and exits 2', () => {
    const res = run(['--nope']);
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(/unknown option --nope/);
  });

  it('--version prints the package version', () => {
    expect(execFileSync('node', [CLI, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each<[string, string, Array<string | null>]>([
    ['a BOM before the first line', `${BOM}${doc('a', 'Joe Biden spoke.')}\n${doc('b', 'Paris.')}`, ['a', 'b']],
    ['a BOM on a later line (files joined with cat)', `${doc('a', 'Paris.')}\n${BOM}${doc('b', 'Paris.')}`, ['a', 'b']],
    ['CRLF line ends', `${doc('a', 'Paris.')}\r\n${doc('b', 'Rome.')}\r\n`, ['a', 'b']],
  ])('--jsonl reads %s', (_what, input, ids) => {
    const out = records(run(['--jsonl'], input).stdout);
    expect(out.map((r) => r.id)).toEqual(ids);
    expect(out.filter((r) => r.error)).toEqual([]);
  });

  it('--jsonl writes one line per input line: a blank line gives an EMPTY_LINE record', () => {
    const input = `${[doc('a', 'Paris.'), '', '   ', doc('b', 'Rome.')].join('\n')}\n`;
    const res = run(['--jsonl'], input);
    const out = records(res.stdout);
    expect(res.status).toBe(1);
    expect(out.map((r) => r.id)).toEqual(['a', null, null, 'b']);
    expect(out.map((r) => r.error?.code ?? null)).toEqual([null, 'EMPTY_LINE', 'EMPTY_LINE', null]);
    expect(out[1]).toEqual({ id: null, line: 2, error: { code: 'EMPTY_LINE', message: 'dramatis: line 2 is blank' } });
  });

  it('a BOM in plain mode is the text’s first character: offsets as extract() gives them on the decoded file', () => {
    const text = `${BOM}Angela Merkel spoke in Berlin.`;
    const out = JSON.parse(run([], text).stdout);
    expect(out).toEqual(extract(text));
    expect(out.actors[0].mentions[0]).toMatchObject({ start: 1, end: 14, text: 'Angela Merkel' });
  });

  it('--jsonl reports an error inside dramatis as INTERNAL_ERROR, not as a bad line', () => {
    // a fault injected where the pipeline first reads the text stands for a bug in dramatis
    const fault = `const r = String.prototype.replace; String.prototype.replace = function (...a) {
      if (this.startsWith('CRASH')) throw new TypeError("Cannot read properties of undefined (reading 'start')");
      return r.apply(this, a); };`;
    const res = spawnSync('node', [`--import=data:text/javascript,${encodeURIComponent(fault)}`, CLI, '--jsonl'], {
      input: [doc('a', 'CRASH here'), doc('b', 'Paris.')].join('\n'),
      encoding: 'utf8',
    });
    const [bad, good] = records(res.stdout);
    expect(bad).toEqual({
      id: 'a',
      line: 1,
      error: {
        code: 'INTERNAL_ERROR',
        message: "dramatis: internal error (a bug in dramatis; please report it with the input): Cannot read properties of undefined (reading 'start')",
      },
    });
    expect(good.id).toBe('b');
    expect(res.status).toBe(1);
  });

  describe('when the reader stops early (| head -1)', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'dramatis-cli-'));
      writeFileSync(
        join(dir, 'big.jsonl'),
        Array.from({ length: 3000 }, (_, i) => doc(`d${i}`, 'Joe Biden met Xi Jinping in Beijing, officials said.')).join('\n'),
      );
      writeFileSync(join(dir, 'big.txt'), 'Joe Biden met Xi Jinping in Beijing, officials said.\n'.repeat(500));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.each([
      ['--jsonl', '--jsonl < big.jsonl'],
      ['plain JSON', 'big.txt'],
      ['--pretty', '--pretty big.txt'],
    ])('%s stops quietly with status 0', (_mode, args) => {
      const res = spawnSync('bash', ['-c', `node ${JSON.stringify(CLI)} ${args} | head -1; exit \${PIPESTATUS[0]}`], { cwd: dir, encoding: 'utf8' });
      expect(res.stderr).toBe('');
      expect(res.status).toBe(0);
      expect(res.stdout.split('\n')).toHaveLength(2);
    });
  });
});
