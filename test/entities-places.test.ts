import { buildDocument } from '../src/document';
import { nestedPlaces } from '../src/entities/nested';
import { entitiesOf, marked } from './entities-helpers';

const placesIn = (src: string) => {
  const { text, mentions } = marked(src);
  return nestedPlaces(mentions, buildDocument(text))
    .filter((m) => m.reason === 'entities:nested-place')
    .map((m) => m.text);
};

describe('places nested in an organisation name', () => {
  it.each([
    ['after "of" and "at"', 'She studied at the [o:University of North Carolina at Greensboro].', ['North Carolina', 'Greensboro']],
    ['a country after "of"', 'The [o:Doctor Who Society of Canada] met.', ['Canada']],
    ['a place the article tags elsewhere', 'The [o:Municipality of Livorno] asked. [l:Livorno] is old.', ['Livorno']],
    ['not a name\'s first words', 'The [o:New York Stock Exchange] fell.', []],
    ['not an unknown name after "of"', 'The [o:Bank of Zorblax] fell.', []],
    ['not inside a person', 'Then [p:Duke of Norfolk] spoke.', []],
  ])('%s', (_why, src, want) => {
    expect(placesIn(src)).toEqual(want);
  });
});

describe('a named building is a place', () => {
  it.each([
    ['The [o:Metro Toronto Convention Centre] was full.', 'location'],
    ['They met at [o:Century City Towers].', 'location'],
    ['The [o:Tang Teaching Museum] lent them.', 'organization'],
    ['The [o:Station] opened.', 'organization'],
  ])('%j', (src, type) => {
    const e = entitiesOf(src);
    expect(e.map((x) => x.type)).toEqual([type]);
  });
});
