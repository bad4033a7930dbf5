// Cloudflare Worker (module syntax): POST {"text": "..."}, answers the extraction as JSON
// bundle (esbuild, minified): 4.9 MiB, 1.7 MiB gzip; workerd start to first response about 0.8–1.6 s (npm run examples measures both)
import { DramatisError, extract } from 'dramatis';

export default {
  async fetch(request) {
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
  },
};
