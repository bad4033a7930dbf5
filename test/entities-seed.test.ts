import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Extraction } from '../src';
import { FIXTURES, strictExtract as extract } from './helpers';

// the seed article's entity contract; the caller lexicon stands in for the names the
// tagger is to find, so this checks the entities stage rather than mention recall
const text = readFileSync(join(FIXTURES, 'hostage-talks-denmark.txt'), 'utf8');
const lexicon = [
  { name: 'Hamas', type: 'organization' as const },
  { name: 'Mossad', type: 'organization' as const },
  { name: 'Shin Bet', type: 'organization' as const },
  { name: 'Doha', type: 'location' as const },
];
const r: Extraction = extract(text, { lexicon });
const actor = (name: string) => r.actors.find((a) => a.name === name)!;
const place = (name: string) => r.locations.find((l) => l.name === name)!;

describe('seed article entities', () => {
  it("clusters Sa'ar into one actor of three mentions", () => {
    expect(actor('Gideon Sa’ar').mentions).toHaveLength(3);
    expect(r.actors.filter((a) => /Sa.ar/.test(a.name))).toHaveLength(1);
  });

  it.each([
    ['Lars Loekke Rasmussen', ['Foreign Minister'], 'Denmark'],
    ['Gideon Sa’ar', ['Foreign Minister'], 'Israel'],
    ['Benjamin Netanyahu', ['Prime Minister'], null],
    ['David Barnea', ['Mossad director'], 'Mossad'],
    ['Ronen Bar', ['Shin Bet chief'], 'Shin Bet'],
    ['Nitzan Alon', ['IDF representative', 'Major General'], 'IDF'],
  ])('%s: titles %j, affiliated with %s', (name, titles, affiliation) => {
    const a = actor(name);
    expect(a.titles.map((t) => t.text)).toEqual(titles);
    for (const t of a.titles) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(a.affiliations[0]?.name ?? null).toBe(affiliation);
  });

  it('links affiliations to the entities of the article', () => {
    expect(actor('Lars Loekke Rasmussen').affiliations[0]).toMatchObject({ entityId: place('Denmark').id, countryCode: 'DK' });
    expect(actor('David Barnea').affiliations[0].entityId).toBe(r.organizations.find((o) => o.name === 'Mossad')!.id);
  });

  it.each([
    ['Qatar', 'country', 'QA'],
    ['Doha', 'city', 'QA'],
    ['Philadelphi corridor', 'feature', 'PS'],
    ['Israel', 'country', 'IL'],
  ])('%s is a %s in %s', (name, kind, code) => {
    expect(place(name)).toMatchObject({ kind, countryCode: code });
  });

  it('ranks Hamas the most salient organisation', () => {
    expect(r.organizations[0].name).toBe('Hamas');
    const scores = r.organizations.map((o) => o.salience);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
