// the CLI's flags for batches and views: --threads N (JSONL on a worker pool), --format json|html
export interface ScaleArgs {
  threads?: number;
  format?: 'json' | 'html';
}

export const SCALE_FLAGS = new Set(['--threads', '--format']);

export const SCALE_USAGE = `  --threads N        with --jsonl: extract on N worker threads, output as the sequential run;
                     a progress bar on stderr when it is a terminal
  --format F         json (default) or html: a standalone page with the cast and quotes marked
`;

/** reads the flag at argv[i] and its value into args; returns the index of the value */
export function readScaleFlag(argv: readonly string[], i: number, args: ScaleArgs): number {
  const [flag, value] = [argv[i], argv[i + 1]];
  if (flag === '--threads') {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--threads needs a positive integer, got ${value}`);
    args.threads = n;
  } else {
    if (value !== 'json' && value !== 'html') throw new Error(`--format is json or html, got ${value}`);
    args.format = value;
  }
  return i + 1;
}

/** flags that cannot go together, checked once all are read */
export function checkScaleArgs(args: ScaleArgs & { jsonl: boolean; pretty: boolean }): void {
  if (args.threads !== undefined && !args.jsonl) throw new Error('--threads is for --jsonl batches');
  if (args.format === 'html' && args.jsonl) throw new Error('--format html is for one article; --jsonl writes JSON lines');
  if (args.format === 'html' && args.pretty) throw new Error('--format html and --pretty are two views: choose one');
}
