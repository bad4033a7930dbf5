// statistical NER: an averaged perceptron over BILOU tags (PER / ORG / LOC / MISC), trained by
// `npm run train` (scripts/train.ts) on CoNLL-2003 train and GUM news; the model ships as
// weights.bin and meta.json (with the lexicon's gazetteer.txt), checked against this code on first use (meta.ts)
import type { Candidate, Doc } from '../core/types';
import { joinAdjacent } from './join';
import { loadModel, type ModelFiles } from './meta';
import type { Model } from './model';
import { tagWithModel } from './perceptron';
import { shippedModel } from './shipped';

let model: Model | undefined;
let refused: unknown;

/**
 * the model, decoded on first use. A model its meta.json does not match to this code is a build
 * fault, not a problem with the text: it throws, every time, rather than tag nothing
 */
function currentModel(): Model {
  if (refused) throw refused;
  if (!model) {
    try {
      model = loadModel(shippedModel(), { shipped: true });
    } catch (e) {
      refused = e;
      throw e;
    }
  }
  return model;
}

/**
 * Replace the shipped model (scripts only: scripts/cv-pipeline.ts scores the whole pipeline with
 * each cross-validation fold's model). Not exported from the package entry.
 */
export function useModel(files: ModelFiles): void {
  model = loadModel(files);
  refused = undefined;
}

/**
 * person / organisation / location spans the tagger finds, with token offsets into `doc.text`, the
 * names its greedy decoding broke in two joined (join.ts; at run time only: training and its silver
 * labels read the decoder's own spans); an error is the caller's to meet (candidates/ guards it: a
 * warning, or thrown in strict mode)
 */
export function tagEntities(doc: Doc): Candidate[] {
  if (doc.tokens.length === 0) return [];
  const all = tagWithModel(doc, currentModel(), true);
  // the unsure spans stand apart: joined to nothing, judged by the words around them (mentions/unsure.ts)
  return [
    ...joinAdjacent(
      doc,
      all.filter((c) => !c.unsure),
    ),
    ...all.filter((c) => c.unsure),
  ];
}
