// writes dist/schema.json: the JSON Schema of extract()'s result, from the zod schema itself
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ExtractionSchema } from '../dist/index.js';

const schema = z.toJSONSchema(ExtractionSchema, { target: 'draft-2020-12' });
schema.$id = 'https://unpkg.com/dramatis/dist/schema.json';
schema.title = 'dramatis Extraction';
writeFileSync(new URL('../dist/schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
console.log('wrote dist/schema.json');
