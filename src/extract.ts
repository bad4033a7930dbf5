import { findCandidates } from './candidates';
import { buildDocument } from './document';
import { markupWarnings } from './document/markup';
import { buildEntities } from './entities';
import { rankEntities } from './rank';
import type { Guard } from './core/guard';
import { DramatisError } from './errors';
import { resolveMentions } from './mentions';
import { attributeQuotes } from './quotes';
import { toResult } from './result';
import { readOptions, type ReadOptions } from './options';
import type { Extraction, Options } from './schema';

export { DEFAULT_MAX_LENGTH } from './options';

export interface Extractor {
  extract(text: string): Extraction;
}

function checkText(text: unknown, maxLength: number): asserts text is string {
  if (typeof text !== 'string') {
    const got = text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text;
    throw new DramatisError('INVALID_INPUT', `extract() expects a string of article text, got ${got}`);
  }
  if (text.length > maxLength) {
    throw new DramatisError('TEXT_TOO_LONG', `text is ${text.length} characters, over the limit of ${maxLength} (set options.maxLength to raise it)`);
  }
}

function run(text: string, { lexicon, strict, trace, reported, nestedNames }: ReadOptions): Extraction {
  const guard: Guard = { strict, warnings: markupWarnings(text) }; // plain text expected: HTML is named
  const doc = buildDocument(text); //                                tokens, sentences, paragraphs
  const mentions = resolveMentions(findCandidates(doc, { lexicon, guard }), doc, { trace, nestedNames }); // typed; overlapping only where nested
  const entities = buildEntities(mentions, doc); //                  canonical names, aliases, details
  const quotes = attributeQuotes(doc, entities, guard, undefined, reported); // quotes and reported statements, speakers
  return toResult(rankEntities(entities, quotes, doc), quotes, guard.warnings); // salience order
}

/** an extractor with the caller's options checked and compiled once (lexicon matcher, limits) */
export function createExtractor(options?: Options): Extractor {
  const read = readOptions(options);
  return {
    extract(text: string): Extraction {
      checkText(text, read.maxLength);
      return run(text, read);
    },
  };
}

/** the cast and lines of a news article: actors, organisations, locations and quotes; a lexicon array is compiled on its first use */
export function extract(text: string, options?: Options): Extraction {
  return createExtractor(options).extract(text);
}
