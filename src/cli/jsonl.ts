import { DramatisError, type Extraction } from '../index';

/** codes of the error records only the CLI writes; the library's own codes are its ERROR_CODES */
export const LINE_CODES = {
  INVALID_LINE: 'the line is not JSON, or not an object with `text` a string',
  EMPTY_LINE: 'the line is blank; it still gets a record, so output line n answers input line n',
  INTERNAL_ERROR: 'dramatis failed on a valid text: a bug in dramatis, not a problem with the line',
} as const;
export type LineCode = keyof typeof LINE_CODES;

interface ErrorRecord {
  id: unknown;
  line: number;
  error: { code: string; message: string };
}

const failed = (id: unknown, line: number, code: string, message: string): ErrorRecord => ({ id, line, error: { code, message } });

export const internalMessage = (e: unknown) =>
  `dramatis: internal error (a bug in dramatis; please report it with the input): ${e instanceof Error ? e.message : String(e)}`;

/** the one output record for one input line: `{ id, ...result }` or `{ id, line, error }` */
export function lineRecord(raw: string, lineNo: number, extract: (text: string) => Extraction, onBug: (e: unknown) => void): object {
  // a byte order mark is no part of the JSON: at the file's start, or where files were joined with cat
  const line = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (!line.trim()) return failed(null, lineNo, 'EMPTY_LINE', `dramatis: line ${lineNo} is blank`);
  let record: { id?: unknown; text?: unknown } | null;
  try {
    record = JSON.parse(line);
  } catch (e) {
    return failed(null, lineNo, 'INVALID_LINE', `dramatis: line ${lineNo} is not JSON: ${(e as Error).message}`);
  }
  const id = record?.id ?? null;
  if (typeof record?.text !== 'string') {
    return failed(id, lineNo, 'INVALID_LINE', `dramatis: line ${lineNo}: expected {"id", "text"} with text a string`);
  }
  try {
    return { id, ...extract(record.text) };
  } catch (e) {
    if (e instanceof DramatisError) return failed(id, lineNo, e.code, e.message);
    onBug(e);
    return failed(id, lineNo, 'INTERNAL_ERROR', internalMessage(e));
  }
}

// line numbers a summary names for each code; the rest are counted
const LISTED = 10;

/** the failed lines of a run, by code, for the summary on stderr */
export class Failures {
  private readonly byCode = new Map<string, number[]>();
  total = 0;

  note(record: object, lineNo: number): void {
    const code = (record as Partial<ErrorRecord>).error?.code;
    if (code === undefined) return;
    this.total++;
    const lines = this.byCode.get(code) ?? [];
    lines.push(lineNo);
    this.byCode.set(code, lines);
  }

  /** `dramatis: 2 of 5 lines failed: INVALID_LINE (lines 2, 3)`; '' when none did */
  summary(lines: number): string {
    if (!this.total) return '';
    const parts = [...this.byCode].map(([code, at]) => {
      const named = at.slice(0, LISTED).join(', ');
      const more = at.length > LISTED ? ` and ${at.length - LISTED} more` : '';
      return `${code} ${at.length > 1 ? 'lines' : 'line'} ${named}${more}`;
    });
    return `dramatis: ${this.total} of ${lines} line${lines > 1 ? 's' : ''} failed: ${parts.join('; ')} (each has an error record in the output)`;
  }
}
