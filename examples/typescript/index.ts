// TypeScript (module nodenext, strict): tsc -p . && node dist/index.js
// bundle (esbuild, minified): 4.9 MiB, 1.7 MiB gzip; first result about 1.3–1.9 s from process start (npm run examples measures both)
import { type Actor, createExtractor, DramatisError, type Extraction } from 'dramatis';
import type { DramatisMethods } from 'dramatis/compromise';

const text = `Foreign Minister Gideon Sa'ar met officials of the United Nations in Cairo.
"We will not stop," Sa'ar told reporters.`;

const extractor = createExtractor({ lexicon: [{ name: 'United Nations', type: 'organization', aliases: ['UN'] }] });
const result: Extraction = extractor.extract(text);
const names = (actors: Actor[]): string[] => actors.map((a) => a.name);
// the plugin's methods type under nodenext too
const lines: keyof DramatisMethods = 'lines';

try {
  extractor.extract('x'.repeat(2_000_000));
} catch (e) {
  if (!(e instanceof DramatisError) || e.code !== 'TEXT_TOO_LONG') throw e;
}
console.log(JSON.stringify({ method: lines, actors: names(result.actors), speakers: result.quotes.map((q) => q.speaker?.name ?? null) }));
