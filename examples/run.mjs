// runs every example against the packed package, as a user who installs the tarball would:
// npm pack, a fresh project with the tarball and examples/package.json, then each example in its
// runtime (Node ESM and CJS, TypeScript, compromise, a Lambda handler, an edge function, Deno, a
// Deno notebook's cells, a Worker in workerd, a page in headless Chromium, a BullMQ queue on Redis). Prints each one's bundle size and first-request
// time; exits 1 when any example fails. A runtime whose binary is missing fails, never skips.
// usage: node examples/run.mjs [--json] [--keep]
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = join(import.meta.dirname, '..');
const json = process.argv.includes('--json');
const keep = process.argv.includes('--keep');
const say = (s) => process.stderr.write(`${s}\n`);

function sh(cmd, args, opts = {}) {
  const t0 = performance.now();
  const res = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  const ms = performance.now() - t0;
  if (res.error) throw new Error(`${cmd} could not start: ${res.error.message}`);
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${res.status}:\n${res.stderr}${res.stdout}`.slice(0, 3000));
  return { out: res.stdout, ms };
}

/** a binary a runtime's npm package ships; missing means the package's platform build did not install */
function binary(dir, name, pkg) {
  const bin = join(dir, 'node_modules', '.bin', name);
  const res = existsSync(bin) ? spawnSync(bin, ['--version'], { encoding: 'utf8' }) : { status: null };
  if (res.status !== 0) throw new Error(`the ${name} binary is missing or does not run: npm install ${pkg} (its platform package) did not give one`);
  return bin;
}

const SAMPLE = 'Foreign Minister Gideon Sa\'ar met officials of the United Nations in Cairo. "We will not stop," Sa\'ar told reporters.';

function expectCast(r, where) {
  const actors = r.actors.map((a) => (typeof a === 'string' ? a : a.name));
  const speakers = r.speakers ?? r.quotes.map((q) => q.speaker?.name ?? null);
  if (!actors.includes("Gideon Sa'ar") || speakers[0] !== "Gideon Sa'ar")
    throw new Error(`${where}: expected Gideon Sa'ar as actor and speaker, got ${JSON.stringify({ actors, speakers })}`);
}

/** esbuild's bundle of an entry, minified, as a deployment would ship it: its bytes and gzip bytes */
function bundle(dir, entry, outfile, platform) {
  const args = [entry, '--bundle', '--minify', `--outfile=${outfile}`, '--log-level=error'];
  if (platform === 'node') args.push('--platform=node', '--format=esm', '--target=node20');
  else if (platform === 'browser') args.push('--platform=browser', '--format=esm', '--target=es2022');
  else args.push('--platform=neutral', '--format=esm', '--main-fields=module,main', '--target=es2022');
  sh(join(dir, 'node_modules', '.bin', 'esbuild'), args, { cwd: dir });
  const code = readFileSync(join(dir, outfile));
  return { bytes: code.length, gzip: gzipSync(code).length };
}

/** a fresh Node process that imports a module and times what `body` does with it (ms from before the import) */
function timedNode(dir, body) {
  const script = `const t0 = performance.now(); ${body}; console.log(JSON.stringify({ result, firstMs: performance.now() - t0 }));`;
  return JSON.parse(sh('node', ['--input-type=module', '-e', script], { cwd: dir }).out);
}

const cells = (file) =>
  JSON.parse(readFileSync(file, 'utf8'))
    .cells.filter((c) => c.cell_type === 'code')
    .map((c) => [c.source].flat().join(''))
    .join('\n;\n');

