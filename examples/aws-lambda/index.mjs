// AWS Lambda (Node.js 20 runtime, API Gateway HTTP API or a function URL): POST {"text": "..."}
// bundle (esbuild, minified): 4.9 MiB, 1.7 MiB gzip; cold start (handler load + first invocation) about 0.6–1.2 s (npm run examples measures both)
import { DramatisError, extract } from 'dramatis';

const reply = (statusCode, body) => ({ statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

export const handler = async (event) => {
  let text;
  try {
    const body = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
    text = JSON.parse(body ?? '{}').text;
  } catch {
    return reply(400, { error: { code: 'INVALID_JSON', message: 'the body must be JSON: {"text": "..."}' } });
  }
  try {
    return reply(200, extract(text));
  } catch (e) {
    if (e instanceof DramatisError) return reply(400, { error: { code: e.code, message: e.message } });
    throw e;
  }
};
