import { createInterface } from 'node:readline';
import { createExtractor, DEFAULT_MAX_LENGTH, DramatisError, type Extraction } from '../index';
import { parseArgs, USAGE, type CliArgs } from './args';
import { InputError, nothingToRead, openStream, readText } from './input';
import { Failures, internalMessage, lineRecord } from './jsonl';
import { refuseLong } from './limit';
import { stopWhenReaderCloses } from './output';
import { pretty } from './pretty';
import { jsonlThreads } from './threads';
import { view } from './view';

declare const __VERSION__: string | undefined;
const version = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

const reportBug = (where: string) => (e: unknown) =>
  process.stderr.write(`dramatis: internal error${where}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);

/** extract() with the length refused in the CLI's own words (`--max-length`, not `options.maxLength`) */
function extractor(args: CliArgs): (text: string) => Extraction {
  const max = args.maxLength ?? DEFAULT_MAX_LENGTH;
  const { extract } = createExtractor({ maxLength: max, reported: args.reported, nestedNames: args.nestedNames });
  return (text) => {
    refuseLong(text, max);
    return extract(text);
  };
}

async function jsonl(args: CliArgs): Promise<number> {
  const extract = extractor(args);
  const failures = new Failures();
  let lineNo = 0;
  for await (const line of createInterface({ input: openStream(args.file), crlfDelay: Infinity })) {
    lineNo++;
    const record = lineRecord(line, lineNo, extract, reportBug(` on line ${lineNo}`));
    failures.note(record, lineNo);
    process.stdout.write(`${JSON.stringify(record)}\n`);
  }
  if (!failures.total) return 0;
  process.stderr.write(`${failures.summary(lineNo)}\n`);
  return 1;
}

async function single(args: CliArgs): Promise<number> {
  const text = await readText(args.file);
  try {
    const result = extractor(args)(text);
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
  // at a terminal with no file, reading stdin would wait in silence for text nobody is typing
  if (nothingToRead(args.file)) return (process.stderr.write(`dramatis: no input: name a file, or pipe text in (- reads a terminal)\n\n${USAGE}`), 2);
  try {
    return await (args.jsonl ? (args.threads ? jsonlThreads(args) : jsonl(args)) : single(args));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`dramatis: ${e.message}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`${internalMessage(e)}\n`);
    process.exitCode = 1;
  },
);