/** serves a folder on loopback for as long as `use` runs */
async function serving(root, use) {
  const server = createServer((req, res) => {
    const file = join(root, new URL(req.url, 'http://x').pathname.slice(1) || 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html' : 'text/javascript' }).end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  try {
    return await use(`http://127.0.0.1:${server.address().port}/`);
  } finally {
    server.close();
  }
}

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

const EXAMPLES = {
  'node-esm': (dir) => {
    const { out, ms } = sh('node', ['node-esm/index.mjs'], { cwd: dir });
    expectCast(JSON.parse(out), 'node-esm');
    return { bundle: bundle(dir, 'node-esm/index.mjs', 'out/node-esm.mjs', 'node'), firstMs: ms, firstWhat: 'process start to exit' };
  },
  'node-cjs': (dir) => {
    const { out, ms } = sh('node', ['node-cjs/index.cjs'], { cwd: dir });
    expectCast(JSON.parse(out), 'node-cjs');
    return { bundle: bundle(dir, 'node-cjs/index.cjs', 'out/node-cjs.mjs', 'node'), firstMs: ms, firstWhat: 'process start to exit' };
  },
  typescript: (dir) => {
    sh(join(dir, 'node_modules', '.bin', 'tsc'), ['-p', 'typescript'], { cwd: dir });
    const { out, ms } = sh('node', ['typescript/dist/index.js'], { cwd: dir });
    expectCast(JSON.parse(out), 'typescript');
    return { bundle: bundle(dir, 'typescript/dist/index.js', 'out/typescript.mjs', 'node'), firstMs: ms, firstWhat: 'process start to exit (after tsc)' };
  },
  compromise: (dir) => {
    const { out, ms } = sh('node', ['compromise/index.mjs'], { cwd: dir });
    const r = JSON.parse(out);
    expectCast(r, 'compromise');
    if (!r.mentions.some((m) => m.includes("Sa'ar"))) throw new Error(`compromise: .cast('actors') missed Sa'ar: ${out}`);
    return { bundle: bundle(dir, 'compromise/index.mjs', 'out/compromise.mjs', 'node'), firstMs: ms, firstWhat: 'process start to exit' };
  },
  'aws-lambda': (dir) => {
    const b = bundle(dir, 'aws-lambda/index.mjs', 'out/lambda.mjs', 'node');
    // a cold start as Lambda does it: load the (bundled) handler, then the first invocation
    const { result, firstMs } = timedNode(
      dir,
      `const { handler } = await import('./out/lambda.mjs'); const event = JSON.parse((await import('node:fs')).readFileSync('aws-lambda/event.json', 'utf8')); const result = await handler(event); const bad = await handler({ ...event, body: 'not json' }); if (bad.statusCode !== 400) throw new Error('bad JSON gave ' + bad.statusCode)`,
    );
    if (result.statusCode !== 200) throw new Error(`aws-lambda: status ${result.statusCode}: ${result.body}`);
    expectCast(JSON.parse(result.body), 'aws-lambda');
    return { bundle: b, firstMs, firstWhat: 'handler load + first invocation' };
  },
  'vercel-edge': (dir) => {
    const b = bundle(dir, 'vercel-edge/api/extract.js', 'out/edge.mjs', 'neutral');
    const { result, firstMs } = timedNode(
      dir,
      `const { default: handler, config } = await import('./out/edge.mjs'); if (config.runtime !== 'edge') throw new Error('config.runtime'); const res = await handler(new Request('http://localhost/api/extract', { method: 'POST', body: JSON.stringify({ text: ${JSON.stringify(SAMPLE)} }) })); const result = { status: res.status, body: await res.json() }`,
    );
    if (result.status !== 200) throw new Error(`vercel-edge: status ${result.status}: ${JSON.stringify(result.body)}`);
    expectCast(result.body, 'vercel-edge');
    return { bundle: b, firstMs, firstWhat: 'bundle load + first Request → Response (in Node, not Vercel)' };
  },
  deno: (dir) => {
    const deno = binary(dir, 'deno', 'deno');
    const env = { ...process.env, DENO_DIR: join(dir, '.deno'), DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' };
    const { out, ms } = sh(deno, ['run', '--no-prompt', 'deno/main.ts'], { cwd: dir, env });
    expectCast(JSON.parse(out), 'deno');
    // the notebook's code cells, in order, as Deno's Jupyter kernel runs them
    writeFileSync(join(dir, 'out', 'notebook.ts'), cells(join(dir, 'deno', 'notebook.ipynb')));
    const nb = sh(deno, ['run', '--no-prompt', 'out/notebook.ts'], { cwd: dir, env });
    expectCast(JSON.parse(nb.out.trim().split('\n').at(-1)), 'deno notebook');
    // esbuild does not read npm: specifiers: the bundle is of the same code with the plain package name
    writeFileSync(join(dir, 'out', 'deno-main.ts'), readFileSync(join(dir, 'deno', 'main.ts'), 'utf8').replace("'npm:dramatis'", "'dramatis'"));
    return { bundle: bundle(dir, 'out/deno-main.ts', 'out/deno.mjs', 'neutral'), firstMs: ms, firstWhat: 'deno run, start to exit' };
  },
  browser: async (dir) => {
    const chromium = CHROMIUM.find((c) => existsSync(c));
    if (!chromium) throw new Error(`no Chromium at ${CHROMIUM.join(' or ')}: apt-get install chromium (.ci/run does)`);
    const b = bundle(dir, 'browser/app.js', 'browser/app.bundle.js', 'browser');
    const profile = join(dir, 'out', 'chromium-profile');
    const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'];
    flags.push('--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, '--virtual-time-budget=30000', '--dump-dom');
    // the page's own DOM after it ran: the result and the time from the page's start to it
    const dom = await serving(join(dir, 'browser'), async (url) => {
      const child = spawn(chromium, [...flags, url], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      const code = await new Promise((ok) => child.on('close', ok));
      if (code !== 0) throw new Error(`chromium exited ${code}`);
      return out;
    });
    const result = /<pre id="result">([^<]*)<\/pre>/.exec(dom)?.[1];
    if (!result) throw new Error(`browser: the page showed no result: ${dom.slice(0, 500)}`);
    expectCast(
      JSON.parse(
        result
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&')
          .replace(/&#39;/g, "'"),
      ),
      'browser',
    );
    const firstMs = Number(/data-first-ms="(\d+)"/.exec(dom)?.[1]);
    return { bundle: b, firstMs, firstWhat: 'page start to first result, headless Chromium' };
  },
  // the BullMQ recipe: a real redis-server on a free loopback port, two workers, 40 articles (test/queue.test.ts kills one of two under 1,000)
  queue: async (dir) => {
    if (spawnSync('redis-server', ['--version']).error) throw new Error('redis-server is missing: apt-get install redis-server (.ci/run does)');
    const port = await new Promise((ok) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = s.address().port;
        s.close(() => ok(p));
      });
    });
    const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    const env = { ...process.env, REDIS_URL: `redis://127.0.0.1:${port}` };
    const cli = (...args) => sh('redis-cli', ['-p', String(port), ...args]).out.trim();
    const workers = [];
    try {
      for (let i = 0; spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() !== 'PONG'; i++) {
        if (i > 100) throw new Error('redis-server did not answer within 10 s');
        await new Promise((r) => setTimeout(r, 100));
      }
      const N = 40;
      writeFileSync(
        join(dir, 'out', 'articles.jsonl'),
        Array.from({ length: N }, (_, i) => JSON.stringify({ id: `a${i}`, text: `${SAMPLE} Article ${i}.` })).join('\n'),
      );
      const t0 = performance.now();
      for (let i = 0; i < 2; i++) workers.push(spawn('node', ['queue/worker.mjs'], { cwd: dir, env, stdio: 'ignore' }));
      sh('node', ['queue/producer.mjs', 'out/articles.jsonl'], { cwd: dir, env });
      for (let i = 0; Number(cli('hlen', 'dramatis:results')) < N; i++) {
        if (i > 600) throw new Error(`only ${cli('hlen', 'dramatis:results')} of ${N} results after 60 s`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const ms = performance.now() - t0;
      expectCast(JSON.parse(cli('hget', 'dramatis:results', 'a0')), 'queue');
      return {
        bundle: bundle(dir, 'queue/worker.mjs', 'out/queue-worker.mjs', 'node'),
        firstMs: ms,
        firstWhat: `${N} articles through two workers, from their start`,
      };
    } finally {
      for (const w of workers) w.kill();
      redis.kill();
    }
  },
  'cloudflare-worker': async (dir) => {
    const workerd = binary(dir, 'workerd', 'workerd');
    const b = bundle(dir, 'cloudflare-worker/worker.js', 'cloudflare-worker/worker.bundle.js', 'neutral');
    const port = 20000 + Math.floor(Math.random() * 20000);
    const t0 = performance.now();
    const child = spawn(workerd, ['serve', 'config.capnp', '--socket-addr', `http=127.0.0.1:${port}`], {
      cwd: join(dir, 'cloudflare-worker'),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    try {
      // poll the loopback port until workerd listens: bounded, 30 s at most
      for (let i = 0; ; i++) {
        try {
          const t1 = performance.now();
          const res = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: JSON.stringify({ text: SAMPLE }) });
          const firstRequestMs = performance.now() - t1;
          if (res.status !== 200) throw new Error(`cloudflare-worker: status ${res.status}: ${await res.text()}`);
          expectCast(await res.json(), 'cloudflare-worker');
          return {
            bundle: b,
            firstMs: performance.now() - t0,
            firstWhat: `workerd start to first response (the request itself ${Math.round(firstRequestMs)} ms)`,
          };
        } catch (e) {
          if (!/fetch failed/.test(e.message) || i >= 300 || child.exitCode !== null) throw new Error(`${e.message}${stderr ? `\nworkerd: ${stderr}` : ''}`);
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    } finally {
      child.kill();
    }
  },
};

const dirs = readdirSync(join(ROOT, 'examples'), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'node_modules');
const unrun = dirs.map((d) => d.name).filter((n) => !EXAMPLES[n]);
if (unrun.length) throw new Error(`examples/ has folders run.mjs does not run: ${unrun.join(', ')}`);
if (!existsSync(join(ROOT, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first');

const work = mkdtempSync(join(tmpdir(), 'dramatis-examples-'));
const dir = join(work, 'project');
let failed = 0;
const rows = [];
try {
  say('packing dramatis …');
  const tarball = join(work, sh('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { cwd: ROOT }).out.trim().split('\n').at(-1));
  cpSync(join(ROOT, 'examples'), dir, { recursive: true, filter: (src) => !/node_modules|worker\.bundle\.js$|[/\\]dist$/.test(src) });
  say('installing the tarball into a fresh project …');
  sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: dir });
  sh('mkdir', ['-p', 'out'], { cwd: dir });
  for (const [name, run] of Object.entries(EXAMPLES)) {
    try {
      const r = await run(dir);
      rows.push({
        example: name,
        ok: true,
        bundleKiB: +(r.bundle.bytes / 1024).toFixed(0),
        gzipKiB: +(r.bundle.gzip / 1024).toFixed(0),
        firstMs: Math.round(r.firstMs),
        firstWhat: r.firstWhat,
      });
    } catch (e) {
      failed++;
      rows.push({ example: name, ok: false, error: e.message });
    }
  }
} finally {
  if (keep) say(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

if (json) console.log(JSON.stringify(rows));
for (const r of rows) {
  say(
    r.ok
      ? `ok    ${r.example.padEnd(18)} bundle ${r.bundleKiB} KiB (${r.gzipKiB} KiB gzip), first request ${r.firstMs} ms: ${r.firstWhat}`
      : `FAIL  ${r.example}: ${r.error}`,
  );
}
say(`${rows.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
