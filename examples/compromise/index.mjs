// compromise with the dramatis plugin: node index.mjs
// bundle (esbuild, minified, compromise included): 5.2 MiB, 1.8 MiB gzip; first result about 2.2–2.9 s from process start (npm run examples measures both)
import nlp from 'compromise';
import dramatis from 'dramatis/compromise';

nlp.plugin(dramatis);

const text = `Foreign Minister Gideon Sa'ar met officials of the United Nations in Cairo.
"We will not stop," Sa'ar told reporters.`;

const doc = nlp(text);
const result = doc.dramatis(); // the extraction, offsets into `text`
console.log(
  JSON.stringify({
    actors: result.actors.map((a) => a.name),
    speakers: result.quotes.map((q) => q.speaker?.name ?? null),
    // views over the matched terms: every compromise method works on them
    mentions: doc.cast('actors').out('array'),
    verbsInQuotes: doc.lines().verbs().out('array'),
  }),
);
