import { createReadStream, readFileSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';

/** an input the CLI refuses, with a message in the user's terms; the run exits 1 */
export class InputError extends Error {}

// file signatures of what is most often passed by mistake
const MAGIC: ReadonlyArray<[string, number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a zip archive (a .docx or .xlsx is one)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip data', [0x1f, 0x8b]],
];

// enough of the start to tell text from binary without reading a large file twice
const SNIFF = 8192;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** what the bytes are when they are not UTF-8 text, else undefined */
export function binaryKind(bytes: Uint8Array): string | undefined {
  for (const [kind, sig] of MAGIC) if (sig.every((b, i) => bytes[i] === b)) return kind;
  const head = bytes.subarray(0, SNIFF);
  if (head.includes(0)) return 'binary data (it holds NUL bytes)';
  try {
    strictUtf8.decode(bytes);
  } catch {
    return 'not UTF-8 text (convert it first, e.g. `iconv -f latin1 -t utf-8`)';
  }
  return undefined;
}

/** a path checked before it is opened: missing, a directory or unreadable, said plainly */
function checkPath(file: string): void {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(file).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`cannot read ${file}: no such file`);
    if (code === 'EACCES') throw new InputError(`cannot read ${file}: permission denied`);
    throw new InputError(`cannot read ${file}: ${(e as Error).message}`);
  }
  if (isDirectory) throw new InputError(`cannot read ${file}: it is a directory; give a file, or - for stdin`);
}

const fromStdin = (file: string | undefined) => !file || file === '-';

/** the whole input as text; the file or stdin decoded as Node decodes UTF-8 (a BOM stays) */
export async function readText(file: string | undefined): Promise<string> {
  let bytes: Buffer;
  if (fromStdin(file)) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    bytes = Buffer.concat(chunks);
  } else {
    checkPath(file!);
    try {
      bytes = readFileSync(file!);
    } catch (e) {
      throw new InputError(`cannot read ${file}: ${(e as Error).message}`);
    }
  }
  const kind = binaryKind(bytes);
  if (kind) throw new InputError(`${fromStdin(file) ? 'stdin' : file} is ${kind}; dramatis reads plain text`);
  return bytes.toString('utf8');
}

/** the input as a stream of bytes, for --jsonl: the file (checked first) or stdin */
export function openStream(file: string | undefined): Readable {
  if (fromStdin(file)) return process.stdin;
  checkPath(file!);
  return createReadStream(file!);
}

/** no file named and stdin a terminal: the user ran `dramatis` with nothing to read */
export const nothingToRead = (file: string | undefined) => !file && process.stdin.isTTY === true;
