import { compileLexicon, type CallerLexicon } from '../candidates';
import type { Trace } from '../core/trace';
import { DramatisError } from '../errors';
import { OptionsSchema } from '../schema';
import { shown } from './messages';

export const DEFAULT_MAX_LENGTH = 1024 * 1024;

/** the options as the pipeline uses them */
export interface ReadOptions {
  maxLength: number;
  lexicon?: CallerLexicon;
  /** rethrow an error inside a stage instead of a warning */
  strict: boolean;
  trace?: Trace;
  /** reported statements as well as quotations */
  reported: boolean;
  /** names inside other names as mentions of their own ("Canada" in "Bank of Canada") */
  nestedNames: boolean;
}

interface Path {
  path: readonly PropertyKey[];
  message: string;
}

// how many problems one message names; the rest are counted
const NAMED = 3;

/** `lexicon[3] ("Apple")`: where a problem sits, by index and name */
function entryLabel(index: number, entry: unknown): string {
  const name = (entry as { name?: unknown } | null)?.name;
  return `lexicon[${index}]${typeof name === 'string' ? ` (${shown(name)})` : ''}`;
}

const fieldName = (path: readonly PropertyKey[]) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');

/** one issue in words: the entry it is about, the field, and what is wrong */
function describe(issue: Path, options: unknown): string {
  const [head, index, ...rest] = issue.path;
  const inEntry = head === 'lexicon' && typeof index === 'number';
  const where = inEntry ? entryLabel(index, (options as { lexicon: unknown[] }).lexicon[index]) : '';
  const field = fieldName(inEntry ? rest : issue.path);
  const what = field ? `${field} ${issue.message}` : issue.message;
  return where ? `${where}: ${what}` : what;
}

function invalid(problems: string[]): DramatisError {
  const more = problems.length - NAMED;
  const named = problems.slice(0, NAMED).join('; ');
  return new DramatisError('INVALID_OPTIONS', `invalid options: ${named}${more > 0 ? `; and ${more} more problem${more > 1 ? 's' : ''}` : ''}`);
}

// a lexicon array compiled once: keyed on the caller's array, with its entries as they were, so an
// array changed since is compiled again; the map holds nothing the caller's array does not outlive
const compiled = new WeakMap<readonly unknown[], { entries: unknown[]; lexicon: CallerLexicon }>();

function cached(raw: unknown): CallerLexicon | undefined {
  const lexicon = (raw as { lexicon?: unknown } | null)?.lexicon;
  if (!Array.isArray(lexicon)) return undefined;
  const hit = compiled.get(lexicon);
  return hit && hit.entries.length === lexicon.length && hit.entries.every((e, i) => e === lexicon[i]) ? hit.lexicon : undefined;
}

const NO_OPTIONS = {};
const DEFAULTS: ReadOptions = Object.freeze({ maxLength: DEFAULT_MAX_LENGTH, strict: false, reported: true, nestedNames: true });

/** the caller's options checked once on the way in; every problem named, by entry */
export function readOptions(options: unknown = NO_OPTIONS): ReadOptions {
  // `extract(text)` with no options is the common call: nothing to check (a schema parse costs more
  // than tagging a short text)
  if (options === NO_OPTIONS) return DEFAULTS;
  const known = cached(options);
  // a lexicon compiled before was checked then: the rest of the options are checked without it
  const parsed = OptionsSchema.safeParse(known ? { ...(options as object), lexicon: undefined } : options);
  if (!parsed.success) throw invalid(parsed.error.issues.map((i) => describe(i, options)));
  const maxLength = parsed.data.maxLength ?? DEFAULT_MAX_LENGTH;
  const strict = parsed.data.strict ?? false;
  const trace = parsed.data.trace;
  const reported = parsed.data.reported ?? true;
  const nestedNames = parsed.data.nestedNames ?? true;
  if (known) return { maxLength, lexicon: known, strict, trace, reported, nestedNames };
  const entries = parsed.data.lexicon;
  if (!entries?.length) return { maxLength, strict, trace, reported, nestedNames };
  const { lexicon, problems } = compileLexicon(entries);
  if (problems.length) throw invalid(problems.map((p) => `${entryLabel(p.index, entries[p.index])}: ${p.message}`));
  const raw = (options as { lexicon: unknown[] }).lexicon;
  compiled.set(raw, { entries: raw.slice(), lexicon });
  return { maxLength, lexicon, strict, trace, reported, nestedNames };
}
