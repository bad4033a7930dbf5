// the model shipped in the bundle, written by `npm run train`: weights.bin (embedded deflated and in
// base64 by scripts/embed.cjs: no decoding at import), clusters.txt (written by `npm run clusters`), meta.json, and the
// lexicon's gazetteer.txt whose phrase classes its features read
/// <reference path="../core/files.d.ts" />
import { inflateSync } from 'fflate';
import { SHIPPED_GAZETTEER } from '../lexicon/known-phrases';
import { base64Decode } from './base64';
import clusters from './clusters.txt';
import meta from './meta.json';
import type { ModelFiles } from './meta';
import weights from './weights.bin';

/** the shipped files, the weights decoded from base64 and inflated on each call */
export function shippedModel(): ModelFiles {
  return { weights: inflateSync(base64Decode(weights)), gazetteer: SHIPPED_GAZETTEER, clusters, meta };
}
