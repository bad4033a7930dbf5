import { guarded, type Guard } from '../../core/guard';
import type { Quote } from '../../schema';
import { cueOf, type QuoteContext } from '../context';
import { speakerOfCue } from '../cue-speaker';
import { isContent, sentenceAround } from './content';
import { reportingCues } from './cues';
import { SHAPES } from './shapes';

/**
 * what the cue at token `j` reports, as statements of kind `indirect` (two when the cue breaks the
 * content), its speaker read by the same cue-speaker rules as a quotation's; none if no shape fits
 */
function statementsAt(ctx: QuoteContext, j: number): Omit<Quote, 'id'>[] {
  const t = ctx.doc.tokens;
  const cue = ctx.cues[j];
  if (!cue || cue.loose || cue.negated) return [];
  const { floor, ceil } = sentenceAround(ctx, j);
  for (const shape of SHAPES) {
    const found = shape.read(ctx, j, cue, floor, ceil);
    const pieces = found?.pieces.filter(([pa, pb]) => pb > pa) ?? [];
    if (!found || !pieces.length || !isContent(ctx, pieces, found.phrase)) continue;
    const [a] = pieces[0];
    const said = speakerOfCue(ctx, j, cue.length, floor, found.speakerCeil, t[a].start, `reported:${shape.name}`);
    const cueSpan = said?.cue ?? cueOf(ctx.doc, t[j], t[j + cue.length - 1]);
    return pieces.map(([pa, pb]) => {
      const start = t[pa].start;
      const end = t[pb - 1].end;
      return { text: ctx.doc.text.slice(start, end), start, end, kind: 'indirect', speaker: said?.speaker ?? null, cue: cueSpan, nested: [] };
    });
  }
  return [];
}

/**
 * the quotations with the statements reported without quotation marks (`Netanyahu said Israel would
 * not withdraw`), in text order; a quotation inside reported words stays a quote of its own
 */
export function withReported(ctx: QuoteContext, quotes: Quote[], guard: Guard): Quote[] {
  const reported = guarded(guard, 'quotes: reported statements skipped', [], () => {
    const cues = reportingCues(ctx);
    const inner: QuoteContext = { ...ctx, cues };
    // a cue that governs a quotation has its content already: `“We will win,” he said, adding …` reports the quote
    const quoting = new Set(quotes.flatMap((q) => (q.kind === 'direct' && q.cue ? [q.cue.start] : [])));
    const found: Quote[] = [];
    for (let j = 0; j < cues.length; j++) {
      if (!cues[j] || ctx.quoted[j] || quoting.has(ctx.doc.tokens[j].start)) continue;
      for (const s of statementsAt(inner, j)) found.push({ id: `r${found.length + 1}`, ...s });
    }
    return found;
  });
  return [...quotes, ...reported].sort((x, y) => x.start - y.start);
}
