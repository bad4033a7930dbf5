import { fstatSync, statSync } from 'node:fs';
import { Presets, SingleBar } from 'cli-progress';

export interface Meter {
  /** a line of `bytes` was read */
  read(bytes: number): void;
  /** `docs` documents are finished */
  done(docs: number): void;
  stop(): void;
}

const SILENT: Meter = { read() {}, done() {}, stop() {} };

// the input's size when it is a file (named, or stdin redirected from one), for a bar and an ETA;
// a pipe has none, and gets counts and a rate only
function inputBytes(file: string | undefined): number | undefined {
  try {
    const s = file && file !== '-' ? statSync(file) : fstatSync(0);
    return s.isFile() && s.size > 0 ? s.size : undefined;
  } catch {
    return undefined;
  }
}

/** a progress bar on stderr when stderr is a terminal (documents, KiB/s, ETA); nothing otherwise */
export function progressMeter(file?: string): Meter {
  if (!process.stderr.isTTY) return SILENT;
  const total = inputBytes(file);
  const format = total
    ? 'dramatis {bar} {percentage}% | {docs} docs | {kibs} KiB/s | ETA {eta_formatted}'
    : 'dramatis | {docs} docs | {kib} KiB | {kibs} KiB/s | {duration_formatted}';
  const bar = new SingleBar({ format, stream: process.stderr, hideCursor: true, etaBuffer: 50, fps: 5 }, Presets.shades_classic);
  const t0 = Date.now();
  let bytes = 0;
  let docs = 0;
  const payload = () => ({ docs, kib: (bytes / 1024).toFixed(0), kibs: (bytes / 1024 / Math.max((Date.now() - t0) / 1000, 0.001)).toFixed(0) });
  bar.start(total ?? 1, 0, payload());
  return {
    read(n) {
      bytes += n;
      bar.update(total ? Math.min(bytes, total) : 0, payload());
    },
    done(n) {
      docs = n;
      bar.update(total ? Math.min(bytes, total) : 0, payload());
    },
    stop: () => bar.stop(),
  };
}
