// the parts of wink's English model dramatis reads with: tokens, sentences and parts of speech.
// `import model from 'wink-eng-lite-web-model'` would also bring its sentiment, negation and
// entity machines and the WordNet exception lists of its lemmatiser (some 180 KB gzip in a
// bundle, and their parsing at start-up), which the `['sbd', 'pos']` pipe never runs. Its core
// (the lexicon) comes from wink-core.ts, the same numbers in a form that gzips to a third
import loadSbd from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import loadPos from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadCerMeta from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import { loadCore } from './wink-core';

/**
 * a machine that recognises nothing, as wink's automaton writes an empty one: wink-nlp loads the
 * negation and sentiment machines whatever the pipe, and runs them only when the pipe asks
 */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);
const unused = () => ({ machines: [EMPTY_MACHINE], setter: () => undefined, transformers: [] });

/** the model object wink-nlp expects, with the machines the pipe does not run left empty */
export const winkModel = {
  core: loadCore,
  sbd: loadSbd,
  pos: loadPos,
  ner: () => ({ machines: [], transformers: [] }),
  negation: unused,
  sa: unused,
  metaCER: loadCerMeta,
  featureFn,
  // stemmer, lemmatiser and readability: asked only by its.stem, its.lemma and the like, never here
  addons: Object.create(null),
};
