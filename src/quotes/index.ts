import { joinLabelBreaks } from './sentences';
import { guarded, type Guard } from '../core/guard';
import type { Doc, Entity } from '../core/types';
import { firstLetterCapital } from '../lexicon/name-forms';
import { FIRST_PERSON } from '../lexicon/speech';
import type { NestedQuote, Quote } from '../schema';
import { quoteContext, tokenRange, type Attribution, type QuoteContext } from './context';
import {
  isCreditedWork,
  isLooseFragment,
  isModifier,
  isNickname,
  isReportedModifier,
  isSingleMarkedSubheading,
  isTitle,
  isTitleSubject,
  kindOf,
  wordCount,
} from './kind';
import { carryBack } from './backward';
import { withAppositiveMentions } from './mention-extent';
import { actorsPhrase } from './fragment';
import { outerSource } from './outer';
import { withReported } from './reported';
import { SIEVES, type Sieve } from './sieves';
import { findQuoteSpans, type NestedSpan } from './spans';

/** the first sieve of `stage` that attributes quote i */
function runSieves(ctx: QuoteContext, i: number, done: Array<Attribution | null>, stage: 'cue' | 'context') {
  for (const sieve of ctx.sieves) {
    if (sieve.stage !== stage) continue;
    const found = sieve.apply(ctx, i, done);
    if (found) return found;
  }
  return null;
}

/** a quote's speaker and whether it is a scare quote: cue sieves, the scare test, then context sieves */
function attribute(ctx: QuoteContext, i: number, done: Array<Attribution | null>): { found: Attribution | null; scare: boolean } {
  const q = ctx.spans[i];
  if (
    (isModifier(ctx, q) && !isReportedModifier(ctx, q)) ||
    isTitle(ctx, q) ||
    isNickname(ctx, q) ||
    isSingleMarkedSubheading(ctx, q) ||
    isCreditedWork(ctx, q)
  )
    return { found: null, scare: true };
  const cued = runSieves(ctx, i, done, 'cue');
  // `“…,” Sanders said, according to CNN.`: the account the words come through is their source
  if (cued) return { found: outerSource(ctx, i, cued) ?? cued, scare: false };
  if (isTitleSubject(ctx, q)) return { found: null, scare: true };
  if (!q.continues && isLooseFragment(ctx, q)) {
    const actor = actorsPhrase(ctx, i, done);
    return actor ? { found: actor, scare: false } : { found: null, scare: true };
  }
  return { found: runSieves(ctx, i, done, 'context'), scare: false };
}

/**
 * a quotation inside another (`"… this is an episode of ‘Shark Tank.’ …" Pence said`), its kind read
 * within the enclosing quote only: everything outside counts as quoted, so no cue out there governs it
 */
function nestedQuote(ctx: QuoteContext, n: NestedSpan, said: Attribution | null): NestedQuote {
  const outer = ctx.spans[n.parent];
  const [a, b] = tokenRange(ctx.doc.tokens, { start: outer.start + 1, end: outer.unclosed ? outer.end : outer.end - 1 });
  // tokens outside the enclosing quote read as quoted; a view, not a copy, so many nested quotes stay cheap
  const quoted = new Proxy(ctx.quoted, {
    get: (arr, k) => (typeof k === 'string' && /^\d+$/.test(k) ? +k < a || +k >= b : Reflect.get(arr, k)),
  });
  const inner: QuoteContext = { ...ctx, quoted };
  const text = ctx.doc.text.slice(n.start, n.end);
  const at = { text, start: n.start, end: n.end };
  // `think, ‘This is their lives.’`: a capitalised clause set off by a comma or colon is words, not a term
  const prev = ctx.doc.tokens[tokenRange(ctx.doc.tokens, n)[0] - 1];
  const clause = (prev?.text === ',' || prev?.text === ':') && firstLetterCapital(text) && wordCount(text) > 2;
  if (clause && !isTitle(inner, n)) return { ...at, kind: 'direct', ...nestedSpeaker(inner, n, a, b, said) };
  const scare = isModifier(inner, n) || isTitle(inner, n) || isNickname(inner, n) || isLooseFragment(inner, n);
  const kind = kindOf(inner, n, scare);
  return { ...at, kind, ...(scare ? { speaker: null, cue: null } : nestedSpeaker(inner, n, a, b, said)) };
}

