import { extract, type Extraction } from '../src';
import { buildDocument } from '../src/document';
import { nestedNames } from '../src/mentions/nested';
import { entitiesOf, marked } from './entities-helpers';

const placesIn = (src: string) => {
  const { text, mentions } = marked(src);
  return nestedNames(mentions, buildDocument(text))
    .filter((m) => m.reason.startsWith('entities:'))
    .map((m) => `${m.type[0]}:${m.text}`);
};

describe('names nested in an organisation or building name', () => {
  it.each([
    ['after "of" and "at"', 'She studied at the [o:University of North Carolina at Greensboro].', ['l:North Carolina', 'l:Greensboro']],
    ['a country after "of"', 'The [o:Doctor Who Society of Canada] met.', ['l:Canada']],
    ['a place the article tags elsewhere', 'The [o:Municipality of Livorno] asked. [l:Livorno] is old.', ['l:Livorno']],
    ['a compass word and a known place', 'She teaches at the [o:University of Southern Indiana].', ['l:Southern Indiana']],
    ['a country opening a public body', 'The [o:U.S. Department of Agriculture] said.', ['l:U.S.']],
    ["a country's short form opening a public body", 'The [o:US National Science Foundation] paid.', ['l:US']],
    ['a city opening a public body', 'The [o:Irving Police Department] came.', ['l:Irving']],
    ['a city opening a building', 'They played at the [l:Volgograd Arena].', ['l:Volgograd']],
    ['a person the article names, opening a body named after them', 'The [o:Andy Warhol Foundation] gave prints by [p:Andy Warhol].', ['p:Andy Warhol']],
    [
      'a person opening a body named after them, before its `for` phrase',
      'The [o:Andy Warhol Foundation for the Visual Arts] gave prints by [p:Andy Warhol].',
      ['p:Andy Warhol'],
    ],
    // a street or a square is named for a place, it does not stand in it; must stay: the building above
    ['not a city opening a street or a square', 'The shop on [l:Dallas Street] faces [l:Boston Square].', []],
    ['not a city opening a club or an exchange', 'The [o:New York Stock Exchange] fell and the [o:Chicago Cubs] won.', []],
    ['not a lowercase "us"', 'The [o:Us Weekly Service] wrote.', []],
    ['not a person opening a company', 'The [o:Pirelli Cables] unit grew. [p:Pirelli] left.', []],
    ['not an unknown name after "of"', 'The [o:Bank of Zorblax] fell.', []],
    // the tagger's guess elsewhere counts for a name of more words only; must stay: the one-word guess
    ['a place of more words the tagger reads elsewhere', 'The [o:Bank of Port Zorblax] fell. [l:Port Zorblax] is small.', ['l:Port Zorblax']],
    ['not one word only the tagger reads as a place elsewhere', 'The [o:League of Zorbs] met. The [l:Zorbs] of old met too.', []],
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

// a caller who scores or stores names flat (CoNLL-2003 marks none inside another) turns the nested ones off
describe('nestedNames: false', () => {
  const text = 'The U.S. Department of Agriculture and the Bank of Canada met in Ottawa. Canada agreed.';
  const mentions = (r: Extraction) =>
    [...r.actors, ...r.organizations, ...r.locations].flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.id[0] }))).sort((a, b) => a.start - b.start);
  it('leaves out the names inside names, so no two mentions overlap', () => {
    const flat = mentions(extract(text, { nestedNames: false, strict: true }));
    expect(flat.map((m) => `${m.type}:${m.text}`)).toEqual(['o:U.S. Department of Agriculture', 'o:Bank of Canada', 'l:Ottawa', 'l:Canada']);
    expect(flat.every((m, i) => i === 0 || m.start >= flat[i - 1].end)).toBe(true);
  });
  it('keeps them by default', () => {
    const all = mentions(extract(text, { strict: true })).map((m) => `${m.type}:${m.text}`);
    expect(all).toEqual(expect.arrayContaining(['l:U.S.', 'l:Canada', 'o:Bank of Canada']));
    expect(all.filter((m) => m === 'l:Canada')).toHaveLength(2);
  });
});
