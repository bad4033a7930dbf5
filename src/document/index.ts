import type { Doc } from '../core/types';
import { layout } from './layout';
import { normalise } from './normalise';
import { tokenize, toTokens } from './tokens';

/** text → tokens, sentences and paragraphs, every one with offsets into the original text */
export function buildDocument(text: string): Doc {
  const view = normalise(text);
  const raw = tokenize(view);
  const tokens = toTokens(text, view, raw);
  const { sentences, paragraphs } = layout(view, tokens, raw);
  return { text, view, tokens, sentences, paragraphs };
}

export { normalise } from './normalise';
