import { createExtractor, extract } from '../src';

describe('caller lexicon entries always win', () => {
  const ex = createExtractor({
    lexicon: [
      { name: 'Ronen Bar', type: 'person' },
      { name: 'Acme Widgets Ltd', type: 'organization', aliases: ['Acme'] },
      { name: 'Gush Dan', type: 'location', kind: 'region' },
    ],
  });
  const text = 'Ronen Bar met Acme executives in Gush Dan. Acme Widgets Ltd denied it.';
  const r = ex.extract(text);

  it.each([
    ['actors', 'Ronen Bar'],
    ['organizations', 'Acme Widgets Ltd'],
    ['locations', 'Gush Dan'],
  ] as const)('%s has %s', (key, name) => {
    expect(r[key].map((e) => e.name)).toContain(name);
  });
  it('the canonical name is the entry name, aliases the other forms', () => {
    const acme = r.organizations.find((o) => o.name === 'Acme Widgets Ltd')!;
    expect(acme.mentions.map((m) => m.text)).toEqual(['Acme', 'Acme Widgets Ltd']);
    expect(acme.aliases).toEqual(['Acme']);
  });
  it('the location kind comes from the entry', () => {
    expect(r.locations.find((l) => l.name === 'Gush Dan')?.kind).toBe('region');
  });
  it('nothing else claims the same words', () => {
    expect(r.locations.map((l) => l.name)).not.toContain('Ronen Bar');
  });
});

it('extract and a reused extractor agree', () => {
  const text = 'Prime Minister Benjamin Netanyahu flew to Washington.';
  expect(createExtractor().extract(text)).toEqual(extract(text));
});
