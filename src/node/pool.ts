import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { DramatisError, type Options } from 'dramatis';
import type { Outcome } from './worker';

// the build writes the worker beside this entry in the same format, node-worker.js or node-worker.cjs,
// and both load the package's own main bundle (tsup.config.ts), so a user's node_modules has one copy
declare const __NODE_WORKER__: string | undefined;

function workerFile(): string {
  if (typeof __NODE_WORKER__ !== 'string') {
    throw new Error('dramatis/node runs its workers from the built package (dist/node-worker.*): run `npm run build`');
  }
  return fileURLToPath(new URL(__NODE_WORKER__, import.meta.url));
}

export interface Pool {
  run(text: string): Promise<Outcome>;
  close(): Promise<void>;
}

/** a fixed pool of `threads` workers, each with one extractor built from `options` */
export function createPool(threads: number, options: Options): Pool {
  const pool = new Piscina<string, Outcome>({
    filename: workerFile(),
    name: 'extractTask',
    minThreads: threads,
    maxThreads: threads,
    workerData: { options },
  });
  return {
    // a worker that dies (out of memory, a crash in native code) costs its task, not the batch: piscina replaces it
    run: (text) =>
      pool
        .run(text)
        .catch((e: unknown) => ({ error: { code: 'WORKER_FAILED', message: `dramatis: the worker thread failed: ${(e as Error)?.message ?? e}` } })),
    // queued tasks are cancelled, running ones finish (a task is milliseconds): a worker torn down
    // mid-task would answer a task the pool no longer knows, which piscina raises as an error
    close: () => pool.close({ force: true }),
  };
}

const positive = (name: string, n: unknown) => {
  if (n !== undefined && !(Number.isInteger(n) && (n as number) > 0)) {
    throw new DramatisError('INVALID_OPTIONS', `options.${name} must be a positive integer, got ${String(n)}`);
  }
};

/** the pool's own options, checked as `extract()` checks its own */
export function checkPoolOptions(options: { threads?: unknown; window?: unknown; onProgress?: unknown; trace?: unknown }): void {
  positive('threads', options.threads);
  positive('window', options.window);
  if (options.onProgress !== undefined && typeof options.onProgress !== 'function') {
    throw new DramatisError('INVALID_OPTIONS', `options.onProgress must be a function, got ${typeof options.onProgress}`);
  }
  if (options.trace !== undefined) {
    throw new DramatisError('INVALID_OPTIONS', 'options.trace is not available in extractMany: a function cannot cross to a worker thread (use extract())');
  }
}
