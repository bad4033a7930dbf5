// Vercel edge function (api/extract.js): POST {"text": "..."}, answers the extraction as JSON
// bundle (esbuild, minified): 4.9 MiB, 1.7 MiB gzip (check your plan's edge size limit); first Request → Response about 0.6–1.4 s (npm run examples, in Node)
import { DramatisError, extract } from 'dramatis';

export const config = { runtime: 'edge' };

export default async function handler(request) {
  if (request.method !== 'POST') return Response.json({ error: { code: 'METHOD', message: 'POST {"text": "..."}' } }, { status: 405 });
  let text;
  try {
    ({ text } = await request.json());
  } catch {
    return Response.json({ error: { code: 'INVALID_JSON', message: 'the body must be JSON: {"text": "..."}' } }, { status: 400 });
  }
  try {
    return Response.json(extract(text));
  } catch (e) {
    if (e instanceof DramatisError) return Response.json({ error: { code: e.code, message: e.message } }, { status: 400 });
    throw e;
  }
}
