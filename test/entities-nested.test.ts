import { buildDocument } from '../src/document';
import { nestedPlaces } from '../src/entities/nested';
import { marked } from './entities-helpers';

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
