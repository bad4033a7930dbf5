import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { createExtractor, type DramatisError, ExtractionSchema, extract, LinkReasonSchema, OptionsSchema, type Options, SIEVE_NAMES } from '../src';
import { SIEVES } from '../src/quotes/sieves';
import { fixtureTexts } from './helpers';

const ROOT = join(__dirname, '..');

/** every field of an object schema, through arrays, nullables and optionals, with its path */
function fields(schema: z.ZodType, path = ''): Array<[string, z.ZodType]> {
  let s: any = schema;
  for (let i = 0; i < 5 && s && !s.shape; i++) s = s.unwrap?.() ?? s.element;
  if (!s?.shape) return [];
  return Object.entries(s.shape as Record<string, z.ZodType>).flatMap(([key, field]) => [[`${path}${key}`, field], ...fields(field, `${path}${key}.`)]);
}

describe('every exported schema field has a description', () => {
  it.each([
    ['ExtractionSchema', ExtractionSchema],
    ['OptionsSchema', OptionsSchema],
  ])('%s', (_name, schema) => {
    const undocumented = fields(schema)
      .filter(([, f]) => !f.description)
      .map(([p]) => p);
    expect(undocumented).toEqual([]);
  });

  it('the descriptions reach dist/schema.json and the declarations', () => {
    if (!existsSync(join(ROOT, 'dist', 'index.d.ts'))) throw new Error('dist/ is missing: run `npm run build` first (npm run check does)');
    const json = readFileSync(join(ROOT, 'dist', 'schema.json'), 'utf8');
    const dts = readFileSync(join(ROOT, 'dist', 'index.d.ts'), 'utf8');
    for (const text of ['0–1: how central the entity is to the article', 'the rule that made the link']) {
      expect(json).toContain(text);
      expect(dts).toContain(`/** ${text}`);
    }
  });
});

describe('closed sets', () => {
  it('SIEVE_NAMES names every sieve the quotes stage has', () => {
    expect(SIEVE_NAMES).toEqual(expect.arrayContaining(SIEVES.map((s) => s.name)));
  });

  it('every sieve and link reason in the fixtures is in its set', () => {
    const sieves = new Set<string>(SIEVE_NAMES);
    for (const [name, text] of fixtureTexts()) {
      const r = extract(text);
      const speakers = r.quotes.flatMap((q) => [q.speaker, ...q.nested.map((n) => n.speaker)]).filter((s) => s !== null);
      expect({ name, unknown: speakers.map((s) => s.sieve).filter((s) => !sieves.has(s)) }).toEqual({ name, unknown: [] });
      const links = [...r.actors.flatMap((a) => a.affiliations), ...r.organizations.flatMap((o) => (o.country ? [o.country] : []))];
      for (const l of links) expect(LinkReasonSchema.options).toContain(l.reason);
    }
  });
});

describe('options the library would ignore are INVALID_OPTIONS', () => {
  it.each<[string, unknown, RegExp]>([
    ['an unknown key', { bogus: 1 }, /unknown option 'bogus'$/],
    ['a near miss', { maxLenght: 5 }, /unknown option 'maxLenght' \(did you mean 'maxLength'\?\)/],
    ['a string for a number', { maxLength: '5' }, /maxLength must be a positive integer, got string/],
    ['an unknown lexicon key', { lexicon: [{ name: 'Acme', type: 'organization', country: 'US' }] }, /lexicon\[0\] \("Acme"\): unknown key 'country'/],
    ['not an object', 'strict', /expected an object, got string/],
  ])('%s', (_what, options, message) => {
    for (const call of [() => extract('Hi', options as Options), () => createExtractor(options as Options)]) {
      expect(call).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS', message: expect.stringMatching(message) }) as unknown as DramatisError);
    }
  });
});
