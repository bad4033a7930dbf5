import { quotesOf, type EntitySpec } from './quotes-helpers';

const SMITH: EntitySpec = { id: 'p1', name: 'John Smith', forms: ['John Smith', 'Smith'], gender: 'male' };
const JONES: EntitySpec = { id: 'p2', name: 'Mary Jones', forms: ['Mary Jones', 'Jones'], gender: 'female' };
const HERALD: EntitySpec = { id: 'o1', name: 'The Daily Herald', forms: ['The Daily Herald', 'the Herald'], type: 'organization' };
const TED: EntitySpec = { id: 'p3', name: 'Ted Baker', gender: 'male' };

/** each quote's speaker as `name|sieve|mention`, or `none` */
function who(text: string): string[] {
  return quotesOf(text, [SMITH, JONES, HERALD, TED]).quotes.map((q) =>
    q.speaker ? `${q.speaker.name}|${q.speaker.sieve}|${q.speaker.mention?.text}` : 'none',
  );
}

describe('an outer source: words given through another’s account', () => {
  it.each([
    ['a trailing `according to` after the cue', '“We will win,” Smith said, according to the Herald.', ['The Daily Herald|outer-source|the Herald']],
    [
      'the next quote of the run keeps it',
      '“We will win,” Smith said, according to the Herald. “It is done.”',
      ['The Daily Herald|outer-source|the Herald', 'The Daily Herald|continuation|the Herald'],
    ],
    ['a fronted `according to`', 'According to the Herald, Smith said he was “very proud.”', ['The Daily Herald|outer-source|the Herald']],
    ['an outlet’s `reported` set off by a comma', '“We will win,” Smith said on Monday, the Herald reported.', ['The Daily Herald|outer-source|the Herald']],
    ['an inverted outlet’s `reported`', '“We will win,” Smith said on Monday, reported the Herald.', ['The Daily Herald|outer-source|the Herald']],
    ['an outlet’s `reports` after an inverted speaker', '“We will win,” said Smith, reports the Herald.', ['The Daily Herald|outer-source|the Herald']],
    [
      'an `according to` right after the cue and a phrase of how, no comma',
      '“We will win,” Smith said in a statement according to the Herald.',
      ['The Daily Herald|outer-source|the Herald'],
    ],
    // must stay: after a verb of its own the account is no outer source of the quote
    ['an `according to` after another verb', '“We will win,” Smith said and voted according to the Herald’s advice.', ['John Smith|cue-after|Smith']],
    // must stay: `reports` with no outlet after it is a noun
    ['`reports` before no outlet', '“We will win,” said Smith, reports suggest.', ['John Smith|cue-after|Smith']],
    ['a person’s `reported` is no outlet', '“We will win,” Smith said on Monday, Jones reported.', ['John Smith|cue-after|Smith']],
    ['`according to` as the quote’s own cue stays', '“We will win,” according to the Herald.', ['The Daily Herald|cue-after|the Herald']],
    ['no account named: the speaker stays', '“We will win,” Smith said on Monday.', ['John Smith|cue-after|Smith']],
    [
      'an `according to` in another sentence is no account of this one',
      'According to the Herald, the vote is close. “We will win,” Smith said.',
      ['John Smith|cue-after|Smith'],
    ],
    ['not set off by a comma: a detail of the clause', 'Smith said the plan was drawn according to “the rules we set.”', ['John Smith|cue-before|Smith']],
  ])('%s', (_, text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe('a description after its cue keeps what tells who it is', () => {
  it.each([
    [
      'a participle and `by`',
      '“We will win,” Smith said, according to audio provided by the Herald.',
      ['audio provided by the Herald|outer-source|audio provided by the Herald'],
    ],
    ['`known as`', '“There was no order,” said the base chief known as Bob.', ['the base chief known as Bob|cue-after|the base chief known as Bob']],
    [
      'a relative clause up to its stop',
      '“It is hard enough,” said the designer, who works for another brand at Acme.',
      ['the designer, who works for another brand at Acme|cue-after|the designer, who works for another brand at Acme'],
    ],
    [
      'a relative clause up to its conjunction',
      '“How big?” asked the boy, who wore a red hat and laughed.',
      ['the boy, who wore a red hat|cue-after|the boy, who wore a red hat'],
    ],
    ['a name needs nothing more', '“We will win,” said Smith, who works at the Herald.', ['John Smith|cue-after|Smith, who works at the Herald']],
    ['a description with no postmodifier stays as it is', '“We will win,” said the designer.', ['the designer|cue-after|the designer']],
    [
      'an unnamed source takes only its own links',
      '“We will win,” Smith said, according to a source quoted by the Herald.',
      ['a source|outer-source|a source'],
    ],
    ['a place after the head is no postmodifier here', '“We will win,” said the designer in a statement.', ['the designer|cue-after|the designer']],
  ])('%s', (_, text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe('the actor a sentence is about speaks a quotation no cue governs', () => {
  it.each([
    [
      'the subject of the first verb',
      'Smith hinted at his plans for the fall, when the city will “see what a real campaign looks like.”',
      ['John Smith|clause-subject|Smith'],
    ],
    [
      'after an opening phrase',
      'Last year, Jones wanted her readers to know that “the politics of fear will not win this year.”',
      ['Mary Jones|clause-subject|Jones'],
    ],
    [
      'past a clause a subordinator opens and a comma closes',
      'As Smith spoke, Jones wanted her readers to know that “the politics of fear will not win this year.”',
      ['Mary Jones|clause-subject|Jones'],
    ],
    // the quotation right after the clause's comma: the clause frames it
    [
      'a clause a subordinator opens, its comma right before the quotation',
      'As Jones pointed out in December, “the politics of fear will not win this year.”',
      ['Mary Jones|clause-subject|Jones'],
    ],
    [
      'a subordinate clause after the subject leaves it the subject',
      'Jones smiled as Smith wanted his readers to know that “the politics of fear will not win this year.”',
      ['Mary Jones|clause-subject|Jones'],
    ],
    ['a thing as subject gives nobody', 'The plan offers the city “a fresh start” after years of decline.', ['none']],
    ['a quotation opening its sentence is no part of it', 'The vote was close. “A fresh start” is what the city needs.', ['none']],
    [
      'a quotation opening its sentence, the sentence before',
      'Jones touted her record on the bill. “We need to find ways to help workers.”',
      ['Mary Jones|clause-subject|Jones'],
    ],
    ['not across a paragraph', 'Jones touted her record on the bill.\n\n“We need to find ways to help workers.”', ['none']],
    ['not when the sentence before quotes', 'Jones touted her “record” today. “We need to find ways to help workers.”', ['none', 'none']],
    // the words at the cue are the relative pronoun, the name the phrase before its comma (quotes/cue-speaker.ts)
    ['a cue in the sentence answers first', 'Smith met Jones, who said the plan was “a fresh start” for all.', ['Mary Jones|cue-before|who']],
    [
      'a word a name covers is no verb, whatever its tag',
      'Ted Baker, co-founder of the institute, welcomed “the recognition that we do not have all the answers.”',
      ['Ted Baker|clause-subject|Ted Baker'],
    ],
    [
      'a relative clause set off by commas is not the sentence’s',
      'Ted Baker, who has seen a surge in Iowa, drew crowds with his attacks on an economy “rigged by the rich and by the well connected” all week.',
      ['Ted Baker|clause-subject|Ted Baker'],
    ],
    ['past a relative clause, a thing as subject gives nobody', 'The plan, which was drafted in May, offers the city “a fresh start” after years.', ['none']],
  ])('%s', (_, text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe('a party-and-state label inside the speaker’s phrase', () => {
  it.each([
    ['its stop is no sentence end', '“Perpetual motion!” Rep. John Smith, R-Pa., said of the week.', ['John Smith|cue-after|Rep. John Smith, R-Pa.,']],
    ['a stop that ends the sentence stays one', '“We will win,” Jones said of Smith, R-Pa. Later he left.', ['Mary Jones|cue-after|Jones']],
  ])('%s', (_, text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe('a cue after a quotation that closed its sentence', () => {
  it.each([
    [
      'going on into a clause of its own reports that clause',
      '“We will win,” Jones said. “It is done.” Smith said he would run again.',
      ['Mary Jones|cue-after|Jones', 'Mary Jones|continuation|Jones'],
    ],
    [
      'with `that`',
      '“We will win,” Jones said. “It is done.” Smith said that the race was over.',
      ['Mary Jones|cue-after|Jones', 'Mary Jones|continuation|Jones'],
    ],
    [
      'closing its clause, it is the quotation’s',
      '“We will win,” Jones said. “It is done.” Smith said on Monday.',
      ['Mary Jones|cue-after|Jones', 'John Smith|cue-after|Smith'],
    ],
    ['after a comma, a clause is no bar', '“It is done,” Smith said he thought.', ['John Smith|cue-after|Smith']],
    [
      'a question closes its sentence too: the next cue introduces the next quotation',
      'Jones replied to Smith with, “Why now?” Smith then wrote back, “You look tired.”',
      ['Mary Jones|cue-before|Jones', 'John Smith|cue-before|Smith'],
    ],
    ['a question before a cue that introduces nothing keeps it', '“Why now?” Smith wrote back.', ['John Smith|cue-after|Smith']],
    // a cue right before a quotation that ends its sentence owns it, whatever mark ends it
    [
      'a question after a cue and a colon is the cue’s',
      'Jones, exasperated, famously responded: “What difference does it make?” Her critics cited it as evidence.',
      ['Mary Jones|cue-before|Jones'],
    ],
    ['a stop after a cue is the cue’s', 'Jones responded: “It makes no difference.” Her critics cited it as evidence.', ['Mary Jones|cue-before|Jones']],
  ])('%s', (_, text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe('a phrase of where between the subject and its verb', () => {
  it.each([
    [
      'an actor before `in` and a thing',
      'The break was complete when Smith in his first speech called the plan “a disaster for all.”',
      ['John Smith|cue-before|Smith'],
    ],
    ['`at` a rally', 'Jones at a rally said the plan was “a disaster for all.”', ['Mary Jones|cue-before|Jones']],
    [
      'an actor after the preposition speaks',
      'The aide to Smith in the Herald said the plan was “a disaster for all.”',
      ['The Daily Herald|cue-before|the Herald'],
    ],
  ])('%s', (_, text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe('hyphened compounds in the speaker’s phrase', () => {
  it.each([
    ['a word hyphened to the next', '“We will win,” said one well-connected Democrat.', ['one well-connected Democrat|cue-after|one well-connected Democrat']],
    [
      'a word hyphened to the one before is no adverb to skip',
      '“We will win,” this Smith look-alike declared in the square.',
      ['John Smith|cue-after|this Smith look-alike'],
    ],
    ['a dash set off by spaces joins nothing', '“We will win,” said one - well, nobody.', ['none']],
  ])('%s', (_, text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe('two titles coordinated before a name', () => {
  it.each([
    [
      'an abbreviated title and another',
      '“We will win,” said former Ohio Gov. and party Chairman John Smith.',
      ['John Smith|cue-after|former Ohio Gov. and party Chairman John Smith'],
    ],
    [
      'two title heads',
      '“We will win,” said the former governor and party chairman John Smith.',
      ['John Smith|cue-after|the former governor and party chairman John Smith'],
    ],
    ['no name after `and`: the title alone', '“We will win,” said the former governor and his wife.', ['the former governor|cue-after|the former governor']],
  ])('%s', (_, text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe('a definite description whose name only says whose', () => {
  it.each([
    ['a source’s noun after an organisation', '“We will win,” the Herald spokesman said.', ['the Herald spokesman|cue-after|the Herald spokesman']],
    ['any other head speaks for the organisation', '“We will win,” the Herald campaign said.', ['The Daily Herald|cue-after|the Herald campaign']],
  ])('%s', (_, text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe('a label that describes the person it names', () => {
  it.each([
    [
      'a lowercase description before the name',
      'The exchange went on.\n\nFormer secretary of state John Smith: “We learned that from the department.”',
      ['John Smith|name-label|Former secretary of state John Smith'],
    ],
    ['a verb in it makes it a clause', 'The exchange went on.\n\nThen came a reply to John Smith: “We learned that from the department.”', ['none']],
  ])('%s', (_, text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

// who speaks when a name only says whose, or for whom (quotes/speaker.ts ownedIn, quotes/phrase.ts sourceBefore)
describe('a name inside a description is not who speaks', () => {
  const TESLA: EntitySpec = { id: 'o2', name: 'Tesla', type: 'organization' };
  const OHIO: EntitySpec = { id: 'l1', name: 'Ohio', type: 'location' };
  /** each quote's speaker as `name|entityId|mention` */
  const speakers = (text: string, extra: EntitySpec[] = []) =>
    quotesOf(text, [SMITH, JONES, HERALD, TED, ...extra]).quotes.map((q) => `${q.speaker?.name}|${q.speaker?.entityId}|${q.speaker?.mention?.text}`);
  it.each([
    ['a two-word name as possessor: the body after it speaks', '“Sales rose,” said John Smith’s Tesla.', [TESLA], ['Tesla|o2|John Smith’s Tesla']],
    ['a one-word possessor, likewise', '“Sales rose,” said Smith’s Tesla.', [TESLA], ['Tesla|o2|Smith’s Tesla']],
    [
      'a possessor before a common noun: an unnamed speaker',
      '“Sales rose,” said John Smith’s spokesman.',
      [],
      ['John Smith’s spokesman|null|John Smith’s spokesman'],
    ],
    [
      'a source’s noun opening the sentence, before `for`',
      'Lawyers for John Smith said he was “innocent.”',
      [],
      ['Lawyers for John Smith|null|Lawyers for John Smith'],
    ],
    ['an office before `for` and a place', 'The senator for Ohio said the bill was “dead.”', [OHIO], ['The senator for Ohio|null|The senator for Ohio']],
    // must stay: a title opening the sentence belongs to the name after it
    ['a title opening the sentence, before a name', 'Senator John Smith said the bill was “dead.”', [], ['John Smith|p1|Senator John Smith']],
    // must stay: a name and no possessive speaks
    ['the name itself', '“Sales rose,” said John Smith.', [], ['John Smith|p1|John Smith']],
    // a place speaking for its government is linked to its entity, as a person or a body is
    ['a place as the speaker', 'Ohio said the bill was “dead.”', [OHIO], ['Ohio|l1|Ohio']],
  ])('%s', (_why, text, extra, want) => expect(speakers(text, extra)).toEqual(want));
});
