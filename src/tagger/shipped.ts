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

/** what a runtime may lend of its own zlib: Node (20.16 and later) through process.getBuiltinModule, without an import */
type Runtime = { process?: { getBuiltinModule?: (id: string) => { inflateRawSync?: (bytes: Uint8Array) => Uint8Array } | undefined } };

/**
 * raw DEFLATE inflated: by the runtime's own zlib where it lends one synchronously (native, some
 * 40 ms less of a cold first call than fflate's JavaScript), else by fflate (browsers, edge workers)
 */
export function inflate(bytes: Uint8Array, runtime: Runtime = globalThis as Runtime): Uint8Array {
  const zlib = runtime.process?.getBuiltinModule?.('zlib');
  return zlib?.inflateRawSync ? new Uint8Array(zlib.inflateRawSync(bytes)) : inflateSync(bytes);
}

/** the shipped files, the weights decoded from base64 and inflated on each call */
export function shippedModel(): ModelFiles {
  return { weights: inflate(base64Decode(weights)), gazetteer: SHIPPED_GAZETTEER, clusters, meta };
}
