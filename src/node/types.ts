import type { Extraction, Options } from 'dramatis';

/** one article: its text, or `{ id, text }` to get the id back beside the result */
export type Item = string | { id?: unknown; text: string };

/** an item that failed: a DramatisError's code, `INTERNAL_ERROR` for a bug, `WORKER_FAILED` when the thread died */
export interface ItemError {
  code: string;
  message: string;
}

/** one output per input item, in input order: `result` exactly as `extract()` returns it, or `error` */
export type ItemResult = { index: number; id: unknown } & ({ result: Extraction; error?: undefined } | { result?: undefined; error: ItemError });

export interface Progress {
  /** items finished, with a result or an error */
  done: number;
  /** of those, the items that failed */
  failed: number;
  /** items read from the input and not yet handed back to the caller */
  inFlight: number;
  /** UTF-16 code units of text finished */
  chars: number;
}

/** `extract()`'s options (but `trace`: a function cannot cross to a worker thread) and how to run the pool */
export type ManyOptions = Omit<Options, 'trace'> & {
  /** worker threads (default: the cores Node reports, `os.availableParallelism()`) */
  threads?: number;
  /** most items read ahead of the caller, in a worker or waiting for their turn (default: 4 per thread) */
  window?: number;
  /** called each time an item finishes */
  onProgress?: (progress: Progress) => void;
};
