import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// the CLI fails loudly: every refusal has an exit status, a message on stderr and a known stdout
const CLI = join(__dirname, '..', 'dist', 'cli.js');
let dir: string;
const at = (name: string) => join(dir, name);
const run = (args: string[], input = '') => spawnSync('node', [CLI, ...args], { input, encoding: 'utf8', cwd: dir });
const lineCount = (s: string) => (s ? s.trimEnd().split('\n').length : 0);
const doc = (id: string, text: string) => JSON.stringify({ id, text });

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const GOOD = [doc('a', 'Joe Biden met Xi Jinping.'), doc('b', 'Talks resumed in Qatar.')].join('\n');
const MIXED = [doc('a', 'Paris.'), 'not json', '', doc('b', 'Rome.'), '{"id":9,"text":1}'].join('\n');

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm run check does)');
  dir = mkdtempSync(join(tmpdir(), 'dramatis-loud-'));
  mkdirSync(at('folder'));
  writeFileSync(at('good.jsonl'), GOOD);
  writeFileSync(at('mixed.jsonl'), MIXED);
  writeFileSync(at('image.png'), PNG);
  writeFileSync(at('nul.txt'), 'text\0with a NUL');
  writeFileSync(at('latin1.txt'), Buffer.from('Caf\xe9 in Paris.', 'latin1'));
  writeFileSync(at('article.txt'), 'Angela Merkel spoke in Berlin.');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI refuses loudly', () => {
  it.each<[string, string[], string, number, RegExp, number]>([
    // what, args, stdin, status, stderr, stdout lines
    ['--jsonl FILE reads the file', ['--jsonl', 'good.jsonl'], '', 0, /^$/, 2],
    ['--jsonl - reads stdin', ['--jsonl', '-'], GOOD, 0, /^$/, 2],
    ['--jsonl reads stdin', ['--jsonl'], GOOD, 0, /^$/, 2],
    [
      '--jsonl with bad lines answers each and sums up',
      ['--jsonl', 'mixed.jsonl'],
      '',
      1,
      /^dramatis: 3 of 5 lines failed: INVALID_LINE lines 2, 5; EMPTY_LINE line 3 \(/,
      5,
    ],
    ['--jsonl --pretty', ['--jsonl', '--pretty', 'good.jsonl'], '', 2, /^dramatis: --jsonl and --pretty cannot be used together/, 0],
    ['--pretty --jsonl', ['--pretty', '--jsonl'], GOOD, 2, /^dramatis: --jsonl and --pretty cannot be used together/, 0],
    ['--max-length without a number', ['--max-length'], 'x', 2, /^dramatis: --max-length needs a positive integer, got nothing/, 0],
    ['--max-length 0', ['--max-length', '0'], 'x', 2, /^dramatis: --max-length needs a positive integer, got "0"/, 0],
    [
      '--max-length=3 over the limit',
      ['--max-length=3'],
      'Paris.',
      1,
      /^dramatis: text is 6 characters, over the limit of 3 \(--max-length N raises it\)\n$/,
      0,
    ],
    ['a directory', ['folder'], '', 1, /^dramatis: cannot read folder: it is a directory; give a file, or - for stdin\n$/, 0],
    ['a directory with --jsonl', ['--jsonl', 'folder'], '', 1, /^dramatis: cannot read folder: it is a directory/, 0],
    ['a missing file', ['missing.txt'], '', 1, /^dramatis: cannot read missing.txt: no such file\n$/, 0],
    ['a missing file with --jsonl', ['--jsonl', 'missing.jsonl'], '', 1, /^dramatis: cannot read missing.jsonl: no such file\n$/, 0],
    ['a PNG file', ['image.png'], '', 1, /^dramatis: image.png is a PNG image; dramatis reads plain text\n$/, 0],
    ['a PNG on stdin', [], PNG.toString('latin1'), 1, /^dramatis: stdin is /, 0],
    ['a file with NUL bytes', ['nul.txt'], '', 1, /^dramatis: nul.txt is binary data \(it holds NUL bytes\)/, 0],
    ['a Latin-1 file', ['latin1.txt'], '', 1, /^dramatis: latin1.txt is not UTF-8 text \(convert it first/, 0],
    ['two files', ['a.txt', 'b.txt'], '', 2, /^dramatis: one file at a time/, 0],
    ['an unknown flag', ['--nope'], '', 2, /^dramatis: unknown option --nope\n\ndramatis: the cast/, 0],
  ])('%s', (_what, args, input, status, stderr, lines) => {
    const res = run(args, input);
    expect({ status: res.status, stderr: res.stderr }).toEqual({ status, stderr: expect.stringMatching(stderr) });
    expect(lineCount(res.stdout)).toBe(lines);
  });

  it('--jsonl answers every line in order, with the failed ones as error records', () => {
    const out = run(['--jsonl', 'mixed.jsonl'])
      .stdout.trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((r) => [r.id, r.error?.code ?? null])).toEqual([
      ['a', null],
      [null, 'INVALID_LINE'],
      [null, 'EMPTY_LINE'],
      ['b', null],
      [9, 'INVALID_LINE'],
    ]);
  });

  it('--jsonl words a too-long line for the CLI', () => {
    const res = run(['--jsonl', '--max-length', '3'], doc('a', 'Paris.'));
    expect(JSON.parse(res.stdout).error).toEqual({
      code: 'TEXT_TOO_LONG',
      message: 'dramatis: text is 6 characters, over the limit of 3 (--max-length N raises it)',
    });
    expect(res.stderr).toMatch(/^dramatis: 1 of 1 line failed: TEXT_TOO_LONG line 1/);
    expect(res.status).toBe(1);
  });

  it.each([
    ['tags', '<html><body><p>The minister said the talks would go on.</p></body></html>'],
    ['quotes as entities', 'He said &quot;we will win&quot; on Monday in Paris.'],
  ])('input that looks like HTML (%s) gets a warning in `warnings`', (_what, text) => {
    const res = run([], text);
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout).warnings).toEqual([expect.stringMatching(/^dramatis:input: the text looks like HTML/)]);
  });

  it('plain text that mentions a tag or an ampersand gets no such warning', () => {
    const res = run([], 'AT&T said the <b> tag and Procter & Gamble were fine, Reuters <REUTERS> reported.');
    expect(JSON.parse(res.stdout).warnings).toEqual([]);
  });

  it('no input at a terminal prints the usage instead of waiting', () => {
    // `script` gives the CLI a terminal as stdin, as a person running `dramatis` alone has
    const script = spawnSync('script', ['--version'], { encoding: 'utf8' });
    if (script.error) throw new Error('this test needs `script` (util-linux) to give the CLI a terminal; install util-linux');
    const res = spawnSync('script', ['-qec', `node ${JSON.stringify(CLI)}`, '/dev/null'], { encoding: 'utf8', timeout: 20000 });
    expect(res.signal).toBeNull();
    expect(res.status).toBe(2);
    expect(res.stdout).toMatch(/dramatis: no input: name a file, or pipe text in/);
    expect(res.stdout).toMatch(/usage:/);
  });
});
