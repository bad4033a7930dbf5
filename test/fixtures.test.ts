import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExtractionSchema, type Extraction } from '../src';
import { allSpans, FIXTURES, fixtureTexts, strictExtract as extract } from './helpers';

const cases = fixtureTexts();

describe.each(cases)('fixture %s', (file, text) => {
  const result = extract(text);

  it('matches the result schema', () => {
    expect(ExtractionSchema.safeParse(result).success).toBe(true);
  });

  it('returns spans that slice back to their text', () => {
    for (const s of allSpans(result)) {
      expect({ where: s.where, text: text.slice(s.start, s.end) }).toEqual({ where: s.where, text: s.text });
    }
  });

  it('gives the same output twice', () => {
    expect(JSON.stringify(extract(text))).toBe(JSON.stringify(result));
  });

  const expectFile = join(FIXTURES, file.replace(/\.txt$/, '.expect.json'));
  const contract = existsSync(expectFile) ? JSON.parse(readFileSync(expectFile, 'utf8')) : null;
  if (contract) describeContract(result, contract);
});

interface EntityExpectation {
  name: string;
  kind?: string;
  minMentions?: number;
}

function describeContract(result: Extraction, contract: Record<string, any>) {
  const lists = { actors: result.actors, organizations: result.organizations, locations: result.locations };
  for (const key of ['actors', 'organizations', 'locations'] as const) {
    const spec = contract[key];
    if (!spec) continue;
    const names = lists[key].map((e) => e.name);
    const must: Array<[string, EntityExpectation]> = (spec.must ?? []).map((e: EntityExpectation) => [e.name, e]);
    it.each(must)(`${key}: finds %s`, (_n, e) => {
      const found = lists[key].find((x) => x.name === e.name);
      expect({ name: e.name, found: found?.name, among: names }).toEqual({ name: e.name, found: e.name, among: names });
      if (e.kind) expect((found as any).kind).toBe(e.kind);
      if (e.minMentions) expect(found!.mentions.length).toBeGreaterThanOrEqual(e.minMentions);
    });
    const mustNot: Array<[string]> = (spec.mustNot ?? []).map((n: string) => [n]);
    it.each(mustNot)(`${key}: does not report %s`, (n) => {
      expect(names).not.toContain(n);
    });
    if (spec.exactCount !== undefined) {
      it(`${key}: reports exactly ${spec.exactCount}`, () => expect(names).toHaveLength(spec.exactCount));
    }
  }
  if (contract.quotes) {
    const quotes: Array<[string, any]> = contract.quotes.map((q: any) => [q.opens, q]);
    it.each(quotes)('quote %s', (_o, want) => {
      const q = result.quotes.find((x) => x.text.startsWith(want.opens));
      expect(q).toBeDefined();
      const kinds = Array.isArray(want.kind) ? want.kind : [want.kind];
      expect(kinds).toContain(q!.kind);
      expect(q!.speaker?.name ?? null).toBe(want.speaker);
      if (want.anonymous) expect(q!.speaker?.entityId).toBeNull();
      else if (want.speaker) expect(q!.speaker?.entityId).toEqual(expect.any(String));
      if ('cue' in want) expect(q!.cue?.text ?? null).toBe(want.cue);
    });
  }
  if (contract.quotesNot) {
    const not: Array<[string, any]> = contract.quotesNot.map((q: any) => [`${q.kind} ${q.text}`, q]);
    it.each(not)('no quote %s', (_k, bad) => {
      expect(result.quotes.filter((q) => q.kind === bad.kind && q.text === bad.text).map((q) => q.text)).toEqual([]);
    });
  }
}
