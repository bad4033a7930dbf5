import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createExtractor, DramatisError } from '../index';
import { parseArgs, USAGE, type CliArgs } from './args';
import { internalMessage, lineRecord } from './jsonl';
import { stopWhenReaderCloses } from './output';
import { pretty } from './pretty';
import { jsonlThreads } from './threads';
import { view } from './view';

declare const __VERSION__: string | undefined;
const version = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

const reportBug = (where: string) => (e: unknown) =>
  process.stderr.write(`dramatis: internal error${where}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);

async function jsonl(args: CliArgs): Promise<number> {
  const extractor = createExtractor({ maxLength: args.maxLength });
  let lineNo = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNo++;
    process.stdout.write(`${JSON.stringify(lineRecord(line, lineNo, extractor, reportBug(` on line ${lineNo}`)))}\n`);
  }
  return 0;
}

/** the file's text as Node decodes UTF-8: a byte order mark stays, as its first character */
async function readInput(file: string | undefined): Promise<string> {
  if (file && file !== '-') return readFileSync(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function single(args: CliArgs): Promise<number> {
  let text: string;
  try {
    text = await readInput(args.file);
  } catch (e) {
    process.stderr.write(`dramatis: cannot read ${args.file ?? 'stdin'}: ${(e as Error).message}\n`);
    return 1;
  }
  try {
    const result = createExtractor({ maxLength: args.maxLength }).extract(text);
    process.stdout.write(args.format === 'html' ? view(text, result, args.file) : args.pretty ? `${pretty(result)}\n` : `${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof DramatisError)) reportBug('')(e);
    process.stderr.write(`${e instanceof DramatisError ? e.message : internalMessage(e)}\n`);
    return 1;
  }
}

async function main(argv: string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`dramatis: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  stopWhenReaderCloses();
  if (args.help) return (process.stdout.write(USAGE), 0);
  if (args.version) return (process.stdout.write(`${version}\n`), 0);
  return args.jsonl ? (args.threads ? jsonlThreads(args) : jsonl(args)) : single(args);
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`${internalMessage(e)}\n`);
    process.exitCode = 1;
  },
);
