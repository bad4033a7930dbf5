// the format of gazetteer.txt, the lexicon's phrase classes (first names, surnames, cities,
// titles …): a "# class" line per GAZ_CLASSES entry, in order, then its phrases one a line
// (lowercase, tokens joined by one space), so a change to the lists reads as a line diff. No data
// here, so training (which writes the file) can read the format; the shipped table is known-phrases.ts
/** the classes; their order is part of the model format (meta.json lists them) */
export const GAZ_CLASSES = [
  'first',
  'last',
  'person',
  'city',
  'country',
  'region',
  'place',
  'org',
  'team',
  'demonym',
  'title',
  'orgsuffix',
  'honorific',
  'locsuffix',
] as const;

export type GazClass = (typeof GAZ_CLASSES)[number];

export interface PhraseTable {
  /** lowercase phrase (tokens joined by one space) → bit mask over GAZ_CLASSES */
  phrases: Map<string, number>;
  /** longest phrase in tokens */
  maxLen: number;
  /** every proper prefix of a multi-word phrase, so matching stops as soon as nothing can follow */
  prefixes: Set<string>;
}

const HEADER = '# ';

/** the file's text from each class's phrases (training only) */
export function formatGazetteer(lists: readonly (readonly string[])[]): string {
  if (lists.length !== GAZ_CLASSES.length) throw new Error(`dramatis gazetteer: ${lists.length} lists for ${GAZ_CLASSES.length} classes`);
  const lines: string[] = [];
  GAZ_CLASSES.forEach((c, k) => {
    lines.push(HEADER + c);
    for (const p of lists[k]) {
      if (!p || p.includes('\n') || p.startsWith(HEADER)) throw new Error(`dramatis gazetteer: phrase ${JSON.stringify(p)} cannot be written`);
      lines.push(p);
    }
  });
  return `${lines.join('\n')}\n`;
}

/** the lookup table; a section out of GAZ_CLASSES order is refused, since class bits are features */
export function parseGazetteer(text: string): PhraseTable {
  const phrases = new Map<string, number>();
  const prefixes = new Set<string>();
  let maxLen = 1;
  let c = -1;
  for (const p of text.split('\n')) {
    if (p.startsWith(HEADER)) {
      c++;
      if (p.slice(HEADER.length) !== GAZ_CLASSES[c]) {
        throw new Error(`dramatis gazetteer: section "${p}" where "${HEADER}${GAZ_CLASSES[c] ?? '(none)'}" was expected`);
      }
      continue;
    }
    if (!p) continue;
    if (c < 0) throw new Error('dramatis gazetteer: a phrase before the first "# class" line');
    phrases.set(p, (phrases.get(p) ?? 0) | (1 << c));
    let words = 1;
    for (let k = 0; k < p.length; k++) {
      if (p.charCodeAt(k) !== 32) continue;
      words++;
      prefixes.add(p.slice(0, k));
    }
    if (words > maxLen) maxLen = words;
  }
  if (c !== GAZ_CLASSES.length - 1) throw new Error(`dramatis gazetteer: ${c + 1} sections, ${GAZ_CLASSES.length} expected`);
  return { phrases, maxLen, prefixes };
}

/** the phrases of class `c`, in file order (the lines between its "# class" line and the next one) */
export function classPhrases(text: string, c: GazClass): string[] {
  const lines = text.split('\n');
  const from = lines.indexOf(HEADER + c) + 1;
  if (from === 0) return [];
  const to = lines.findIndex((l, i) => i >= from && l.startsWith(HEADER));
  return lines.slice(from, to < 0 ? lines.length : to);
}

let last: { text: string; table: PhraseTable } | undefined;

/** the table of a gazetteer text, built once for the text last asked for: the tagger's features and the lexicon's lookups share it */
export function phraseTable(text: string): PhraseTable {
  if (last?.text !== text) last = { text, table: parseGazetteer(text) };
  return last.table;
}
