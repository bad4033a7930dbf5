import { checkScaleArgs, readScaleFlag, SCALE_FLAGS, SCALE_USAGE, type ScaleArgs } from './scale-args';

export interface CliArgs extends ScaleArgs {
  file?: string;
  jsonl: boolean;
  pretty: boolean;
  help: boolean;
  version: boolean;
  maxLength?: number;
  /** false with --no-reported: quotations only, no reported statements */
  reported: boolean;
  /** false with --no-nested-names: no name inside another name (flat annotation) */
  nestedNames: boolean;
}

export const USAGE = `dramatis: the cast and lines of a news article

usage:
  dramatis article.txt            print the result as JSON
  dramatis < article.txt          the same, from stdin (- names stdin too)
  dramatis --pretty article.txt   a readable summary
  dramatis --jsonl docs.jsonl     one {"id","text"} per line in, one result per line out
  dramatis --jsonl < docs.jsonl   the same, from stdin

the input is plain UTF-8 text or markdown: strip HTML first (it gets a warning), binary files are refused

options:
  --jsonl [FILE]     JSON lines in and out, output line n for input line n; a bad or blank
                     line gives an error record {"id","line","error"}, the run goes on, and
                     it ends with a summary on stderr and status 1
  --pretty           human-readable summary (not with --jsonl)
  --max-length N     longest text accepted, in UTF-16 code units (default 1048576)
  --no-reported      quotations only: no reported statements (kind indirect) in quotes
  --no-nested-names  no names inside other names ("Canada" in "Bank of Canada"): no two
                     mentions overlap, as flat annotation (CoNLL-2003) marks names
${SCALE_USAGE}  -h, --help         this text
  -v, --version      the version

exit status: 0 success, 1 input unreadable, refused or failed, 2 bad arguments
`;

// flags that cannot be honoured together: refused, never one silently dropped
const CONFLICTS: ReadonlyArray<[keyof CliArgs, keyof CliArgs, string]> = [
  ['jsonl', 'pretty', '--jsonl writes one JSON record per line; --pretty has no line form'],
];

const FLAG_NAMES: Partial<Record<keyof CliArgs, string>> = { jsonl: '--jsonl', pretty: '--pretty' };

function positiveInteger(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || value.startsWith('-') || !Number.isInteger(n) || n <= 0) {
    throw new Error(`${flag} needs a positive integer, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
  }
  return n;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { jsonl: false, pretty: false, help: false, version: false, reported: true, nestedNames: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--jsonl') args.jsonl = true;
    else if (a === '--pretty') args.pretty = true;
    else if (a === '-h' || a === '--help') args.help = true;
    else if (a === '-v' || a === '--version') args.version = true;
    else if (a === '--no-reported') args.reported = false;
    else if (a === '--no-nested-names') args.nestedNames = false;
    else if (a === '--max-length') args.maxLength = positiveInteger(a, argv[++i]);
    else if (a.startsWith('--max-length=')) args.maxLength = positiveInteger('--max-length', a.slice('--max-length='.length));
    else if (SCALE_FLAGS.has(a)) i = readScaleFlag(argv, i, args);
    else if (a.startsWith('-') && a !== '-') throw new Error(`unknown option ${a}`);
    else if (args.file) throw new Error(`one file at a time (got ${args.file} and ${a})`);
    else args.file = a;
  }
  for (const [a, b, why] of CONFLICTS) {
    if (args[a] && args[b]) throw new Error(`${FLAG_NAMES[a]} and ${FLAG_NAMES[b]} cannot be used together: ${why}`);
  }
  checkScaleArgs(args);
  return args;
}
