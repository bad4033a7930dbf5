import { attributes, escapeHtml } from './escape';
import type { Mark } from './marks';

/** a layer's marks without overlaps: the first longest wins, as in the library's own overlap policy */
function layer(marks: Mark[]): Mark[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mark[] = [];
  for (const m of sorted) if (m.end > m.start && (kept.length === 0 || m.start >= kept.at(-1)!.end)) kept.push(m);
  return kept;
}

const open = (m: Mark, part: boolean) =>
  `<span${attributes({ class: `dm dm-${m.type}${m.type === 'quote' ? ` dm-${m.attrs['data-kind']}` : ''}`, 'data-start': String(m.start), 'data-end': String(m.end), 'data-part': part ? 'continued' : undefined, ...m.attrs })}>`;

/**
 * the text with its marks as nested spans: quotes outside, mentions and cues inside them. A mention
 * that crosses a quote's edge is closed there and reopened (data-part="continued"), so the markup
 * always nests; every character of the text is written once, escaped.
 */
export function renderMarks(text: string, marks: Mark[]): string {
  const quotes = layer(marks.filter((m) => m.layer === 'quote'));
  const inner = layer(marks.filter((m) => m.layer === 'inner'));
  const cuts = [...new Set([0, text.length, ...[...quotes, ...inner].flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const at = (list: Mark[], i: { n: number }, pos: number) => {
    while (i.n < list.length && list[i.n].end <= pos) i.n++;
    return i.n < list.length && list[i.n].start <= pos ? list[i.n] : undefined;
  };
  const qi = { n: 0 };
  const ii = { n: 0 };
  let out = '';
  let openQuote: Mark | undefined;
  let openInner: Mark | undefined;
  for (let c = 0; c + 1 < cuts.length; c++) {
    const [from, to] = [cuts[c], cuts[c + 1]];
    const q = at(quotes, qi, from);
    const m = at(inner, ii, from);
    if (openInner && (openInner !== m || openQuote !== q)) (out += '</span>'), (openInner = undefined);
    if (openQuote !== q) {
      if (openQuote) out += '</span>';
      if (q) out += open(q, false);
      openQuote = q;
    }
    if (m && !openInner) (out += open(m, m.start < from)), (openInner = m);
    out += escapeHtml(text.slice(from, to));
  }
  if (openInner) out += '</span>';
  if (openQuote) out += '</span>';
  return out;
}
