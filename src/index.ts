export { extract, createExtractor, DEFAULT_MAX_LENGTH, type Extractor } from './extract';
export { DramatisError, ERROR_CODES, type DramatisErrorCode } from './errors';
export * from './schema';
