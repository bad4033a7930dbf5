import type { TraceEvent } from '../schema';
import type { Candidate, Doc } from './types';

/** the caller's hook: every drop, add and change of a candidate or mention, in pipeline order */
export type Trace = (event: TraceEvent) => void;

const event = (doc: Doc, rule: string, action: TraceEvent['action'], c: Candidate): TraceEvent => ({
  rule,
  action,
  start: c.start,
  end: c.end,
  text: doc.text.slice(c.start, c.end),
  type: c.type,
  source: c.reason,
});

/** reports the spans a filtering step left out (the kept ones are the same objects) */
export function traceDrops<T extends Candidate>(trace: Trace | undefined, doc: Doc, rule: string, before: readonly T[], after: readonly T[]): T[] {
  if (trace && after.length !== before.length) {
    const kept = new Set<Candidate>(after);
    for (const c of before) if (!kept.has(c)) trace(event(doc, rule, 'drop', c));
  }
  return after as T[];
}

/** a filtering step with its drops reported */
export function tracedFilter<T extends Candidate>(trace: Trace | undefined, doc: Doc, rule: string, items: readonly T[], keep: (c: T) => boolean): T[] {
  return traceDrops(trace, doc, rule, items, items.filter(keep));
}

/** reports what a one-to-one step changed: its edges, its type or its provenance */
export function traceChanges<T extends Candidate>(trace: Trace | undefined, doc: Doc, rule: string, before: readonly T[], after: readonly T[]): T[] {
  if (!trace) return after as T[];
  before.forEach((c, i) => {
    const d = after[i];
    if (d === c || (d.start === c.start && d.end === c.end && d.type === c.type && d.reason === c.reason)) return;
    trace({ ...event(doc, rule, 'change', c), to: { start: d.start, end: d.end, text: doc.text.slice(d.start, d.end), type: d.type, source: d.reason } });
  });
  return after as T[];
}

const key = (c: Candidate) => `${c.start}:${c.end}:${c.type}`;

/** reports the spans a step added (by edges and type: adding steps renumber what they keep) */
export function traceAdds<T extends Candidate>(trace: Trace | undefined, doc: Doc, rule: string, before: readonly T[], after: readonly T[]): T[] {
  if (trace && after.length !== before.length) {
    const had = new Set(before.map(key));
    for (const c of after) if (!had.has(key(c))) trace(event(doc, rule, 'add', c));
  }
  return after as T[];
}

/**
 * a step's results for each candidate, in order, null for one it drops: the drops are reported under
 * `rules.drop`, the changes under `rules.change`; returns the candidates kept
 */
export function traceMapped<T extends Candidate>(
  trace: Trace | undefined,
  doc: Doc,
  rules: { drop: string; change: string },
  before: readonly T[],
  after: ReadonlyArray<T | null>,
): T[] {
  const kept = traceDrops(
    trace,
    doc,
    rules.drop,
    before,
    before.filter((_, i) => after[i] !== null),
  );
  return traceChanges(
    trace,
    doc,
    rules.change,
    kept,
    after.filter((c): c is T => c !== null),
  );
}
