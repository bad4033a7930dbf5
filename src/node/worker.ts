import { workerData } from 'piscina';
import { createExtractor, DramatisError, type Extraction } from 'dramatis';
import type { ItemError } from './types';

// one extractor per worker thread: the options (a lexicon, limits) are read and compiled once
const extractor = createExtractor(workerData?.options);

export type Outcome = { result: Extraction; error?: undefined } | { result?: undefined; error: ItemError };

/** the task each worker runs: one text in, its extraction or its error out (an error never kills the worker) */
export function extractTask(text: string): Outcome {
  try {
    return { result: extractor.extract(text) };
  } catch (e) {
    if (e instanceof DramatisError) return { error: { code: e.code, message: e.message } };
    return {
      error: {
        code: 'INTERNAL_ERROR',
        message: `dramatis: internal error (a bug in dramatis; please report it with the input): ${String((e as Error)?.message ?? e)}`,
      },
    };
  }
}
