import type { Doc, Entity } from '../core/types';
import type { Quote } from '../schema';
import { quoteContext, type Attribution, type QuoteContext } from './context';
import { isLooseFragment, isModifier, isNickname, isTitle, kindOf } from './kind';
import { SIEVES } from './sieves';
import { findQuoteSpans } from './spans';

/** the first sieve of `stage` that attributes quote i */
function runSieves(ctx: QuoteContext, i: number, done: Array<Attribution | null>, stage: 'cue' | 'context') {
  for (const sieve of SIEVES) {
    if (sieve.stage !== stage) continue;
    const found = sieve.apply(ctx, i, done);
    if (found) return found;
  }
  return null;
}

/** a quote's speaker and whether it is a scare quote: cue sieves, the scare test, then context sieves */
function attribute(ctx: QuoteContext, i: number, done: Array<Attribution | null>): { found: Attribution | null; scare: boolean } {
  const q = ctx.spans[i];
  if (isModifier(ctx, q) || isTitle(ctx, q) || isNickname(ctx, q)) return { found: null, scare: true };
  const cued = runSieves(ctx, i, done, 'cue');
  if (cued) return { found: cued, scare: false };
  if (!q.continues && isLooseFragment(ctx, q)) return { found: null, scare: true };
  return { found: runSieves(ctx, i, done, 'context'), scare: false };
}

/** a failing rule costs one quote its speaker, never the article its quotes */
function safely(run: () => { found: Attribution | null; scare: boolean }, warnings: string[], at: number) {
  try {
    return run();
  } catch (e) {
    warnings.push(`dramatis:quotes: no speaker for the quote at ${at} (${e instanceof Error ? e.message : String(e)})`);
    return { found: null, scare: false };
  }
}

/** quotations with their kind, speaker and cue (the quotes stage); never throws on odd input */
export function attributeQuotes(doc: Doc, entities: readonly Entity[], warnings: string[]): Quote[] {
  try {
    const spans = findQuoteSpans(doc, warnings);
    const ctx = quoteContext(doc, entities, spans);
    const done: Array<Attribution | null> = [];
    return spans.map((q, i) => {
      const { found, scare } = safely(() => attribute(ctx, i, done), warnings, q.start);
      done.push(found);
      ctx.scare.push(scare);
      return {
        id: `q${i + 1}`,
        text: doc.text.slice(q.start, q.end),
        start: q.start,
        end: q.end,
        kind: kindOf(ctx, q, scare),
        speaker: found?.speaker ?? null,
        cue: found?.cue ?? null,
      };
    });
  } catch (e) {
    warnings.push(`dramatis:quotes: quote attribution skipped (${e instanceof Error ? e.message : String(e)})`);
    return [];
  }
}
