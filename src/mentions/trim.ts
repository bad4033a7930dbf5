import type { Candidate, Doc } from '../core/types';

// edges a mention never keeps: a leading article, trailing punctuation or possessive, quotation marks
const LEADING = /^(?:the\s+|[\s"'“”‘’«»(\[]+)/i;
const TRAILING = /(?:[\s"'“”‘’«»)\],.;:!?]+|['’]s)$/;

/** trims a candidate to its name; null when nothing name-like is left */
export function trimMention(c: Candidate, doc: Doc): Candidate | null {
  let { start, end } = c;
  for (let guard = 0; guard < 4; guard++) {
    const s = doc.view.slice(start, end);
    const lead = LEADING.exec(s);
    const trail = TRAILING.exec(s);
    if (!lead && !trail) break;
    if (lead && c.source !== 'caller') start += lead[0].length;
    if (trail) end -= trail[0].length;
    if (lead && c.source === 'caller' && !trail) break;
  }
  if (end <= start || !/\p{L}/u.test(doc.view.slice(start, end))) return null;
  return start === c.start && end === c.end ? c : { ...c, start, end };
}