/**
 * who speaks a nested quotation, read by the cue sieves inside the enclosing quote's words
 * (tokens [a, b)): `“He told me, ‘We will win,’” Smith said` gives `he`; nothing outside counts
 */
function nestedSpeaker(inner: QuoteContext, n: NestedSpan, a: number, b: number, said: Attribution | null): Pick<NestedQuote, 'speaker' | 'cue'> {
  const [na, nb] = tokenRange(inner.doc.tokens, n);
  const quoted = new Proxy(inner.quoted, {
    get: (arr, k) => (typeof k === 'string' && /^\d+$/.test(k) ? +k < a || +k >= b || (+k >= na && +k < nb) : Reflect.get(arr, k)),
  });
  const ctx: QuoteContext = { ...inner, quoted, spans: [n], scare: [false] };
  const found = runSieves(ctx, 0, [], 'cue');
  if (!found) return { speaker: null, cue: null };
  // `“I told them, ‘No,’” Smith said`: the first person inside a quote is whoever speaks it
  const first = found.speaker.form === 'pronoun' && FIRST_PERSON.has(found.speaker.name.toLowerCase());
  if (first && said) return { speaker: { ...said.speaker, form: 'pronoun', mention: found.speaker.mention, sieve: found.speaker.sieve }, cue: found.cue };
  return { speaker: found.speaker, cue: found.cue };
}

/**
 * quotations with their kind, speaker and cue (the quotes stage), and with `reported` the statements
 * reported without quotation marks (kind `indirect`; the extractor asks for them unless
 * `options.reported` is false); an error in a rule costs one quote its speaker, one nested quote its
 * place, or at worst the article its quotes, with a warning each (thrown instead in strict mode)
 */
export function attributeQuotes(read: Doc, entities: readonly Entity[], guard: Guard, sieves: readonly Sieve[] = SIEVES, reported = false): Quote[] {
  return guarded(guard, 'quotes: quote attribution skipped', [], () => {
    // sentences a lawmaker's party-and-state label broke are one again: the verb after the label has its subject
    const doc = joinLabelBreaks(read);
    const { spans, nested } = findQuoteSpans(doc, guard.warnings);
    const ctx = quoteContext(doc, entities, spans, sieves);
    const done: Array<Attribution | null> = [];
    const inside = new Map<number, NestedSpan[]>();
    for (const n of nested) {
      const list = inside.get(n.parent) ?? [];
      list.push(n);
      inside.set(n.parent, list);
    }
    for (const [i, q] of spans.entries()) {
      const { found, scare } = guarded(guard, `quotes: no speaker for the quote at ${q.start}`, { found: null, scare: false }, () => attribute(ctx, i, done));
      done.push(found);
      ctx.scare.push(scare);
    }
    // a quote of several paragraphs whose cue comes at its end: every paragraph takes that cue's speaker
    guarded(guard, 'quotes: speakers not carried back', undefined, () => carryBack(ctx, done));
    const quotes = spans.map((q, i): Quote => {
      const found = done[i];
      const scare = ctx.scare[i];
      return {
        id: `q${i + 1}`,
        text: doc.text.slice(q.start, q.end),
        start: q.start,
        end: q.end,
        kind: kindOf(ctx, q, scare),
        speaker: found?.speaker ?? null,
        cue: found?.cue ?? null,
        nested: (inside.get(i) ?? []).flatMap((n) => guarded(guard, `quotes: nested quote at ${n.start} skipped`, [], () => [nestedQuote(ctx, n, found)])),
      };
    });
    // the words naming each speaker take in the appositive between them and the cue
    return withAppositiveMentions(doc, withReported(ctx, quotes, guard, reported), ctx.entities);
  });
}
