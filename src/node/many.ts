import { availableParallelism } from 'node:os';
import { createExtractor, DramatisError, type Extractor } from 'dramatis';
import { checkPoolOptions, createPool, type Pool } from './pool';
import type { Item, ItemResult, ManyOptions, Progress } from './types';

const READ_AHEAD_PER_THREAD = 4;

/**
 * `extract()` over many articles on a pool of worker threads. Results come back in input order,
 * one per item; an item that fails gives `{ error }` and the batch goes on. At most `window` items
 * are read ahead of the caller, so an endless input runs in bounded memory.
 */
export function extractMany(input: Iterable<Item> | AsyncIterable<Item>, options: ManyOptions = {}): AsyncGenerator<ItemResult, void, undefined> {
  checkInput(input);
  checkPoolOptions(options);
  const { threads = availableParallelism(), window = threads * READ_AHEAD_PER_THREAD, onProgress, ...extractOptions } = options;
  // the extraction options are checked here, so a bad option throws now rather than at the first result
  const local = createExtractor(extractOptions);
  return batch(input, { window, onProgress, local, pool: () => createPool(threads, extractOptions) });
}

interface Plan {
  window: number;
  onProgress?: (progress: Progress) => void;
  local: Extractor;
  pool: () => Pool;
}

async function* batch(input: Iterable<Item> | AsyncIterable<Item>, plan: Plan): AsyncGenerator<ItemResult, void, undefined> {
  const pool = plan.pool();
  const progress: Progress = { done: 0, failed: 0, inFlight: 0, chars: 0 };
  const pending: Promise<ItemResult>[] = [];
  const finish = (r: ItemResult, chars: number): ItemResult => {
    progress.done++;
    if (r.error) progress.failed++;
    progress.chars += chars;
    plan.onProgress?.({ ...progress });
    return r;
  };
  const start = (item: Item, index: number): Promise<ItemResult> => {
    const isRecord = typeof item === 'object' && item !== null;
    const id = isRecord ? (item.id ?? null) : null;
    const text: unknown = isRecord ? item.text : item;
    progress.inFlight++;
    // a text that is no string fails here exactly as extract() fails on it, without a trip to a worker
    if (typeof text !== 'string') return Promise.resolve(finish({ index, id, error: invalid(plan.local, text) }, 0));
    return pool.run(text).then((outcome) => finish({ index, id, ...outcome } as ItemResult, text.length));
  };
  const next = async () => {
    const r = await pending.shift()!;
    progress.inFlight--;
    return r;
  };
  try {
    let index = 0;
    for await (const item of input) {
      pending.push(start(item, index++));
      if (pending.length >= plan.window) yield await next();
    }
    while (pending.length) yield await next();
  } finally {
    // the caller stopped early (break) or the input threw: what is still running is dropped
    for (const p of pending) p.catch(() => {});
    await pool.close();
  }
}

// a string is iterable too, by characters: one article given where many are expected
function checkInput(input: unknown): void {
  const iterable = input !== null && typeof input === 'object' && (Symbol.iterator in input || Symbol.asyncIterator in input);
  if (!iterable) {
    const got = typeof input === 'string' ? 'a string (for one text, use extract())' : input === null ? 'null' : typeof input;
    throw new DramatisError('INVALID_INPUT', `extractMany() expects an iterable or async iterable of texts or { id, text }, got ${got}`);
  }
}

function invalid(local: Extractor, text: unknown) {
  try {
    local.extract(text as string);
  } catch (e) {
    return { code: (e as { code?: string }).code ?? 'INVALID_INPUT', message: (e as Error).message };
  }
  throw new Error('dramatis: a text that is not a string was accepted');
}
