#!/usr/bin/env node
// Where reported speech is lost (issue 14): runs the built CLI on a PolNeAR file (read in place from
// ../shared/data, never copied) and sorts the reported attributions no statement matches (half-union
// overlap of contents, as ../shared/eval/score.mjs) into
//   a  no statement's cue touches the gold cue (the cue was not found, or found and no shape read content)
//   b  a statement's cue touches it but its words fail the overlap test (which boundary: early / late start,
//      long / short end)
//   c  the cue is a direct quote's, or the gold has no cue
// and counts the statements matching no attribution by their cue.
// Last, the precision of the statements by their cue word (the cues under 50 %, seen at least 8 times).
//   node scripts/reported-misses.mjs [train|dev] [--top N]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const split = process.argv[2] ?? 'train';
const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 30;
const docs = readFileSync(resolve(root, `../shared/data/polnear-${split}.jsonl`), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const input = docs.map((d) => JSON.stringify({ id: d.id, text: d.text })).join('\n');
const out = execFileSync('node', [resolve(root, 'dist/cli.js'), '--jsonl'], { input, maxBuffer: 1 << 30, encoding: 'utf8' });
const byId = new Map(
  out
    .split('\n')
    .filter(Boolean)
    .map((l) => [JSON.parse(l).id, JSON.parse(l)]),
);

const QUOTE_MARK = /[“”"]|''|``/;
const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const half = (a, b) => 2 * overlap(a, b) >= Math.max(a.end, b.end) - Math.min(a.start, b.start);
const count = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
const kinds = new Map();
const bounds = new Map();
const lostCues = new Map();
const falseCues = new Map();
const trueCues = new Map();
let reported = 0;

for (const d of docs) {
  const statements = [];
  const byCue = new Map();
  for (const q of byId.get(d.id)?.quotes ?? []) {
    if (q.kind === 'scare') continue;
    const key = q.cue ? `${q.cue.start}:${q.cue.end}` : null;
    const s = key && byCue.get(key);
    if (s) {
      s.start = Math.min(s.start, q.start);
      s.end = Math.max(s.end, q.end);
      continue;
    }
    const stmt = { start: q.start, end: q.end, cue: q.cue, kind: q.kind };
    statements.push(stmt);
    if (key) byCue.set(key, stmt);
  }
  const used = new Set();
  for (const g of d.attributions.filter((a) => a.content.length)) {
    const c = { start: Math.min(...g.content.map((x) => x[0])), end: Math.max(...g.content.map((x) => x[1])) };
    const found = statements.findIndex((p, j) => !used.has(j) && half(p, c));
    if (found >= 0) used.add(found);
    if (QUOTE_MARK.test(d.text.slice(c.start, c.end))) continue;
    reported++;
    if (found >= 0) continue;
    const cues = g.cue.map(([start, end]) => ({ start, end }));
    const cueText = cues.map((x) => d.text.slice(x.start, x.end).toLowerCase()).join(' ');
    const cued = statements.find((p) => p.cue && cues.some((x) => overlap(p.cue, x) > 0));
    if (!cues.length) count(kinds, 'c: the gold names no cue');
    else if (cued && cued.kind !== 'indirect') count(kinds, "c: the cue is a quotation's");
    else if (cued) {
      count(kinds, 'b: cue found, words fail the overlap');
      const start = cued.start < c.start - 1 ? 'early start' : cued.start > c.start + 1 ? 'late start' : 'start right';
      const end = cued.end > c.end + 1 ? 'long end' : cued.end < c.end - 1 ? 'short end' : 'end right';
      count(bounds, `${start}, ${end}`);
    } else {
      count(kinds, 'a: no statement at the cue');
      count(lostCues, cueText.split(/\s+/).slice(-2).join(' '));
    }
  }
  statements.forEach((p, j) => {
    if (p.kind === 'indirect') count(used.has(j) ? trueCues : falseCues, p.cue ? d.text.slice(p.cue.start, p.cue.end).toLowerCase() : '(none)');
  });
}

const sorted = (m) => [...m].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
const total = (m) => [...m.values()].reduce((s, n) => s + n, 0);
console.log(`polnear-${split}: ${reported} reported attributions, ${total(kinds)} missed`);
for (const [k, n] of sorted(kinds)) console.log(`  ${k.padEnd(40)} ${n}`);
console.log('  b by boundary:');
for (const [k, n] of sorted(bounds)) console.log(`    ${k.padEnd(38)} ${n}`);
console.log(`  a by the gold cue's last two words (top ${top} of ${lostCues.size}):`);
console.log(
  `    ${sorted(lostCues)
    .slice(0, top)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')}`,
);
console.log(`statements matching no attribution: ${total(falseCues)}, by cue (top ${top} of ${falseCues.size}):`);
console.log(
  `    ${sorted(falseCues)
    .slice(0, top)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')}`,
);
const precision = [...falseCues]
  .map(([cue, wrong]) => [cue, trueCues.get(cue) ?? 0, wrong])
  .filter(([, right, wrong]) => right + wrong >= 8 && right < wrong)
  .sort((x, y) => x[1] / (x[1] + x[2]) - y[1] / (y[1] + y[2]) || y[2] - x[2]);
console.log(`cues whose statements are right under half the time (at least 8 statements; ${precision.length}):`);
console.log(`    ${precision.map(([cue, right, wrong]) => `${cue} ${right}/${right + wrong}`).join(', ')}`);
