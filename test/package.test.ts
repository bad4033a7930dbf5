import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
// packing runs the package's `prepare` script (a build) unless scripts are off: the tests read the dist/ already
// built, and a build here would rewrite it under the other suites that read it at the same time
const sh = (cmd: string) =>
  execSync(cmd, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_ignore_scripts: 'true' } });

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm run check does)');
});

describe('the packed package', () => {
  it('passes publint', () => {
    expect(sh('npx publint --strict')).not.toMatch(/error/i);
  });

  it('has types that resolve for every condition (arethetypeswrong)', () => {
    // the CLI ships as a bin, not an import: attw checks the library entry points
    expect(() => sh('npx attw --pack . --format ascii --profile node16')).not.toThrow();
  });

  it('ships the JSON Schema of the result', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'dist', 'schema.json'), 'utf8'));
    expect(schema.properties).toHaveProperty('actors');
    expect(schema.properties).toHaveProperty('quotes');
  });

  it('the main entry imports no Node built-ins', () => {
    for (const f of ['index.js', 'index.cjs']) {
      const code = readFileSync(join(ROOT, 'dist', f), 'utf8');
      expect(code).not.toMatch(/(?:from |require\()['"](?:node:)?(?:fs|path|child_process|os|readline|worker_threads)['"]/);
    }
  });

  it('dramatis/compromise imports the library by name instead of bundling a second copy', () => {
    for (const [f, load] of [
      ['compromise.js', /from ['"]dramatis['"]/],
      ['compromise.cjs', /require\(['"]dramatis['"]\)/],
    ] as const) {
      const code = readFileSync(join(ROOT, 'dist', f), 'utf8');
      expect(code).toMatch(load);
      expect(code.length).toBeLessThan(10_000);
    }
  });
});
