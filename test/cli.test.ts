import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './helpers';

// the CLI is tested as users run it: the built bin (the README's test command builds first)
const CLI = join(__dirname, '..', 'dist', 'cli.js');
const run = (args: string[], input?: string) => spawnSync('node', [CLI, ...args], { input, encoding: 'utf8' });

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
    expect(res.status).toBe(0);
    const lines = res.stdout.trim().split('\n').map((l) => JSON.parse(l));
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

  it('a too-long text fails with the library message and exit code 1', () => {
    const res = run(['--max-length', '5'], 'more than five');
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/dramatis: text is 14 characters, over the limit of 5/);
  });

  it('an unknown option prints usage and exits 2', () => {
    const res = run(['--nope']);
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(/unknown option --nope/);
  });

  it('--version prints the package version', () => {
    expect(execFileSync('node', [CLI, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
