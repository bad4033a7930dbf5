export const ERROR_CODES = ['INVALID_INPUT', 'TEXT_TOO_LONG', 'INVALID_OPTIONS'] as const;
export type DramatisErrorCode = (typeof ERROR_CODES)[number];

/** the one error dramatis throws; `code` is stable, the message names the problem and the limit */
export class DramatisError extends Error {
  readonly code: DramatisErrorCode;
  constructor(code: DramatisErrorCode, message: string) {
    super(`dramatis: ${message}`);
    this.name = 'DramatisError';
    this.code = code;
  }
}
