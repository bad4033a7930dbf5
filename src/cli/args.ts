import { checkScaleArgs, readScaleFlag, SCALE_FLAGS, SCALE_USAGE, type ScaleArgs } from './scale-args';

export interface CliArgs extends ScaleArgs {
  file?: string;
  jsonl: boolean;
  pretty: boolean;
  help: boolean;
  version: boolean;
  maxLength?: number;
}

export const USAGE = `dramatis: the cast and lines of a news article

usage:
  dramatis article.txt            print the result as JSON
  dramatis < article.txt          the same, from stdin
  dramatis --pretty article.txt   a readable summary
  dramatis --jsonl < docs.jsonl   one {"id","text"} per line in, one result per line out

options:
  --jsonl            JSON lines in and out, output line n for input line n; a bad or blank
                     line gives an error record {"id","line","error"} and the run goes on
  --pretty           human-readable summary
  --max-length N     longest text accepted, in UTF-16 code units (default 1048576)
${SCALE_USAGE}  -h, --help         this text
  -v, --version      the version
`;

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { jsonl: false, pretty: false, help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--jsonl') args.jsonl = true;
    else if (a === '--pretty') args.pretty = true;
    else if (a === '-h' || a === '--help') args.help = true;
    else if (a === '-v' || a === '--version') args.version = true;
    else if (a === '--max-length') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n <= 0) throw new Error(`--max-length needs a positive integer, got ${argv[i]}`);
      args.maxLength = n;
    } else if (SCALE_FLAGS.has(a)) i = readScaleFlag(argv, i, args);
    else if (a.startsWith('-') && a !== '-') throw new Error(`unknown option ${a}`);
    else if (args.file) throw new Error(`one file at a time (got ${args.file} and ${a})`);
    else args.file = a;
  }
  checkScaleArgs(args);
  return args;
}
