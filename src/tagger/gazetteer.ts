// gazetteer.txt: a "# class" line per GAZ_CLASSES entry, in order, then its phrases one a line
// (lowercase, tokens joined by one space), so a change to the lists reads as a line diff
import { GAZ_CLASSES, type Gazetteer } from './features';

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

/** the lookup tables; a section out of GAZ_CLASSES order is refused, since class bits are features */
export function parseGazetteer(text: string): Gazetteer {
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
  return { phrases, maxLen, prefixes, clusters: new Map() };
}
