import { extract } from '../src';
import { quotesOf, type EntitySpec } from './quotes-helpers';

const SMITH: EntitySpec = { id: 'p1', name: 'John Smith', forms: ['John Smith', 'Smith'], gender: 'male' };
const JONES: EntitySpec = { id: 'p2', name: 'Mary Jones', forms: ['Mary Jones', 'Jones'], gender: 'female' };

/** every quote's speaker as `name|sieve`, or `none` */
function speakers(text: string): string[] {
  return quotesOf(text, [SMITH, JONES]).quotes.map((q) => (q.speaker ? `${q.speaker.name}|${q.speaker.sieve}` : 'none'));
}

describe('a name label before a colon: roundups and debate summaries', () => {
  it.each([
    ['a roundup line after a headline’s dash', 'POLLS WERE NOT WRONG - Mary Jones: “The polls ended too early.”', ['Mary Jones|name-label']],
    ['`More from` a name', 'Turnout was there all along - More from Jones: “Data helps confirm it.”', ['Mary Jones|name-label']],
    ['a debate summary', 'Smith: "Our goal is to win." Jones: "The mission is to win."', ['John Smith|name-label', 'Mary Jones|name-label']],
    ['a label after a headline whose verb is a cue', 'Pollsters agree - Mary Jones: “Keep contacting voters late.”', ['Mary Jones|name-label']],
    ['a roundup line with the outlet after a comma', 'Reactions poured in.\nMary Jones, The Atlantic: “This is a disaster.”', ['Mary Jones|name-label']],
    ['a party and state in brackets after the name', 'Reactions poured in.\nRep. Mary Jones (D-Mo.): “This is a disaster.”', ['Mary Jones|name-label']],
    // negative cases
    ['a bracket after no person’s name', 'Reactions poured in.\nThe report (page 4): “This is a disaster.”', ['none']],
    ['a place before the comma is no person’s label', 'Reactions poured in.\nPortland, Oregon: “This is a disaster.”', ['none']],
    ['a cue in a sentence, no label, keeps its speaker', 'Pollsters like Mary Jones agree: “Keep contacting voters late.”', ['Mary Jones|cue-before']],
    ['an object before the colon is no label', 'The timing did not surprise Smith at all: “It was expected.”', ['none']],
    ['a description with no name is no label', 'The mood was clear - the crowd: “We want more.”', ['none']],
  ])('%s', (_, text, want) => {
    expect(speakers(text)).toEqual(want);
  });
});

// the whole pipeline: a one-word name the article writes nowhere else is a person by its label (candidates/quoted-speakers.ts)
describe('a live blog’s bullet line labels its quotation', () => {
  it('finds the speaker no other sentence names', () => {
    const text = 'Key developments:\n- Zelvaskyy: "We need more air defence."\n- Ruttell: "We will deliver."';
    expect(extract(text).quotes.map((q) => q.speaker?.name ?? 'none')).toEqual(['Zelvaskyy', 'Ruttell']);
  });
});

describe('a heading before a colon is no label', () => {
  it.each([
    ['a one-word heading nobody is named by', 'Update: “The polls ended too early.”'],
    ['a dateline', 'WASHINGTON: “The polls ended too early.”'],
  ])('%s', (_, text) => {
    expect(speakers(text)).toEqual(['none']);
  });
});

describe('a sentence closed by a colon introduces the quoted paragraph after it', () => {
  it.each([
    ['a verb no lexicon lists', 'Mary Jones echoed:\n\n“He speaks his mind.”', ['Mary Jones|colon-intro']],
    ['an actor doing something', 'John Smith released the following statement:\n\n“Our prayers are with them.”', ['John Smith|colon-intro']],
    // negative case
    ['no actor in the sentence', 'Wait, it gets better:\n\n“By law, the president sets the number.”', ['none']],
  ])('%s', (_, text, want) => {
    expect(speakers(text)).toEqual(want);
  });
});

describe('leaked markup quotes nobody', () => {
  const texts = (text: string) => quotesOf(text, [SMITH, JONES]).quotes.map((q) => q.text);
  it.each([
    [
      'a tag whose attribute value a line break splits',
      '<tweet author="@jones" date="May 2, 2016\n\n">We will win the vote.<tweet/>.\n\n“It was close,” Smith said.',
      ['“It was close,”'],
    ],
    // negative case
    ['a quote inside a tag’s content', '<tweet author="@jones">“We will win the vote,” Smith said.</tweet>', ['“We will win the vote,”']],
  ])('%s', (_, text, want) => {
    expect(texts(text)).toEqual(want);
  });
});
