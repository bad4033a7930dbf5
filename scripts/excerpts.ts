// Names on short excerpts: each labelled corpus of ../shared/data cut into its lines, every line of more than
// MIN_CHARS characters a document of its own with the gold names inside it, scored by ../shared/eval/score.mjs
// through the CLI's JSONL mode, beside plain compromise through the same scorer. Whole articles let a name found
// once be found again; an excerpt of a sentence or two gives one mention and no article around it, as news
// excerpts, headlines and translated snippets do. The cut files go to a temporary folder, never into the repo.
//   npm run excerpts [-- --no-baseline] [-- conll2003-dev,wikigold]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXCERPT_MIN_CHARS as MIN_CHARS, linesOf } from './excerpt-lines';

const ROOT = new URL('..', import.meta.url).pathname;
const SHARED = join(ROOT, '..', 'shared');
const CORPORA = ['conll2003-dev', 'gum-news', 'gum-genres', 'wikigold', 'uner-ewt-dev'];

const args = process.argv.slice(2);
const baseline = !args.includes('--no-baseline');
const only = args.find((a) => !a.startsWith('--'))?.split(',') ?? CORPORA;
if (!existsSync(join(SHARED, 'eval', 'score.mjs'))) {
  console.error(`excerpts: no scorer at ${join(SHARED, 'eval', 'score.mjs')}: the shared data and scorer sit beside the repo`);
  process.exit(1);
}
if (!existsSync(join(ROOT, 'dist', 'cli.js'))) {
  console.error('excerpts: no dist/cli.js: run `npm run build` first');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'dramatis-excerpts-'));
/** strict F1, P and R of the names in `file` as the command `cmd` reads them, by the shared scorer */
const score = (cmd: string, file: string): string => {
  const json = join(dir, 'score.json');
  execFileSync('node', [join(SHARED, 'eval', 'score.mjs'), '--cmd', cmd, '--json', json, file], { cwd: ROOT, stdio: 'ignore', maxBuffer: 1 << 30 });
  const scored = JSON.parse(readFileSync(json, 'utf8')) as Record<string, { ner: { strict: { all: { f: number; p: number; r: number } } } }>;
  const ner = Object.values(scored)[0].ner;
  return `strict F1 ${(100 * ner.strict.all.f).toFixed(2)} (P ${(100 * ner.strict.all.p).toFixed(1)} R ${(100 * ner.strict.all.r).toFixed(1)})`;
};

console.log(`names on the labelled corpora cut into lines of more than ${MIN_CHARS} characters, each line a document`);
for (const corpus of only) {
  const docs = readFileSync(join(SHARED, 'data', `${corpus}.jsonl`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; text: string; entities?: Array<{ start: number; end: number }> });
  const lines = docs.flatMap((d) => linesOf(d));
  const file = join(dir, `${corpus}.jsonl`);
  writeFileSync(file, `${lines.map((d) => JSON.stringify(d)).join('\n')}\n`);
  const ours = score(`node ${join(ROOT, 'dist', 'cli.js')} --jsonl`, file);
  const theirs = baseline ? `  ·  compromise ${score(`node ${join(SHARED, 'eval', 'baselines', 'compromise.mjs')}`, file)}` : '';
  console.log(`  ${corpus.padEnd(14)} ${String(lines.length).padStart(5)} excerpts  dramatis ${ours}${theirs}`);
}
