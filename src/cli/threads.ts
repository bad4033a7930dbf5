import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { DEFAULT_MAX_LENGTH, type Extraction } from '../index';
import { extractMany } from '../node/many';
import type { Item } from '../node/types';
import type { CliArgs } from './args';
import { openStream } from './input';
import { Failures, lineRecord } from './jsonl';
import { refuseLong } from './limit';
import { progressMeter } from './progress';

type Line = { lineNo: number; id: unknown; record?: object };

/**
 * --jsonl --threads N: each line is read and checked by lineRecord as in the sequential run, then
 * only its extraction goes to the worker pool; lines come out in input order, so the output, the
 * summary and the status are the sequential run's
 */
export async function jsonlThreads(args: CliArgs): Promise<number> {
  const max = args.maxLength ?? DEFAULT_MAX_LENGTH;
  const input = openStream(args.file);
  const meter = progressMeter(args.file);
  let lines = 0;
  async function* items(): AsyncGenerator<Item> {
    for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
      meter.read(Buffer.byteLength(raw) + 1);
      let text: string | undefined;
      // the extract handed to lineRecord takes the text for the pool instead of extracting it here
      const take = (t: string) => (refuseLong(t, max), (text = t), {} as Extraction);
      const lineNo = ++lines;
      const record = lineRecord(raw, lineNo, take, () => {});
      const line: Line = { lineNo, id: (record as { id?: unknown }).id ?? null };
      // a line that is already an error record skips the pool: a text that is no string never leaves this thread
      yield text === undefined ? { id: { ...line, record }, text: undefined as never } : { id: line, text };
    }
  }
  const failures = new Failures();
  try {
    for await (const r of extractMany(items(), {
      threads: args.threads,
      maxLength: max,
      reported: args.reported,
      nestedNames: args.nestedNames,
      onProgress: (p) => meter.done(p.done),
    })) {
      const { lineNo, id, record } = r.id as Line;
      if (r.error && !record && (r.error.code === 'INTERNAL_ERROR' || r.error.code === 'WORKER_FAILED')) {
        process.stderr.write(`${r.error.message} (line ${lineNo})\n`);
      }
      const out = record ?? (r.result ? { id, ...r.result } : { id, line: lineNo, error: r.error });
      failures.note(out, lineNo);
      // a slow reader holds the pool back rather than the output piling up in memory
      if (!process.stdout.write(`${JSON.stringify(out)}\n`)) await once(process.stdout, 'drain');
    }
  } finally {
    meter.stop();
  }
  if (!failures.total) return 0;
  process.stderr.write(`${failures.summary(lines)}\n`);
  return 1;
}
