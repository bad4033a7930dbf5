// which corpora train a private copy of the features (feature augmentation, scripts/train/perceptron.ts):
// kept apart from config.ts, which reads files, so the tests can ask it of a config they write
import type { TrainConfig } from './config';

/** the labelled corpora a training may read, by key: CoNLL train, GUM news, the extra sets */
export const corpusKeys = (config: Pick<TrainConfig, 'data'>): string[] => ['conll', 'gum-news', ...config.data.extra.map((x) => x.key)];

/**
 * the config's `training.augment` (a list of keys) or env AUGMENT (keys separated by commas, "none"
 * for none), checked: a key no corpus has is an error, not a corpus silently trained without its copy
 */
export function augmentedCorpora(config: Pick<TrainConfig, 'data'>, value: string | string[], file: string): string[] {
  const keys = Array.isArray(value)
    ? value
    : value === 'none'
      ? []
      : value
          .split(',')
          .map((k) => k.trim())
          .filter(Boolean);
  const known = corpusKeys(config);
  for (const key of keys) if (!known.includes(key)) throw new Error(`augment: no corpus "${key}" in ${file} (${known.join(', ')})`);
  return keys;
}

/** the private-copy id (perceptron.ts domainCopy) of a corpus's documents: 0 when it has none */
export const domainOf = (config: Pick<TrainConfig, 'data' | 'training'>, key: string): number =>
  config.training.augment.includes(key) ? corpusKeys(config).indexOf(key) + 1 : 0;
