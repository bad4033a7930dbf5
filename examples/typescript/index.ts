// TypeScript (module nodenext, strict): tsc -p . && node dist/index.js
import { type Actor, createExtractor, DramatisError, type Extraction } from 'dramatis';

const text = `Foreign Minister Gideon Sa'ar met officials of the United Nations in Cairo.
"We will not stop," Sa'ar told reporters.`;

const extractor = createExtractor({ lexicon: [{ name: 'United Nations', type: 'organization', aliases: ['UN'] }] });
const result: Extraction = extractor.extract(text);
const names = (actors: Actor[]): string[] => actors.map((a) => a.name);

try {
  extractor.extract('x'.repeat(2_000_000));
} catch (e) {
  if (!(e instanceof DramatisError) || e.code !== 'TEXT_TOO_LONG') throw e;
}
console.log(JSON.stringify({ actors: names(result.actors), speakers: result.quotes.map((q) => q.speaker?.name ?? null) }));
