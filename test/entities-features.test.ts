import { reconcileTypes } from '../src/mentions/reconcile';
import type { Entity, Mention } from '../src/core/types';
import { patternCandidates } from '../src/candidates/patterns';
import { buildDocument } from '../src/document';
import { entitiesOf, named } from './entities-helpers';

const features = (text: string) =>
  patternCandidates(buildDocument(text))
    .filter((c) => c.reason === 'pattern:named-feature')
    .map((c) => `${text.slice(c.start, c.end)}:${c.kind ?? ''}`);

describe('named-feature rule', () => {
  it.each([
    ['in the Philadelphi corridor today', ['Philadelphi corridor:feature']],
    ['at the Rafah crossing today', ['Rafah crossing:feature']],
    ['settlers in the West Bank said', ['West Bank:region']],
    ['ships in the Red Sea', ['Red Sea:water']],
    ['the Golan Heights', ['Golan Heights:feature']],
    // the noun's kind, which the gazetteer's city overrides for a place it knows (entities/geography.ts)
    ['flights from Belgrade airport', ['Belgrade:feature']],
    ['boats on the Huallaga river', ['Huallaga:water']],
    ['floods in Jiangsu province', ['Jiangsu:region']],
    // the unit below a district, as reports on Syria write it
    ['aid reached Tal Abiad sub-district', ['Tal Abiad:region']],
    ['across the Iranian border', []],
    ['the Jewish state', []],
    ['the National Bank said', []],
    ['First Union bank said', []],
    ['the Central Jakarta District Court', []],
    ['the Faroe Islands', ['Faroe Islands:feature']],
  ])('%j → %j', (text, want) => {
    expect(features(text)).toEqual(want);
  });
});

describe('one type per name, by weighed votes', () => {
  const m = (text: string, start: number, type: Mention['type'], tier: Mention['tier']): Mention => ({
    start,
    end: start + text.length,
    text,
    type,
    tier,
    reason: 'test',
    index: start,
  });
  it.each([
    [
      'a pattern’s cue outweighs two tagger guesses',
      [m('Gennifer Flowers', 0, 'person', 'pattern'), m('Gennifer Flowers', 40, 'organization', 'tagger'), m('Gennifer Flowers', 80, 'organization', 'tagger')],
      'person',
    ],
    [
      'tagger guesses count up to two: four do not outweigh one cue',
      [m('Gennifer Flowers', 0, 'person', 'pattern'), ...[40, 80, 120, 160].map((s) => m('Gennifer Flowers', s, 'organization', 'tagger'))],
      'person',
    ],
    [
      'two cues outweigh one',
      [m('Gennifer Flowers', 0, 'person', 'pattern'), ...[40, 80].map((s) => m('Gennifer Flowers', s, 'organization', 'pattern'))],
      'organization',
    ],
    [
      'the tagger’s majority stands without a cue',
      [m('Acme Flowers', 0, 'person', 'tagger'), m('Acme Flowers', 40, 'organization', 'tagger'), m('Acme Flowers', 80, 'organization', 'tagger')],
      'organization',
    ],
    [
      'a body’s head word closing the name outweighs two tagger guesses of a place',
      [m('Marlow Valley College', 0, 'location', 'tagger'), m('Marlow Valley College', 40, 'location', 'tagger')],
      'organization',
    ],
    // must stay: a state's name ends in a head that is a body's too
    ['a state’s name ending in Union stays a place', [m('Soviet Union', 0, 'location', 'tagger'), m('Soviet Union', 40, 'location', 'tagger')], 'location'],
    ['a lone head word is no cue', [m('College', 0, 'location', 'tagger'), m('College', 40, 'location', 'tagger')], 'location'],
    // the tagger's history feature can carry one reading of "Mr. Obama" as a place to every mention of a long article
    ['an honorific opening the name makes a person', [m('Mr. Obama', 0, 'location', 'tagger'), m('Mr. Obama', 40, 'location', 'tagger')], 'person'],
    // must stay: a street named so
    [
      'an honorific opening a street’s name makes no person',
      [m('Dame Street', 0, 'location', 'tagger'), m('Dame Street', 40, 'location', 'tagger')],
      'location',
    ],
    // a radio station's call sign, a band: no person's name holds a word of letters and digits
    ['a word of letters and digits makes no person', [m('6PR', 0, 'person', 'tagger'), m('6PR', 40, 'person', 'pattern')], 'organization'],
    ['a road’s number makes no person either, but a place', [m('I-44', 0, 'person', 'tagger'), m('I-44', 40, 'person', 'tagger')], 'location'],
    // must stay: digits read as a place stay one; a number apart from the name's words is no cue
    ['a road read as a place stays one', [m('M62', 0, 'location', 'tagger'), m('M62', 40, 'location', 'tagger')], 'location'],
    ['a person’s name beside no digit stays a person', [m('Louis XIV', 0, 'person', 'tagger'), m('Louis XIV', 40, 'person', 'tagger')], 'person'],
  ])('%s', (_why, mentions, want) => {
    expect(new Set(reconcileTypes(mentions, buildDocument(' '.repeat(200))).map((x) => x.type))).toEqual(new Set([want]));
  });
});

