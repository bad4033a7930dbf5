#!/usr/bin/env node
// npm run build, after tsup: dist/*.js and dist/*.cjs written with ASCII only (scripts/ascii.mjs).
// esbuild escapes string literals itself but leaves regular expressions and comments as written
// ('’', '“', '—' in our rules), and one such character makes V8 hold the whole 3.5 MB source, and
// the data strings it embeds, two bytes a character: the escaped bundle lowers the live heap by
// 3 MB and peak memory over a corpus by some 15 MB. In a String.raw template an escape would not mean
// the character, so such a character there stops the build (write its \uXXXX in the source).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asciiOnly } from './ascii.mjs';

const DIST = new URL('../dist', import.meta.url).pathname;

let changed = 0;
for (const name of readdirSync(DIST)) {
  if (!/\.c?js$/.test(name)) continue;
  const file = join(DIST, name);
  const text = readFileSync(file, 'utf8');
  // a backslash before such a character (an identity escape) would turn into a literal backslash
  if (/\\[\u0080-\uffff]/.test(text))
    throw new Error(`ascii-dist: ${name} escapes a character outside ASCII with a backslash; write it as \\uXXXX in the source`);
  if (/String\.raw`[^`]*[\u0080-\uffff]/.test(text))
    throw new Error(`ascii-dist: ${name} has a character outside ASCII in a String.raw template; write it as \\uXXXX in the source`);
  const ascii = asciiOnly(text);
  if (ascii !== text) writeFileSync(file, ascii), changed++;
}
console.log(`ascii-dist: ${changed} bundle(s) escaped to ASCII`);
