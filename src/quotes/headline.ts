import type { Doc } from '../core/types';
import type { QuoteSpan } from './spans';

/** longest first line that reads as a headline rather than a paragraph of the story */
const HEADLINE_MAX_WORDS = 30;

const words = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/** the headline: a short first line with the story after it */
function headlineEnd(doc: Doc): number {
  const first = doc.paragraphs[0];
  if (!first || doc.paragraphs.length < 2) return -1;
  const line = doc.text.slice(first.start, first.end);
  return !line.includes('\n') && words(line).split(' ').length <= HEADLINE_MAX_WORDS ? first.end : -1;
}

/**
 * `Bill Clinton calls Obamacare ‘crazy system’` over a story that reports the same words: the
 * headline repeats a quotation the story attributes, so only the story's one is reported
 */
export function isHeadlineEcho(doc: Doc, s: QuoteSpan): boolean {
  const end = headlineEnd(doc);
  if (end < 0 || s.start >= end) return false;
  const said = words(doc.view.slice(s.start, s.end));
  return said.length > 0 && words(doc.view.slice(end)).includes(said);
}
