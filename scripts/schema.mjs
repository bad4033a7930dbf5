// after the build: writes dist/schema.json, the JSON Schema of extract()'s result, and puts each
// schema field's `.describe()` text into the declarations as a doc comment, so one text documents
// a field in both (editors show it on hover through z.infer)
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import * as exported from '../dist/index.js';

// the exports by name, to find the schema each declaration is of
const lib = { ...exported };

const dist = (name) => new URL(`../dist/${name}`, import.meta.url);

const schema = z.toJSONSchema(lib.ExtractionSchema, { target: 'draft-2020-12' });
schema.$id = 'https://unpkg.com/dramatis/dist/schema.json';
schema.title = 'dramatis Extraction';
writeFileSync(dist('schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
console.log('wrote dist/schema.json');

/** the object schema a field holds, through arrays, nullables and optionals; undefined for a leaf */
function objectOf(field) {
  let s = field;
  for (let i = 0; i < 5 && s; i++) {
    if (s.shape) return s;
    s = s.unwrap?.() ?? s.element;
  }
  return undefined;
}

const FIELD = /^(\s*)"?([\w-]+)"?\??: (.*)$/;
const comment = (indent, text) => `${indent}/** ${text.replace(/\*\//g, '*\\/')} */`;

/** documents the fields of `shape` on the lines from `i`, up to the line that closes the object; returns that line's index */
function documentShape(lines, out, i, shape) {
  let depth = 0;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (depth === 0 && /^\s*}/.test(line)) return i;
    const m = depth === 0 ? FIELD.exec(line) : null;
    const field = m && shape[m[2]];
    if (field?.description && !/^\s*\/\*\*/.test(out.at(-1) ?? '')) out.push(comment(m[1], field.description));
    out.push(line);
    const inner = field && /\{$/.test(line) ? objectOf(field) : undefined;
    if (inner) {
      const end = documentShape(lines, out, i + 1, inner.shape);
      out.push(lines[end]);
      i = end;
      continue;
    }
    depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
  }
  return i;
}

function documentDeclarations(file) {
  const lines = readFileSync(dist(file), 'utf8').split('\n');
  const out = [];
  let documented = 0;
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]);
    const m = /^declare const (\w+Schema): z\.\w+<\{$/.exec(lines[i]);
    const shape = m && objectOf(lib[m[1]])?.shape;
    if (!shape) continue;
    const end = documentShape(lines, out, i + 1, shape);
    out.push(lines[end]);
    i = end;
    documented++;
  }
  writeFileSync(dist(file), out.join('\n'));
  return documented;
}

for (const file of ['index.d.ts', 'index.d.cts']) console.log(`documented ${documentDeclarations(file)} schemas' fields in dist/${file}`);
