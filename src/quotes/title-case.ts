import { opensCapital } from '../lexicon/name-forms';
import { TITLE_SMALL_WORDS } from '../lexicon/works';
import type { QuoteContext } from './context';
import type { QuoteSpan } from './spans';

/** every word capitalised but the small ones, at most eight words: a quotation that may name a work */
export function isTitleCase(ctx: QuoteContext, q: QuoteSpan): boolean {
  const words = ctx.doc.text.slice(q.start + 1, q.end - 1).match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  return words.length > 0 && words.length <= 8 && words.every((w) => opensCapital(w) || TITLE_SMALL_WORDS.has(w));
}
