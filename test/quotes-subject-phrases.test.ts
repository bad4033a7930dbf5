import { extract } from '../src';
import { quotesOf, type EntitySpec } from './quotes-helpers';

const SMITH: EntitySpec = { id: 'p1', name: 'John Smith', forms: ['John Smith', 'Smith'], gender: 'male' };
const HERALD: EntitySpec = { id: 'o1', name: 'The Daily Herald', forms: ['The Daily Herald', 'Herald'], type: 'organization' };

/** the last quote's speaker mention, or `none` */
function who(text: string): string {
  return quotesOf(text, [SMITH, HERALD]).quotes.at(-1)?.speaker?.mention?.text ?? 'none';
}

// the subject before a cue, read past what describes it (quotes/phrase.ts)
describe('a subject phrase with a participle or a participle adjective', () => {
  it.each([
    ['a past participle and its link describe the head before them', 'A memo obtained by the Herald warns that the plan is “doomed.”', 'A memo'],
    ['a participle linked to a group', 'Some farmers linked to the union put it as “a disaster.”', 'Some farmers'],
    // a plural's possessive mark glued to its word, as `'s` is
    ['a plural’s possessive before the head', 'The farmers’ union called the plan “a disaster.”', 'The farmers’ union'],
    // must stay: a past verb and a subordinator open a clause of their own
    ['a verb of its own before a subordinator', 'Smith tweeted after the mayor argued that the plan was “doomed.”', 'the mayor'],
    ['a verb of its own before `as`', 'The crowd cheered as the mayor said the plan was “doomed.”', 'the mayor'],
    ['a participle adjective after `of`', 'Only 10 percent of registered voters said they had “no opinion.”', 'Only 10 percent of registered voters'],
    // must stay: a participle after `of` with no noun after it is no adjective
    ['no noun after the participle', 'The care of injured said it was “hopeful.”', 'it'],
  ])('%s', (_why, text, want) => expect(who(text)).toBe(want));
});

// an adverb opening the sentence is no part of the subject after it (quotes/phrase.ts opensWithAdverb)
describe('a subject phrase after an opening adverb', () => {
  it.each([
    ['a sentence adverb before a description', 'Smith spoke first. Later the mayor added: “We move on.”', 'the mayor'],
    ['a sentence adverb before a name', 'Smith spoke first. Then Smith said: “We move on.”', 'Smith'],
    // the sentence's first word, though a closing bracket and quotation marks come before it
    ['a sentence adverb after a closing quote', "(Jones claimed to ''retire.'') Then the Herald, a daily, announced it would “merge.”", 'the Herald, a daily,'],
    // must stay: an adverb of degree before a number or a share belongs to it
    ['an adverb before a share', 'Nearly a third of the voters said the plan was “doomed.”', 'Nearly a third of the voters'],
    ['an adverb before a number', 'Only 52 percent of voters said the plan was “doomed.”', 'Only 52 percent of voters'],
  ])('%s', (_why, text, want) => expect(who(text)).toBe(want));
});

// a phrase of where after a noun describes that noun: the subject starts at the noun (quotes/phrase.ts placeOf)
describe('a subject phrase with a phrase of where', () => {
  it.each([
    ['the object of `in` is where the voters are', 'Voters in each state say the race is “too close to call.”', 'Voters in each state'],
    [
      // and `other …` takes in the conjunct before it, as PolNeAR's source does
      'the object of `on` is where the Democrats are',
      'She and other Democrats on the stage refused to say the words “radical Islam.”',
      'She and other Democrats on the stage',
    ],
    ['a place named after `in`', 'Farmers in Ohio say the plan is “a disaster.”', 'Farmers in Ohio'],
    // must stay: an actor after the preposition speaks
    ['an organisation after the preposition', 'Shareholders in the Herald said the plan was “doomed.”', 'the Herald'],
    ['a possessive before the noun', 'The mayor’s office in Ohio said the plan was “a disaster.”', 'The mayor’s office in Ohio'],
  ])('%s', (_why, text, want) => expect(who(text)).toBe(want));
});

describe('the speaker of a phrase of where is its noun', () => {
  it.each([
    ['a person before `in`', 'Smith in Paris said the plan was “doomed.”', 'John Smith'],
    ['a common noun before `in`', 'Democrats in Iowa say the race is “too close to call.”', 'Democrats in Iowa'],
  ])('%s', (_why, text, want) => expect(quotesOf(text, [SMITH, HERALD]).quotes.at(-1)?.speaker?.name).toBe(want));

  // `in` joining an office to its place is no phrase of where: the person named after the office heads the phrase
  it('an office in a place, then its holder', () => {
    const q = extract('WFP Country Director in Syria Kenn Crossley said aid was short.').quotes.at(-1);
    expect(q?.speaker?.name).toBe('Kenn Crossley');
  });
});

// a count before `of` says how many of the group after it speak; the group heads the phrase (quotes/speaker.ts partitiveGroup)
describe('a count of a group speaks as the group', () => {
  /** the last quote's speaker as `mention|form`, or `none` */
  const said = (text: string) => {
    const q = quotesOf(text, [SMITH, HERALD]).quotes.at(-1);
    return q?.speaker ? `${q.speaker.mention?.text}|${q.speaker.form}` : 'none';
  };
  it.each([
    ['a number of a group, inverted', '“We will win,” said one of those advisers.', 'one of those advisers|anonymous'],
    ['a lowercase quantifier of a group', 'After the vote, some of the voters said: “We will win.”', 'some of the voters|nominal'],
    ['a capitalised quantifier is no name', 'Some of the voters said: “We will win.”', 'Some of the voters|nominal'],
    ['a count of a pronoun, inverted', '“We will win,” said one of them.', 'one of them|nominal'],
    ['a count of a pronoun before the cue', 'All of them said: “We will win.”', 'All of them|nominal'],
    ['a count of a named body', 'Two of the Herald’s reporters said: “We will win.”', 'Two of the Herald’s reporters|nominal'],
  ])('%s', (_why, text, want) => expect(said(text)).toBe(want));
});

// a place and the place it lies in, joined by a comma, inside an aside: that comma is no edge of the aside (quotes/phrase.ts joinsPlaces)
describe('a subject phrase past an aside naming a place in a place', () => {
  const mention = (text: string) => extract(text).quotes.at(-1)?.speaker?.mention?.text ?? 'none';
  it.each([
    ['a relative clause', 'The company, which is based in Cupertino, California, said revenue rose.', 'The company'],
    ['a participle', 'The group, based in Austin, Texas, said the deal was dead.', 'The group'],
    // must stay: a person's aside, the place alone, and a place after the head
    ['a person before the aside', 'Jane Smith, a lawyer from Austin, Texas, said the deal was dead.', 'Jane Smith, a lawyer from Austin, Texas,'],
    ['one place in the aside', 'The group, which is based in Austin, said the deal was dead.', 'The group'],
    ['a place opening the sentence', 'In Austin, Texas, officials said the deal was dead.', 'officials'],
  ])('%s', (_why, text, want) => expect(mention(text)).toBe(want));
});
