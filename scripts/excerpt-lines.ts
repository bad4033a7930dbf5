// a labelled document cut into its lines, each line a document of its own: short excerpts, where a name is
// met once and no article stands around it. Read by `npm run excerpts` (scoring) and the training
// (training.excerpts); no import, so either runs it without the library's sources

/** a line shorter than this is a heading's or a table's scrap, no excerpt */
export const EXCERPT_MIN_CHARS = 20;

interface Span {
  start: number;
  end: number;
  head?: [number, number];
}

/** the lines of `doc` longer than `minChars` as documents of their own, each with the gold names (and their heads) wholly inside it */
export function linesOf<D extends { id: string; text: string; entities?: Span[] }>(doc: D, minChars = EXCERPT_MIN_CHARS): D[] {
  const out: D[] = [];
  let start = 0;
  let n = 0;
  for (const line of doc.text.split('\n')) {
    const end = start + line.length;
    if (line.trim().length > minChars) {
      const shift = (e: Span): Span => ({
        ...e,
        start: e.start - start,
        end: e.end - start,
        ...(e.head ? { head: [e.head[0] - start, e.head[1] - start] as [number, number] } : {}),
      });
      const entities = (doc.entities ?? []).filter((e) => e.start >= start && e.end <= end).map(shift);
      out.push({ ...doc, id: `${doc.id}#${n++}`, text: line, entities });
    }
    start = end + 1;
  }
  return out;
}
