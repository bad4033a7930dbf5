// the model shipped in the bundle, written by `npm run train`: weights.bin (embedded as base64
// text: no decoding at import), gazetteer.txt, clusters.txt (written by `npm run clusters`) and meta.json
/// <reference path="./files.d.ts" />
import { base64Decode } from './base64';
import clusters from './clusters.txt';
import gazetteer from './gazetteer.txt';
import meta from './meta.json';
import type { ModelFiles } from './meta';
import weights from './weights.bin';

/** the shipped files, the weights decoded from base64 on each call */
export function shippedModel(): ModelFiles {
  return { weights: base64Decode(weights), gazetteer, clusters, meta };
}
