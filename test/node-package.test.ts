import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// dramatis/node and dramatis/html as a user gets them: the packed tarball unpacked into a
// node_modules, imported by name from ESM and from CommonJS; the workers must find their own file
// and the main bundle beside it, and a DramatisError from a worker is the main entry's class
const ROOT = join(__dirname, '..');
let app: string;

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'node-worker.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm run check does)');
  app = mkdtempSync(join(tmpdir(), 'dramatis-app-'));
  const pkg = join(app, 'node_modules', 'dramatis');
  mkdirSync(pkg, { recursive: true });
  // --ignore-scripts: no `prepare` build, which would rewrite dist/ under the suites reading it at the same time
  const tgz = execSync(`npm pack --silent --ignore-scripts --pack-destination ${JSON.stringify(app)}`, { cwd: ROOT, encoding: 'utf8' })
    .trim()
    .split('\n')
    .at(-1)!;
  execFileSync('tar', ['-xzf', join(app, tgz), '-C', pkg, '--strip-components=1']);
  // the package's dependencies, as npm would install them beside it
  for (const dep of Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies)) {
    mkdirSync(join(app, 'node_modules', dep, '..'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', dep), join(app, 'node_modules', dep));
  }
});
afterAll(() => rmSync(app, { recursive: true, force: true }));

const script = (isEsm: boolean) => `
${isEsm ? "import { extract, DramatisError } from 'dramatis'; import { extractMany } from 'dramatis/node'; import { toHtml } from 'dramatis/html';" : "const { extract, DramatisError } = require('dramatis'); const { extractMany } = require('dramatis/node'); const { toHtml } = require('dramatis/html');"}
(async () => {
  const texts = ['Joe Biden met Xi Jinping in Beijing.', 42, '"We will win," said Angela Merkel in Berlin.'];
  const out = [];
  for await (const r of extractMany(texts, { threads: 2 })) out.push(r);
  let optionError;
  try { extractMany([], { threads: -1 }); } catch (e) { optionError = e instanceof DramatisError; }
  const same = JSON.stringify(out[0].result) === JSON.stringify(extract(texts[0])) && JSON.stringify(out[2].result) === JSON.stringify(extract(texts[2]));
  const html = toHtml(texts[0], extract(texts[0]), { legend: false });
  console.log(JSON.stringify({ same, codes: out.map((r) => r.error?.code ?? null), optionError, marked: (html.match(/data-entity=/g) || []).length }));
})();
`;

describe('dramatis/node and dramatis/html from node_modules', () => {
  it.each([
    ['ESM', 'app.mjs', true],
    ['CommonJS', 'app.cjs', false],
  ])('%s', (_what, file, isEsm) => {
    writeFileSync(join(app, file), script(isEsm));
    const out = JSON.parse(execFileSync('node', [file], { cwd: app, encoding: 'utf8' }));
    expect(out).toEqual({ same: true, codes: [null, 'INVALID_INPUT', null], optionError: true, marked: 3 });
  });
});
