import { attributes, escapeHtml } from './escape';
import { LAYERS, type Mark } from './marks';

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
 * the text with its marks as nested spans: reported statements outside, the quotations in them,
 * mentions and cues innermost. A mark that crosses the edge of one further out is closed there and
 * reopened (data-part="continued"), so the markup always nests; every character of the text is
 * written once, escaped.
 */
export function renderMarks(text: string, marks: Mark[]): string {
  const layers = LAYERS.map((l) => layer(marks.filter((m) => m.layer === l)));
  const cuts = [...new Set([0, text.length, ...layers.flat().flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const at = (list: Mark[], i: { n: number }, pos: number) => {
    while (i.n < list.length && list[i.n].end <= pos) i.n++;
    return i.n < list.length && list[i.n].start <= pos ? list[i.n] : undefined;
  };
  const cursors = layers.map(() => ({ n: 0 }));
  const opened: Array<Mark | undefined> = layers.map(() => undefined);
  let out = '';
  for (let c = 0; c + 1 < cuts.length; c++) {
    const [from, to] = [cuts[c], cuts[c + 1]];
    const now = layers.map((list, k) => at(list, cursors[k], from));
    // the outermost layer whose mark changes here: it and every layer inside it close and reopen
    const d = now.findIndex((m, k) => m !== opened[k]);
    if (d >= 0) {
      for (let k = layers.length - 1; k >= d; k--) if (opened[k]) (out += '</span>'), (opened[k] = undefined);
      for (let k = d; k < layers.length; k++) {
        const m = now[k];
        if (m) (out += open(m, m.start < from)), (opened[k] = m);
      }
    }
    out += escapeHtml(text.slice(from, to));
  }
  for (let k = layers.length - 1; k >= 0; k--) if (opened[k]) out += '</span>';
  return out;
}
