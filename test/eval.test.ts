import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// regression floors on the shared dev data, scored by the shared scorer through the built CLI.
// the data is not part of the repo: without ../shared these tests skip, so a fresh clone passes.
const ROOT = join(__dirname, '..');
const SHARED = join(ROOT, '..', 'shared');
const SCORER = join(SHARED, 'eval', 'score.mjs');
const DATA = join(SHARED, 'data');
const have = existsSync(SCORER) && existsSync(join(DATA, 'conll2003-dev.jsonl')) && existsSync(join(ROOT, 'dist', 'cli.js'));

type Metrics = Record<string, any>;
let metrics: Metrics = {};
/** the same sets with the `indirect` statements filtered out: the scorer's quote line is about quotations */
let direct: Metrics = {};

(have ? describe : describe.skip)('figures on the shared dev sets (floors, not goals)', () => {
  beforeAll(() => {
    const out = join(mkdtempSync(join(tmpdir(), 'dramatis-eval-')), 'metrics.json');
    const files = ['seed', 'conll2003-dev', 'gum-news', 'polnear-dev'].map((f) => join(DATA, `${f}.jsonl`));
    execFileSync('node', [SCORER, '--cmd', `node ${join(ROOT, 'dist', 'cli.js')} --jsonl`, '--json', out, ...files], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    metrics = JSON.parse(readFileSync(out, 'utf8'));
    const quotes = ['seed', 'polnear-dev'].map((f) => join(DATA, `${f}.jsonl`));
    const filter = `node ${join(ROOT, 'dist', 'cli.js')} --jsonl | node ${join(ROOT, 'scripts', 'direct-only.mjs')}`;
    execFileSync('node', [SCORER, '--cmd', filter, '--json', out, ...quotes], { cwd: ROOT, stdio: 'ignore' });
    direct = JSON.parse(readFileSync(out, 'utf8'));
  }, 300_000);

  it.each([
    ['conll2003-dev', 'strict', 'all', 0.9],
    ['conll2003-dev', 'strict', 'person', 0.9],
    ['conll2003-dev', 'strict', 'location', 0.9],
    ['conll2003-dev', 'strict', 'organization', 0.82],
    ['gum-news', 'lenient', 'all', 0.85], // in-sample: the shipped tagger trains on these articles
    ['seed', 'strict', 'all', 0.9],
  ])('%s NER %s F1 (%s) ≥ %d', (set, mode, type, floor) => {
    expect(metrics[set].ner[mode][type].f).toBeGreaterThanOrEqual(floor);
  });

  it.each([
    ['polnear-dev', 'spans F1', (q: Metrics) => q.spans.f, 0.88],
    ['polnear-dev', 'speaker accuracy', (q: Metrics) => q.speakerAccuracy, 0.93],
    ['polnear-dev', 'attributed recall', (q: Metrics) => q.attributedRecall, 0.9],
    ['seed', 'spans F1', (q: Metrics) => q.spans.f, 1],
    ['seed', 'speaker accuracy', (q: Metrics) => q.speakerAccuracy, 1],
  ])('%s quotes %s ≥ floor', (set, _what, read, floor) => {
    expect(read(direct[set].quotes)).toBeGreaterThanOrEqual(floor as number);
  });

  it.each([
    ['statements F1', (a: Metrics) => a.content.f, 0.58],
    ['recall of reported statements', (a: Metrics) => a.reportedRecall, 0.38],
    ['cue accuracy', (a: Metrics) => a.cueAccuracy, 0.88],
  ])('polnear-dev %s ≥ floor', (_what, read, floor) => {
    expect(read(metrics['polnear-dev'].attributions)).toBeGreaterThanOrEqual(floor as number);
  });
});
