import { guarded, type Guard } from '../../core/guard';
import { BELIEF_VERBS } from '../../lexicon/belief';
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
    const said = found.speakerless ? null : speakerOfCue(ctx, j, cue.length, floor, found.speakerCeil, t[a].start, `reported:${shape.name}`);
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
 * whether a character lies inside some statement's words, read off one running count over the text:
 * a verb of belief there (`said it would support the plan`) is part of what is reported, rarely a
 * statement of its own (10 % of them matched one in PolNeAR-train)
 */
function inStatements(length: number, spans: readonly { start: number; end: number }[]): (at: number) => boolean {
  const depth = new Int32Array(length + 1);
  for (const { start, end } of spans) {
    depth[start]++;
    depth[end]--;
  }
  for (let i = 1; i <= length; i++) depth[i] += depth[i - 1];
  return (at) => depth[at] > 0;
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
    const all: { j: number; s: Omit<Quote, 'id'> }[] = [];
    for (let j = 0; j < cues.length; j++) {
      if (!cues[j] || ctx.quoted[j] || quoting.has(ctx.doc.tokens[j].start)) continue;
      for (const s of statementsAt(inner, j)) all.push({ j, s });
    }
    const within = inStatements(
      ctx.doc.text.length,
      all.map((x) => x.s),
    );
    const kept = all.filter(({ j }) => !BELIEF_VERBS.has(ctx.doc.tokens[j].lower) || !within(ctx.doc.tokens[j].start));
    return kept.map(({ s }, i): Quote => ({ id: `r${i + 1}`, ...s }));
  });
  return [...quotes, ...reported].sort((x, y) => x.start - y.start);
}
