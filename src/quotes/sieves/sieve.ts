import type { Attribution, QuoteContext } from '../context';
import type { QuoteSpan } from '../spans';
import type { SieveName } from '../../schema';

/**
 * one named attribution rule. `cue` sieves read a reporting cue around the quote; `context`
 * sieves carry a speaker over from earlier quotes and run only when no cue sieve answered.
 */
export interface Sieve {
  name: SieveName;
  stage: 'cue' | 'context';
  reason: string;
  apply(ctx: QuoteContext, i: number, done: ReadonlyArray<Attribution | null>): Attribution | null;
}

export type { QuoteSpan };
