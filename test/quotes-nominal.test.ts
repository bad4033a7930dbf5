import { quotesOf, type EntitySpec } from './quotes-helpers';
import { strictExtract } from './helpers';

const ARTETA: EntitySpec = { id: 'p1', name: 'Mikel Arteta', forms: ['Mikel Arteta', 'Arteta'], gender: 'male' };
const GUARDIOLA: EntitySpec = { id: 'p2', name: 'Pep Guardiola', forms: ['Pep Guardiola', 'Guardiola'], gender: 'male' };

/** the last quote's speaker as `name|entityId|form|mention`, or `none` */
function who(text: string, specs = [ARTETA, GUARDIOLA]): string {
  const s = quotesOf(text, specs).quotes.at(-1)?.speaker;
  return s ? `${s.name}|${s.entityId}|${s.form}|${s.mention?.text}` : 'none';
}

describe('a definite description by nationality or age is linked when the text licenses it', () => {
  it.each([
    [
      'the one person named just before',
      'Mikel Arteta spoke after the game. “It is what it is,” the Spaniard told reporters.',
      'Mikel Arteta|p1|nominal|the Spaniard',
    ],
    ['an adjective demonym as a noun', 'Mikel Arteta spoke after the game. “It is what it is,” the Spanish said.', 'Mikel Arteta|p1|nominal|the Spanish'],
    // a region's or a state's demonym names a person as a country's does
    ['a region demonym', 'Pep Guardiola spoke on Friday. “It is what it is,” the Catalan told reporters.', 'Pep Guardiola|p2|nominal|the Catalan'],
    ['an age', 'Mikel Arteta spoke after the game. “It is what it is,” the 42-year-old said.', 'Mikel Arteta|p1|nominal|the 42-year-old'],
    [
      'the one person named in the nearest sentence that names anyone',
      'Pep Guardiola watched. Mikel Arteta spoke after the game. “It is what it is,” the Spaniard told reporters.',
      'Mikel Arteta|p1|nominal|the Spaniard',
    ],
    // negative cases: nominal, with no entity
    [
      'two people named just before, no country given',
      'Mikel Arteta and Pep Guardiola spoke after the game. “It is what it is,” the Spaniard said.',
      'the Spaniard|null|nominal|the Spaniard',
    ],
    [
      'two people named in the nearest sentence that names anyone',
      'Mikel Arteta watched. Pep Guardiola and Mikel Arteta spoke after the game. “It is what it is,” the Spaniard said.',
      'the Spaniard|null|nominal|the Spaniard',
    ],
    ['nobody named nearby', '“It is what it is,” the Spaniard said.', 'the Spaniard|null|nominal|the Spaniard'],
    // must stay: a region's demonym, like a country's, is nobody when two are named
    [
      'two people named just before, a region demonym',
      'Mikel Arteta and Pep Guardiola spoke after the game. “It is what it is,” the Catalan said.',
      'the Catalan|null|nominal|the Catalan',
    ],
  ])('%s', (_, text, want) => {
    expect(who(text)).toBe(want);
  });
});

describe('a definite description by what a person is stands for the one person named just before', () => {
  it.each([
    ['a status noun', 'Mikel Arteta spoke after the game. “It is what it is,” the billionaire said.', 'Mikel Arteta|p1|nominal|the billionaire'],
    ['with an adjective', 'Mikel Arteta spoke after the game. “It is what it is,” the veteran actor said.', 'Mikel Arteta|p1|nominal|the veteran actor'],
    // negative cases: two people named, a source's noun, a word for anyone, a title
    [
      'two people named just before',
      'Mikel Arteta and Pep Guardiola spoke after the game. “It is what it is,” the billionaire said.',
      'the billionaire|null|nominal|the billionaire',
    ],
    ['a source’s noun', 'Mikel Arteta spoke after the game. “It is what it is,” the spokesman said.', 'the spokesman|null|anonymous|the spokesman'],
    ['a word for anyone', 'Mikel Arteta spoke after the game. “It is what it is,” the man said.', 'the man|null|nominal|the man'],
    [
      'a title he is not given',
      'Mikel Arteta spoke after the game. “It is what it is,” the former governor said.',
      'the former governor|null|nominal|the former governor',
    ],
  ])('%s', (_, text, want) => {
    expect(who(text)).toBe(want);
  });
});

describe('the whole pipeline: the country the article gives a person picks them out', () => {
  it('`Spanish manager Mikel Arteta` is the Spaniard though another person is named after him', () => {
    const text = 'Spanish manager Mikel Arteta spoke after Bukayo Saka scored. “It is what it is,” the Spaniard told reporters.';
    const s = strictExtract(text).quotes[0].speaker;
    expect([s?.name, s?.form, s?.mention?.text]).toEqual(['Mikel Arteta', 'nominal', 'the Spaniard']);
  });
});

