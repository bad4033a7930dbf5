// Node, ES modules: node index.mjs
// bundle (esbuild, minified): 4.9 MiB, 1.7 MiB gzip; first result about 0.5–1.8 s from process start (npm run examples measures both)
import { extract } from 'dramatis';

const text = `Foreign Minister Gideon Sa'ar met officials of the United Nations in Cairo.
"We will not stop," Sa'ar told reporters.`;

const result = extract(text);
console.log(JSON.stringify({ actors: result.actors.map((a) => a.name), speakers: result.quotes.map((q) => q.speaker?.name ?? null) }));
