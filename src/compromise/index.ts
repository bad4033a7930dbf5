// dramatis as a compromise plugin: `nlp.plugin(dramatis)`, then `nlp(text).dramatis()`; dramatis is
// imported by its package name so this entry stays a few lines over the one shared copy of the library
import { createExtractor, type Extraction, type Options } from 'dramatis';

/** the parts of a compromise view the plugin reads (compromise 14) */
interface CompromiseView {
  all(): CompromiseView;
  text(): string;
  compute(method: string): unknown;
  update(pointers: Array<[number, number, number]>): CompromiseView;
  docs: Array<Array<{ offset?: { start: number; length: number } }>>;
}

type Span = { start: number; end: number };

/** what `nlp.plugin(dramatis)` adds to every compromise view; use as `nlp<DramatisMethods<View>>(text)` */
export interface DramatisMethods<V = unknown> {
  /** dramatis' result for the whole document's text (`doc.all().text()`): offsets are into that text */
  dramatis(options?: Options): Extraction;
  /** a view over every mention of the document's actors, organisations or locations (all three when no kind is given), in text order */
  cast(kind?: 'actors' | 'organizations' | 'locations', options?: Options): V;
  /** a view over every quotation dramatis found, marks included */
  lines(options?: Options): V;
}

const KINDS = ['actors', 'organizations', 'locations'] as const;

/** the terms each span covers, as compromise pointers `[sentence, first term, past the last]`, one per sentence */
function pointers(doc: CompromiseView, spans: readonly Span[]): Array<[number, number, number]> {
  doc.compute('offset');
  const out: Array<[number, number, number]> = [];
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    doc.docs.forEach((terms, n) => {
      let first = -1;
      let last = -1;
      terms.forEach((t, i) => {
        const a = t.offset?.start ?? -1;
        if (a >= 0 && a < end && a + (t.offset?.length ?? 0) > start) (first = first < 0 ? i : first), (last = i);
      });
      if (first >= 0) out.push([n, first, last + 1]);
    });
  }
  return out;
}

// one extractor per options object, so a view's methods compile a caller lexicon once
const extractors = new WeakMap<object, ReturnType<typeof createExtractor>>();
const DEFAULT = createExtractor();

function extractOf(doc: CompromiseView, options?: Options): Extraction {
  let ex = options ? extractors.get(options) : DEFAULT;
  if (!ex) extractors.set(options!, (ex = createExtractor(options)));
  return ex.extract(doc.all().text());
}

const methods = {
  dramatis(this: CompromiseView, options?: Options): Extraction {
    return extractOf(this, options);
  },
  cast(this: CompromiseView, kind?: (typeof KINDS)[number], options?: Options): CompromiseView {
    const result = extractOf(this, options);
    const spans = (kind ? [kind] : KINDS).flatMap((k) => result[k].flatMap((e) => e.mentions));
    const all = this.all();
    return all.update(pointers(all, spans));
  },
  lines(this: CompromiseView, options?: Options): CompromiseView {
    const all = this.all();
    return all.update(pointers(all, extractOf(this, options).quotes));
  },
};

/** the compromise plugin: `nlp.plugin(dramatis)` (or `nlp.extend`) */
const dramatis = {
  api(View: { prototype: object }): void {
    Object.assign(View.prototype, methods);
  },
};

export default dramatis;
export { dramatis };
