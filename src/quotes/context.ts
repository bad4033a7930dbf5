import type { Doc, Entity, Token } from '../core/types';
import { datelineTokens } from '../document/dateline';
import { entityContext, tokenAt, tokenRange } from '../entities/context';
import type { Quote, Span, Speaker } from '../schema';
import type { QuoteSpan } from './spans';
import { type Cue, findCues } from './cues';
import type { Sieve } from './sieves';
import { nicknameAt } from './nickname';

/** what every sieve reads: the document, entities by token, and the quotations found so far */
export interface QuoteContext {
  doc: Doc;
  entities: readonly Entity[];
  /** entity whose mention covers token i */
  owner: (Entity | undefined)[];
  spans: QuoteSpan[];
  /** true for tokens inside any quotation (marks included) */
  quoted: boolean[];
  /** the reporting cue starting at each token, undefined where none (quotes/cues.ts), found once */
  cues: ReadonlyArray<Cue | undefined>;
  /** true for the tokens of a nickname quoted inside a name (`Marcia “Cia” Price`): they read as part of the name */
  inName: boolean[];
  /** true for the tokens of a dateline ("WASHINGTON (AP) —"): its agency and place speak no statement (document/dateline.ts) */
  inDateline: boolean[];
  /** the attribution sieves in use, in order (all of them but in ablations) */
  sieves: readonly Sieve[];
  /** per quote so far: true when it was read as a scare quote */
  scare: boolean[];
}

/** a speaker as a sieve attributes it, with the entity behind it for later sieves */
export interface Attribution {
  speaker: Speaker;
  cue: Quote['cue'];
  entity?: Entity;
}

export { tokenAt, tokenRange };

export function quoteContext(doc: Doc, entities: readonly Entity[], spans: QuoteSpan[], sieves: readonly Sieve[]): QuoteContext {
  const { owner } = entityContext(doc, entities as Entity[]);
  const inDateline = datelineTokens(doc.tokens);
  for (let i = 0; i < owner.length; i++) if (inDateline[i]) owner[i] = undefined;
  const quoted = new Array<boolean>(doc.tokens.length).fill(false);
  for (const s of spans) {
    const [a, b] = tokenRange(doc.tokens, s);
    for (let i = a; i < b; i++) quoted[i] = true;
  }
  const inName = new Array<boolean>(doc.tokens.length).fill(false);
  for (const s of spans) {
    if (!nicknameAt(doc.tokens, quoted, s)) continue;
    const [a, b] = tokenRange(doc.tokens, s);
    for (let i = a; i < b; i++) inName[i] = true;
  }
  return { doc, entities, owner, spans, quoted, cues: findCues(doc, owner), inName, inDateline, sieves, scare: [] };
}

/** the span from token `first` to token `last`, its text sliced from the document: a cue, a speaker's mention */
export const spanOf = (doc: Doc, first: Token, last: Token): Span => ({
  start: first.start,
  end: last.end,
  text: doc.text.slice(first.start, last.end),
});

/** a cue's span */
export const cueOf = spanOf;

/**
 * how far around a quotation its sieves look for a cue, in tokens: news sentences are far shorter,
 * and the bound keeps a run-on text with thousands of quotations (no full stop anywhere) linear
 */
const WINDOW_REACH = 80;

/**
 * the first token a sieve reads back to from token `a` in sentence `s` (the sentence of the token
 * before a quotation, which may be the one before the quotation's own): the sentence's start, at
 * most WINDOW_REACH tokens back
 */
export const reachBack = (ctx: QuoteContext, a: number, s: number): number => Math.max(ctx.doc.sentences[s].tokenStart, a - WINDOW_REACH);

/**
 * the sentence window a quotation sits in: from its sentence (or paragraph) start to its end,
 * at most WINDOW_REACH tokens either side of the quotation; `start` is the sentence's own start
 */
export function sentenceWindow(ctx: QuoteContext, q: QuoteSpan): { from: number; to: number; start: number } {
  const t = ctx.doc.tokens;
  const [a, b] = tokenRange(t, q);
  const first = t[a];
  const para = ctx.doc.paragraphs[first?.paragraph ?? 0];
  const sFirst = first ? ctx.doc.sentences[first.sentence] : undefined;
  const start = Math.max(para?.sentenceStart !== undefined ? ctx.doc.sentences[para.sentenceStart].tokenStart : 0, sFirst?.tokenStart ?? a);
  const lastTok = t[Math.max(a, b - 1)];
  const sLast = lastTok ? ctx.doc.sentences[lastTok.sentence] : undefined;
  return { from: Math.max(start, a - WINDOW_REACH), to: Math.min(sLast?.tokenEnd ?? b, b + WINDOW_REACH), start };
}