describe('a surname comes from a person’s name only', () => {
  const m = (text: string, start: number, type: Mention['type']): Mention => ({
    start,
    end: start + text.length,
    text,
    type,
    tier: 'tagger',
    reason: 'test',
    index: start,
  });
  it.each<[string, string, string, Mention['type']]>([
    ['a person’s full name makes its last word a person', 'Anna Halvern', 'Halvern', 'person'],
    // must stay: runs the tagger took for a person that are no person's name
    ['a compass word opens no person’s name', 'North Halvern', 'Halvern', 'location'],
    ['a joining word is in no person’s name', 'Grand Hotel and Halvern', 'Halvern', 'location'],
    ['a body’s head ends no person’s name', 'Halvern College', 'College', 'location'],
    ['a feature’s head ends no person’s name', 'Halvern Square', 'Square', 'location'],
    // a headline's words the tagger ran into a person's name
    ['a country closing a run no given name opens is no surname', 'Obama Urges Britain', 'Britain', 'location'],
    // must stay
    ['a country after a given name is a surname', 'Michael Jordan', 'Jordan', 'person'],
  ])('%s', (_why, full, lone, want) => {
    const out = reconcileTypes([m(full, 0, 'person'), m(lone, 60, 'location'), m(lone, 120, 'location')], buildDocument(' '.repeat(200)));
    expect(out[1].type).toBe(want);
  });
});

// two one-word names joined by `and`, one a known given name: the tagger's place beside it is a person (mentions/lists.ts pairPerson)
describe('a place paired with a given name', () => {
  it.each<[string, string, string, string, Mention['type']]>([
    ['a place the tagger reads after a given name and `and` is a person', 'Ron and Ginny were waiting.', 'Ron', 'Ginny', 'person'],
    // must stay: before a noun the pair modifies it; with a comma before `and` a list goes on; a known place stays one
    ['a pair before a noun keeps its place', 'Rubio won Scott and Hollin counties.', 'Scott', 'Hollin', 'location'],
    ['a list going on keeps its place', 'Buses link Dunmore, Scott, and Hollin.', 'Scott', 'Hollin', 'location'],
    ['a known place stays a place', 'Flights link Ron and Paris.', 'Ron', 'Paris', 'location'],
  ])('%s', (_why, text, person, other, want) => {
    const at = (word: string): Mention => {
      const start = text.indexOf(word);
      return { start, end: start + word.length, text: word, type: word === person ? 'person' : 'location', tier: 'tagger', reason: 'test', index: start };
    };
    const [a, b] = text.indexOf(person) < text.indexOf(other) ? [at(person), at(other)] : [at(other), at(person)];
    const out = reconcileTypes([a, b], buildDocument(text));
    expect(out.find((x) => x.text === other)?.type).toBe(want);
  });
});

// a known city's name is a city at each mention the tagger reads, and a team where a score follows it (mentions/reconcile.ts)
describe('a known city the tagger read as a body', () => {
  it.each<[string, string, string, Entity['type']]>([
    [
      'a city met three times, each read as a body',
      'Trams cross [o:Kraków] at night. [o:Kraków] has a castle. We left [o:Kraków] by train.',
      'Kraków',
      'location',
    ],
    // must stay: a city's team in a results table, a score after each mention
    ['a team in a results table', '[o:Leeds] 3 [o:Sunderland] 1\n[o:Leeds] 2 [o:Wigan] 0\n[o:Leeds] 1 [o:Stoke] 1', 'Leeds', 'organization'],
    // must stay: a name no gazetteer knows as a city
    ['an unknown name stays a body', 'Staff at [o:Brinmouth] met. [o:Brinmouth] grew. [o:Brinmouth] hired.', 'Brinmouth', 'organization'],
  ])('%s', (_why, src, name, want) => {
    expect(named(entitiesOf(src), name)?.type).toBe(want);
  });
});

// what a sentence opening with the name defines it as, by the head of its noun phrase (lexicon/type-cues.ts, mentions/cues.ts)
describe('a name a sentence defines', () => {
  it.each<[string, string, string, Entity['type']]>([
    ['a band', '[p:Brinmouth Rovers] are an English punk/garage band. [p:Brinmouth Rovers] toured in May.', 'Brinmouth Rovers', 'organization'],
    ['a maker, before its "of"', '[p:Zentrova] is a Danish maker of pumps. [p:Zentrova] grew.', 'Zentrova', 'organization'],
    ['a village, after "the"', 'The [o:Halden] is a small village in the hills.', 'Halden', 'location'],
    // must stay: no noun of the table at the phrase's head, a definition inside a sentence, a school district
    ['a head the table does not know', '[o:Halden] is a long way from the sea.', 'Halden', 'organization'],
    ['a name that does not open its sentence', 'In May [p:Zentrova] was a company of ten.', 'Zentrova', 'person'],
    ['a school district is a body', '[o:Halden Unified School District] is the school district of the town.', 'Halden Unified School District', 'organization'],
  ])('%s', (_why, src, name, want) => {
    expect(named(entitiesOf(src), name)?.type).toBe(want);
  });
});