describe('the whole pipeline: a politician by party and state, and a place in a description', () => {
  const speakerOf = (text: string) => {
    const s = strictExtract(text).quotes.find((q) => q.kind === 'direct')?.speaker;
    return [s?.name, s?.form, s?.mention?.text];
  };
  it.each([
    [
      '`the Kentucky Republican` is the one person named just before',
      'Senate leader Mitch McConnell spoke on Monday. “This is a Trojan horse,” the Kentucky Republican said.',
      ['Mitch McConnell', 'nominal', 'the Kentucky Republican'],
    ],
    // must stay: with no one to link, the description is the speaker, never the place inside it
    ['no one named nearby', '“This is a Trojan horse,” the Kentucky Republican said.', ['the Kentucky Republican', 'nominal', 'the Kentucky Republican']],
    [
      'a place inside a description is not who speaks',
      '“We will build,” the New York businessman said.',
      ['the New York businessman', 'nominal', 'the New York businessman'],
    ],
    ['a place that is all the phrase names speaks itself', '“We will respond,” the White House said.', ['White House', 'name', 'the White House']],
    // a body's kind described by where the body is stands for the latest body named; must stay: a body's own name before its kind
    [
      'a company described by its city',
      'Zentrova Inc unveiled a model on Monday. “It is faster,” the San Francisco-based startup said.',
      ['Zentrova Inc', 'nominal', 'the San Francisco-based startup'],
    ],
    [
      'a body named before its kind',
      'Zentrova Inc unveiled a model on Monday. “We will sue,” the Velmora newspaper chain said.',
      ['the Velmora newspaper chain', 'nominal', 'the Velmora newspaper chain'],
    ],
    // a common noun heading the phrase before a place's preposition describes who speaks; the places after it say where
    ['people described, then where they are', '“Supplies are gone,” aid workers in Gaza said.', ['aid workers in Gaza', 'nominal', 'aid workers in Gaza']],
    [
      'the description opening the sentence',
      'Protesters in Tehran chanted on Monday: “The regime must go.”',
      ['Protesters in Tehran', 'nominal', 'Protesters in Tehran'],
    ],
    // a noun for people and where they work: the whole phrase, after the quote as before it, never the body alone
    [
      'a body after the preposition',
      '“Inflation will fall,” economists at Goldman Sachs said.',
      ['economists at Goldman Sachs', 'nominal', 'economists at Goldman Sachs'],
    ],
    [
      'the same opening the sentence',
      'Economists at Goldman Sachs said: “Inflation will fall.”',
      ['Economists at Goldman Sachs', 'nominal', 'Economists at Goldman Sachs'],
    ],
    ['a place a person is from', '“It was awful,” a truck driver from Ava said.', ['a truck driver from Ava', 'nominal', 'a truck driver from Ava']],
    // a person's name before where they work is who speaks, as with `of`
    ['a name at a body', 'Jane Zorbin at Goldman Sachs said: “Inflation will fall.”', ['Jane Zorbin', 'name', 'Jane Zorbin at Goldman Sachs']],
  ])('%s', (_, text, want) => {
    expect(speakerOf(text)).toEqual(want);
  });
});

describe('a pronoun no person fits stands for a speaker described just before', () => {
  it.each([
    ['a description, then a pronoun', 'The mayor said the city would hire officers. “We have heard you,” she said.', 'The mayor|null|pronoun|she'],
    [
      'past an aside and a pronoun in its own words',
      'A neighbour, who did not want to be named, said she had heard shouting. “It is a quiet street,” she said.',
      'A neighbour|null|pronoun|she',
    ],
    ['a source’s noun', 'A company spokeswoman said the plant would close. “It is sad,” she said.', 'A company spokeswoman|null|pronoun|she'],
    // must stay: a person who fits comes first; a body, a gendered word against the pronoun, a plural or a name describe nobody here
    ['a person who fits', 'Mikel Arteta arrived. A spokesman said the deal was off. “It is sad,” he said.', 'Mikel Arteta|p1|pronoun|he'],
    ['a body', 'The company said the plant would close. “It is sad,” she said.', 'she|null|pronoun|she'],
    ['a gendered word against the pronoun', 'A spokesman said the plant would close. “It is sad,” she said.', 'she|null|pronoun|she'],
    ['a plural', 'The residents said the plant would close. “It is sad,” she said.', 'she|null|pronoun|she'],
    [
      'two sentences back',
      'The mayor said the city would hire officers. It rained. The vote was close. “We have heard you,” she said.',
      'she|null|pronoun|she',
    ],
  ])('%s', (_, text, want) => {
    expect(who(text, [ARTETA])).toBe(want);
  });
});
