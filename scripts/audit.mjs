#!/usr/bin/env node
// Counts a newcomer can rerun to see how the code keeps one home per idea (issue 11):
//   node scripts/audit.mjs [git-ref]      (default: the working tree)
// - capital-letter tests: regexes testing \p{Lu} / \p{Ll} over text, outside their homes (the token builder
//   document/tokens.ts, the token tests core/tokens.ts, the string shapes lexicon/name-forms.ts; those counted apart)
// - word lists outside lexicon/: `new Set([` literals of words (not of parts of speech or punctuation)
// - binary searches: hand-written `lo < hi` / `lo <= hi` loops
// - backward imports: a stage importing from a stage that runs after it
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ref = process.argv.slice(2).find((a) => !a.startsWith('--'));
const root = new URL('..', import.meta.url).pathname;

/** src files with their text, from the working tree or a git ref */
function sources() {
  if (ref) {
    const names = execFileSync('git', ['ls-tree', '-r', '--name-only', ref, 'src'], { cwd: root, encoding: 'utf8' }).trim().split('\n');
    return names
      .filter((n) => n.endsWith('.ts'))
      .map((n) => [n, execFileSync('git', ['show', `${ref}:${n}`], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 })]);
  }
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) out.push([relative(root, p), readFileSync(p, 'utf8')]);
    }
  };
  walk(join(root, 'src'));
  return out;
}

/** the stages in the order the pipeline runs them; a file may import from its own stage or an earlier one */
const ORDER = ['core', 'lexicon', 'document', 'tagger', 'candidates', 'mentions', 'entities', 'quotes'];
const stageOf = (file) => file.split('/')[1];

const files = sources().filter(([f]) => !/weights\.ts$/.test(f));
/** the files that hold the case tests every other file asks */
const CASE_HOMES = ['src/document/tokens.ts', 'src/core/tokens.ts', 'src/lexicon/name-forms.ts'];
const count = { capitalTests: 0, capitalTestsAtHome: 0, wordLists: 0, binarySearches: 0, backwardImports: 0 };
const where = { capitalTests: [], capitalTestsAtHome: [], wordLists: [], binarySearches: [], backwardImports: [] };
for (const [file, text] of files) {
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const at = `${file}:${i + 1}`;
    if (/\\p\{L[ul]\}/.test(line)) {
      const key = CASE_HOMES.includes(file) ? 'capitalTestsAtHome' : 'capitalTests';
      count[key]++, where[key].push(at);
    }
    const list = /new Set\(\[\s*'([^']*)'/.exec(line);
    if (list && !file.startsWith('src/lexicon/') && /^[\p{Ll}]/u.test(list[1]) && !/^[A-Z]+$/.test(list[1])) count.wordLists++, where.wordLists.push(at);
    if (/while \(lo <=? hi\)/.test(line) && !file.endsWith('core/search.ts')) count.binarySearches++, where.binarySearches.push(at);
    const imp = /from '\.\.\/([a-z]+)/.exec(line);
    const from = stageOf(file);
    if (imp && ORDER.includes(from) && ORDER.includes(imp[1]) && ORDER.indexOf(imp[1]) > ORDER.indexOf(from)) {
      count.backwardImports++;
      where.backwardImports.push(`${at} → ${imp[1]}`);
    }
  });
}
console.log(`audit of ${ref ?? 'the working tree'}: ${files.length} files under src/`);
for (const [k, n] of Object.entries(count)) {
  console.log(`${k.padEnd(19)} ${String(n).padStart(3)}`);
  if (process.argv.includes('--list')) for (const w of where[k]) console.log(`    ${w}`);
}
