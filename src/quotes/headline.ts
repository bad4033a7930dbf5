import type { Doc } from '../core/types';
import type { QuoteSpan } from './spans';

/** longest first line that reads as a headline rather than a paragraph of the story */
const HEADLINE_MAX_WORDS = 30;

const WORD = /[\p{L}\p{N}]+/gu;
const words = (s: string) => (s.toLowerCase().match(WORD) ?? []).join(' ');

/** true when `s` has more than `max` words, read no further than the word after the limit */
function longerThan(s: string, max: number): boolean {
  let n = 0;
  for (const _ of s.matchAll(WORD)) if (++n > max) return true;
  return false;
}

/** the headline: a short first line with the story after it; its end offset, -1 when the text has none */
export function headlineEnd(doc: Doc): number {
  const first = doc.paragraphs[0];
  if (!first || doc.paragraphs.length < 2) return -1;
  const line = doc.text.slice(first.start, first.end);
  return !line.includes('\n') && !longerThan(line, HEADLINE_MAX_WORDS) ? first.end : -1;
}

/**
 * `Bill Clinton calls Obamacare ‘crazy system’` over a story that reports the same words: the
 * headline repeats a quotation the story attributes, so only the story's one is reported. The
 * test for one document: the headline found once and the story's words read once, however many
 * quotes ask (a long first paragraph full of quotes stays linear)
 */
export function headlineEcho(doc: Doc): (s: QuoteSpan) => boolean {
  const end = headlineEnd(doc);
  if (end < 0) return () => false;
  let story: string | null = null;
  return (s) => {
    if (s.start >= end) return false;
    const said = words(doc.view.slice(s.start, s.end));
    story ??= words(doc.view.slice(end));
    return said.length > 0 && story.includes(said);
  };
}
