import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Kind } from '../../test/invariants';
import type { Found } from './worker';

// what a fuzz run has done so far, saved after every chunk so an interrupted run resumes where it stopped

export interface State {
  seed: number;
  runs: number;
  chunk: number;
  /** sha-256 of the bundle the run checks: a resumed run on another build says so */
  build: string;
  done: number[];
  runsDone: number;
  counts: Partial<Record<Kind, number>>;
  /** the shortest few counterexamples of each kind */
  failures: Found[];
  fresh: { checked: number; differ: number; dropped: number };
  elapsedMs: number;
}

export const buildHash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);

export function newState(seed: number, runs: number, chunk: number, build: string): State {
  return { seed, runs, chunk, build, done: [], runsDone: 0, counts: {}, failures: [], fresh: { checked: 0, differ: 0, dropped: 0 }, elapsedMs: 0 };
}

export function loadState(file: string): State | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as State) : null;
}

export function saveState(file: string, state: State): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(state));
  renameSync(`${file}.tmp`, file);
}

const KEEP = 3;

/** keeps the shortest few counterexamples of each kind, shrunk ones first */
export function record(state: State, f: Found): void {
  const same = state.failures.filter((x) => x.kind === f.kind);
  const rank = (x: Found) => (x.shrunk ? 0 : 1e9) + x.text.length;
  const kept = [...same, f].sort((a, b) => rank(a) - rank(b)).slice(0, KEEP);
  state.failures = [...state.failures.filter((x) => x.kind !== f.kind), ...kept];
}
