import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { extractMany } from '../node/many';
import type { Item } from '../node/types';
import type { CliArgs } from './args';
import { lineRecord } from './jsonl';
import { progressMeter } from './progress';

type Line = { lineNo: number; id: unknown; record?: object };

/**
 * --jsonl --threads N: each line is read and checked by lineRecord as in the sequential run, then
 * only its extraction goes to the worker pool; lines come out in input order, so the output is the
 * sequential run's, byte for byte
 */
export async function jsonlThreads(args: CliArgs): Promise<number> {
  const meter = progressMeter();
  async function* items(): AsyncGenerator<Item> {
    let lineNo = 0;
    for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      meter.read(Buffer.byteLength(raw) + 1);
      let text: string | undefined;
      // the extractor handed to lineRecord takes the text for the pool instead of extracting it here
      const record = lineRecord(raw, ++lineNo, { extract: (t) => ((text = t), {}) as never }, () => {});
      const line: Line = { lineNo, id: (record as { id?: unknown }).id ?? null };
      // a line that is already an error record skips the pool: a text that is no string never leaves this thread
      yield text === undefined ? { id: { ...line, record }, text: undefined as never } : { id: line, text };
    }
  }
  try {
    for await (const r of extractMany(items(), { threads: args.threads, maxLength: args.maxLength, onProgress: (p) => meter.done(p.done) })) {
      const { lineNo, id, record } = r.id as Line;
      if (r.error && !record && (r.error.code === 'INTERNAL_ERROR' || r.error.code === 'WORKER_FAILED')) {
        process.stderr.write(`${r.error.message} (line ${lineNo})\n`);
      }
      const out = record ?? (r.result ? { id, ...r.result } : { id, line: lineNo, error: r.error });
      // a slow reader holds the pool back rather than the output piling up in memory
      if (!process.stdout.write(`${JSON.stringify(out)}\n`)) await once(process.stdout, 'drain');
    }
  } finally {
    meter.stop();
  }
  return 0;
}
