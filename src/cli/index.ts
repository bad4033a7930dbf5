import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createExtractor, DramatisError } from '../index';
import { parseArgs, USAGE, type CliArgs } from './args';
import { pretty } from './pretty';

declare const __VERSION__: string | undefined;
const version = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

const errorRecord = (e: unknown) =>
  e instanceof DramatisError
    ? { code: e.code, message: e.message }
    : { code: 'INVALID_LINE', message: `dramatis: ${e instanceof Error ? e.message : String(e)}` };

async function jsonl(args: CliArgs): Promise<void> {
  const extractor = createExtractor({ maxLength: args.maxLength });
  let lineNo = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNo++;
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      const record = JSON.parse(line) as { id?: unknown; text?: unknown };
      id = record?.id ?? null;
      if (typeof record?.text !== 'string') throw new Error(`line ${lineNo}: expected {"id", "text"} with text a string`);
      process.stdout.write(`${JSON.stringify({ id, ...extractor.extract(record.text) })}\n`);
    } catch (e) {
      process.stdout.write(`${JSON.stringify({ id, line: lineNo, error: errorRecord(e) })}\n`);
    }
  }
}

async function readInput(file: string | undefined): Promise<string> {
  if (file && file !== '-') return readFileSync(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(argv: string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`dramatis: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) return process.stdout.write(USAGE), 0;
  if (args.version) return process.stdout.write(`${version}\n`), 0;
  if (args.jsonl) return jsonl(args).then(() => 0);
  try {
    const result = createExtractor({ maxLength: args.maxLength }).extract(await readInput(args.file));
    process.stdout.write(args.pretty ? `${pretty(result)}\n` : `${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`${e instanceof DramatisError ? e.message : `dramatis: ${(e as Error).message}`}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`dramatis: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
