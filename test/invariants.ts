// what must hold for any text: shared by test/property.test.ts (on src) and scripts/fuzz.ts (on dist)

/** the parts of the library the invariants need; src and dist both provide them */
export interface Lib {
  extract(text: string): unknown;
  ExtractionSchema: { safeParse(x: unknown): { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } } };
  DramatisError: abstract new (...args: never[]) => Error;
}

export type Kind = 'throws' | 'span' | 'schema' | 'repeat' | 'fresh';

export interface Violation {
  kind: Kind;
  detail: string;
}

export interface FoundSpan {
  path: string;
  start: number;
  end: number;
  text: string;
}

/** every object in the result with numeric start and end and a text, wherever it sits */
export function spansOf(value: unknown, path = '$', out: FoundSpan[] = []): FoundSpan[] {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) spansOf(v, `${path}[${i}]`, out);
  } else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
      out.push({ path, start: o.start, end: o.end, text: o.text });
    }
    for (const [k, v] of Object.entries(o)) spansOf(v, `${path}.${k}`, out);
  }
  return out;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** true when offset i falls between the two halves of a surrogate pair */
export const splitsPair = (text: string, i: number) => i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

export function spanProblems(text: string, result: unknown): string[] {
  const problems: string[] = [];
  for (const s of spansOf(result)) {
    const where = `${s.path} [${s.start},${s.end}) ${JSON.stringify(s.text)}`;
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end < s.start || s.end > text.length) {
      problems.push(`${where}: offsets out of range (text length ${text.length})`);
    } else if (text.slice(s.start, s.end) !== s.text) {
      problems.push(`${where}: text.slice gives ${JSON.stringify(text.slice(s.start, s.end))}`);
    } else if (splitsPair(text, s.start) || splitsPair(text, s.end)) {
      problems.push(`${where}: ${splitsPair(text, s.start) ? 'starts' : 'ends'} inside a surrogate pair`);
    }
  }
  return problems;
}

export type Outcome = { ok: true; result: unknown; json: string } | { ok: false; error: unknown };

export function run(lib: Lib, text: string): Outcome {
  try {
    const result = lib.extract(text);
    return { ok: true, result, json: JSON.stringify(result) };
  } catch (error) {
    return { ok: false, error };
  }
}

const describeError = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}\n${e.stack?.split('\n').slice(1, 4).join('\n')}` : String(e));

/** an outcome as one string: the result's JSON, or what was thrown */
export const encode = (o: Outcome) => (o.ok ? o.json : `throws ${o.error instanceof Error ? `${o.error.name}: ${o.error.message}` : String(o.error)}`);

/** where two encoded outcomes first differ, for a failure message; null when they are the same */
export function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (a[i] === b[i]) i++;
  const at = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 80), i + 80));
  return `outputs differ at JSON offset ${i} (lengths ${a.length} vs ${b.length}):\n  first:  …${at(a)}…\n  second: …${at(b)}…`;
}

export const difference = (a: Outcome, b: Outcome) => firstDifference(encode(a), encode(b));

/** the invariants of one outcome: only DramatisError escapes, spans slice back, the schema holds */
export function violations(lib: Lib, text: string, outcome: Outcome): Violation[] {
  if (!outcome.ok) {
    return outcome.error instanceof lib.DramatisError ? [] : [{ kind: 'throws', detail: describeError(outcome.error) }];
  }
  const out: Violation[] = [];
  const spans = spanProblems(text, outcome.result);
  if (spans.length) out.push({ kind: 'span', detail: spans.slice(0, 5).join('\n') });
  const parsed = lib.ExtractionSchema.safeParse(outcome.result);
  if (!parsed.success) {
    const issues = parsed.error?.issues ?? [];
    out.push({
      kind: 'schema',
      detail: issues
        .slice(0, 5)
        .map((i) => `${i.path.map(String).join('.')}: ${i.message}`)
        .join('\n'),
    });
  }
  return out;
}

/** every invariant of one text, the determinism of a second call in the same process included */
export function checkText(lib: Lib, text: string): { outcome: Outcome; violations: Violation[] } {
  const outcome = run(lib, text);
  const found = violations(lib, text, outcome);
  const diff = difference(outcome, run(lib, text));
  if (diff) found.push({ kind: 'repeat', detail: `the same text twice in one process: ${diff}` });
  return { outcome, violations: found };
}

/** the problem of one kind this text shows, or null; a text that throws has no span or schema problem */
export function problem(lib: Lib, text: string, kind: Exclude<Kind, 'fresh'>): string | null {
  const outcome = run(lib, text);
  if (kind === 'repeat') return difference(outcome, run(lib, text));
  return violations(lib, text, outcome).find((v) => v.kind === kind)?.detail ?? null;
}
