// Deno: deno run main.ts [file] (after `npm install dramatis`, or with nothing installed: deno fetches npm:dramatis)
// bundle (esbuild, minified): 4.9 MiB, 1.7 MiB gzip; first result about 0.6–1.2 s from `deno run` (npm run examples measures both)
import { extract } from 'npm:dramatis';

const text = Deno.args[0]
  ? await Deno.readTextFile(Deno.args[0])
  : `Foreign Minister Gideon Sa'ar met officials of the United Nations in Cairo.
"We will not stop," Sa'ar told reporters.`;

const result = extract(text);
console.log(JSON.stringify({ actors: result.actors.map((a) => a.name), speakers: result.quotes.map((q) => q.speaker?.name ?? null) }));
