import { quotesOf, type EntitySpec } from './quotes-helpers';

const SMITH: EntitySpec = { id: 'p1', name: 'John Smith', forms: ['John Smith', 'Smith'], gender: 'male' };
const JONES: EntitySpec = { id: 'p2', name: 'Mary Jones', forms: ['Mary Jones', 'Jones'], gender: 'female' };
const ACME: EntitySpec = { id: 'o1', name: 'Procter and Gamble', type: 'organization' };
const ACME2: EntitySpec = { id: 'o2', name: 'Acme', type: 'organization' };
const ODESA: EntitySpec = { id: 'l1', name: 'Odesa', type: 'location' };
const BANK: EntitySpec = { id: 'o3', name: 'Bank of England', type: 'organization' };

/** the last quote's speaker as `name|entityId|form|mention`, or `none` */
function who(text: string): string {
  const s = quotesOf(text, [SMITH, JONES, ACME, ACME2, ODESA, BANK]).quotes.at(-1)?.speaker;
  return s ? `${s.name}|${s.entityId}|${s.form}|${s.mention?.text}` : 'none';
}

describe('the speaker phrase reader', () => {
  it.each([
    ['a possessive premodifier and a title before the name', '“We must talk,” her top aide Mary Jones wrote.', 'Mary Jones|p2|name|her top aide Mary Jones'],
    ['a possessive description', '“We must talk,” his wife said.', 'his wife|null|nominal|his wife'],
    ['coordinated names speak together, the first entity', '“This is a breach,” Smith and Jones wrote.', 'John Smith and Mary Jones|p1|name|Smith and Jones'],
    ['coordination before the verb, cue first', 'Smith and Jones wrote: “This is a breach.”', 'John Smith and Mary Jones|p1|name|Smith and Jones'],
    // names nobody found speak together as well; must stay: a common noun before `and` is no name
    ['coordinated names nobody found', '“This is a breach,” Cummings and Conyers wrote.', 'Cummings and Conyers|null|name|Cummings and Conyers'],
    ['a common noun and a name nobody found', '“This is a breach,” fans and Conyers wrote.', 'none'],
    // two phrases for people opening the clause speak together (quotes/phrase.ts subjectConjunct); must stay: a phrase a
    // verb takes is its object
    ['two plural descriptions', '“This is a breach,” reporters and editors said.', 'reporters and editors|null|nominal|reporters and editors'],
    [
      'two descriptions, each with its article',
      'The mayor and the governor said: “This is a breach.”',
      'The mayor and the governor|null|nominal|The mayor and the governor',
    ],
    ['an object before and', 'Smith thanked the mayor and the governor said: “This is a breach.”', 'the governor|null|nominal|the governor'],
    // `others` and `other …` say there is a conjunct before them, which speaks with them
    ['a name and others in a relative clause', 'Smith and others who want a ban said: “This is a breach.”', 'John Smith and others|p1|name|Smith and others'],
    ['a pronoun and other people', '“This is a breach,” she and other Democrats said.', 'she and other Democrats|null|name|she and other Democrats'],
    [
      'a description and others',
      '“This is a breach,” business leaders and others said.',
      'business leaders and others|null|nominal|business leaders and others',
    ],
    ['a name and the people whose they are', '“This is a breach,” Smith and his advisers said.', 'John Smith and his advisers|p1|name|Smith and his advisers'],
    [
      'a pronoun and the people whose they are',
      'Smith spoke. “This is a breach,” she and her husband said.',
      'she and her husband|null|nominal|she and her husband',
    ],
    // must stay: the name's conjunct is the name, not a noun before it in a reduced relative
    [
      'the noun before a name and others',
      'On the bill Smith and other Democrats wrote: “This is a breach.”',
      'John Smith and other Democrats|p1|name|Smith and other Democrats',
    ],
    // a phrase after a postmodifier's preposition only describes the indefinite noun phrase before it, which speaks
    ['an indefinite head before `for` and a body', '“We will win,” a producer for Acme said.', 'a producer for Acme|null|nominal|a producer for Acme'],
    [
      'an indefinite head before `from` and a body',
      '“We will win,” two engineers from Acme said.',
      'two engineers from Acme|null|nominal|two engineers from Acme',
    ],
    // must stay: a time noun's phrase says when
    ['a time noun before `at`', '“We will win,” a year at Acme Smith said.', 'none'],
    ['an appositive', '“We will win,” Smith, the minister, said.', 'John Smith|p1|name|Smith, the minister,'],
    // a description whose appositive names a body speaks by that name, as one naming a person does
    ['a description, then a body’s name', 'The UN agency for refugees, Acme, said: “We will help.”', 'Acme|o2|name|Acme'],
    // reading back past an appositive stops at an organisation's name as at a person's; must stay: a description naming a body reads on to the person
    [
      'an appositive after an organisation',
      'In Odesa, Acme, the maker of lithography machines, said: “We will grow.”',
      'Acme|o2|name|Acme, the maker of lithography machines,',
    ],
    ['an appositive naming a body after a person', 'Smith, the director of Acme, said: “We will grow.”', 'John Smith|p1|name|Smith, the director of Acme,'],
    [
      'an indefinite description whose name only says whose',
      '“We will win,” said one former Acme aide.',
      'one former Acme aide|null|anonymous|one former Acme aide',
    ],
    ['a definite one still speaks for the name', '“We will win,” the Acme campaign said.', 'Acme|o2|name|the Acme campaign'],
    [
      'an unnamed source keeps whose it is',
      '“We will win,” said a longtime adviser to Smith.',
      'a longtime adviser to Smith|null|anonymous|a longtime adviser to Smith',
    ],
    ['an inverted subject before the quotation', 'Said Smith: “We will win.”', 'John Smith|p1|name|Smith'],
    // `for` between an office's word and a name is the office's, as `of` is
    // (the name speaks; the words naming the speaker are the description's and the name's, closing comma and all, as
    // PolNeAR marks a source: quotes/phrase.ts wordsStart, quotes/mention-extent.ts)
    [
      'an office for a place, its appositive name speaks',
      'The Humanitarian Coordinator for Odesa, John Smith, said: “We will help.”',
      'John Smith|p1|name|The Humanitarian Coordinator for Odesa, John Smith,',
    ],
    // `of` inside a name is no end of the phrase, as `of` after one is
    ['a name holding `of`', '“Rates will rise,” said the Bank of England.', 'Bank of England|o3|name|the Bank of England'],
    // an appositive name may say where the person works, or where from (`of` and a place); must stay: a place after `in`
    // (the words naming the speaker take in where the person is from, quotes/mention-extent.ts)
    ['an appositive name with its body', '“We will win,” said his former colleague, economist John Smith of Acme.', 'John Smith|p1|name|John Smith of Acme'],
    [
      'an appositive name with the place it is from',
      '“We will win,” said his former colleague, economist John Smith of Odesa.',
      'John Smith|p1|name|John Smith of Odesa',
    ],
    [
      'not with a place after `in`',
      '“We will win,” said his former colleague, economist John Smith in Odesa.',
      'his former colleague|null|nominal|his former colleague, economist John Smith in Odesa',
    ],
    // wink calls `lead` a verb there; must stay: after a subject `said lead …` reports a clause
    [
      'a word the tagger calls a verb premodifies an inverted description',
      '“We will win,” said lead author John Smith.',
      'John Smith|p1|name|lead author John Smith',
    ],
    ['not after a subject: the clause said', 'Jones said lead poisoning was “rising”.', 'Mary Jones|p2|name|Jones'],
    ['a pronoun after `said` before the quotation', 'Jones, who ran the campaign for two years, said she was “very proud.”', 'Mary Jones|p2|name|Jones'],
    [
      'a past participle between a determiner and a noun is an adjective of the phrase',
      '“We will win,” said one unaligned Acme strategist.',
      'one unaligned Acme strategist|null|nominal|one unaligned Acme strategist',
    ],
    [
      'a description with no determiner shares the one before `and`',
      '“We will win,” the Vermont senator and presidential candidate said.',
      'the Vermont senator and presidential candidate|null|nominal|the Vermont senator and presidential candidate',
    ],
    [
      'the head of a description with an `of` phrase comes before `of`',
      'The party’s front-runner and former secretary of state said the plan was “clearly” needed.',
      'The party’s front-runner and former secretary of state|null|nominal|The party’s front-runner and former secretary of state',
    ],
    // negative case
    [
      'a thing with an `of` phrase after `and` shares nothing',
      'The senator praised the plan and every member of the board said it was “clearly” needed.',
      'every member of the board|null|anonymous|every member of the board',
    ],
    [
      'stacked appositives, one with a preposition inside, back to the name',
      'Last week, John Smith, editor at large of Acme, an influential weekly paper, wrote, “When we think of it, we should think.”',
      'John Smith|p1|name|John Smith',
    ],
    ['an age and a hometown set off by commas', 'Mary Jones, 22, of Flint, Mich., said the party owed her a “surprise.”', 'Mary Jones|p2|name|Mary Jones'],
    [
      'a hometown set off by commas, no age',
      'Mary Jones of Flint, Mich., said the party owed her a “surprise.”',
      'Mary Jones|p2|name|Mary Jones of Flint, Mich.,',
    ],
    ['a time between the subject and its verb says when', 'Smith (R-Ohio) last week said the bill was “dead on arrival.”', 'John Smith|p1|name|Smith (R-Ohio)'],
    ['a day and its part of the day', 'Jones on Monday night told reporters: “We will win.”', 'Mary Jones|p2|name|Jones'],
    ['an intensive reflexive stresses the subject', 'Smith himself said that “the only way is to ask.”', 'John Smith|p1|name|Smith himself'], // (the name speaks; the reflexive is of its words: quotes/mention-extent.ts)
    [
      'a verb coordinated past an infinitive shares the finite verb’s subject',
      'Jones used to support the plan, but now said it was “a mistake.”',
      'Mary Jones|p2|name|Jones',
    ],
    // a progressive verb group is finite; a comma and `then` coordinate (quotes/cue-speaker.ts, coordinatedWith)
    [
      'a verb coordinated with a progressive one shares its subject',
      'Jones is comparing the plan to the old one and says it is “a mistake.”',
      'Mary Jones|p2|name|Jones',
    ],
    ['a verb after a comma and `then` shares the first one’s subject', 'Smith offered the man a job, then says it was “a joke.”', 'John Smith|p1|name|Smith'],
    [
      'an organisation qualifying a title gives way to the appositive name',
      'The Acme spokesman, John Smith, said: “We will win.”',
      'John Smith|p1|name|The Acme spokesman, John Smith,',
    ],
    [
      'a place qualifying a description gives way to the appositive name',
      'The governor of Odesa, John Smith, said: “We will win.”',
      'John Smith|p1|name|The governor of Odesa, John Smith,',
    ],
    [
      'after an inverted cue, a description’s appositive name speaks',
      '“We will win,” said the governor of Odesa, John Smith.',
      'John Smith|p1|name|John Smith',
    ],
    // a title capitalised before the place it is of, as offices are written: its head is the description's, no name's
    [
      'a capitalised title qualified by a place gives way to the appositive name',
      'The Governor of Odesa, John Smith, said: “We will win.”',
      'John Smith|p1|name|The Governor of Odesa, John Smith,',
    ],
    ['and after an inverted cue', '“We will win,” said the Governor of Odesa, John Smith.', 'John Smith|p1|name|John Smith'],
    // a sentence adverb and its comma open the sentence before the subject phrase (quotes/phrase.ts phraseBefore)
    [
      'an opening adverb, a description, its appositive name',
      'Meanwhile, the spokesman, John Smith, said: “We will win.”',
      'John Smith|p1|name|the spokesman, John Smith,',
    ],
    // where the appositive name comes from, `of` and a place (quotes/phrase.ts, bodyAfter); must stay: a place that is no `of` phrase
    [
      'an appositive name with the place it is from speaks by that name',
      'Its sponsor, Rep. John Smith of Odesa, said: “We will win.”',
      'John Smith|p1|name|Its sponsor, Rep. John Smith of Odesa,',
    ],
    [
      'an appositive name with a place after `in` does not',
      'Its sponsor, Rep. John Smith in Odesa, said: “We will win.”',
      'Its sponsor|null|nominal|Its sponsor, Rep. John Smith in Odesa,',
    ],
    [
      'a capitalised title with no appositive name speaks as itself',
      'The Governor of Odesa said: “We will win.”',
      'The Governor of Odesa|null|nominal|The Governor of Odesa',
    ],
    ['an appositive name before a time phrase', '“We will win,” said the minister, John Smith, on Tuesday.', 'John Smith|p1|name|John Smith'],
    [
      'a common noun before the appositive name',
      'The group’s leader, lawyer John Smith, said: “We will win.”',
      'John Smith|p1|name|The group’s leader, lawyer John Smith,',
    ],
    ['and after an inverted cue', '“We will win,” said the group’s leader, lawyer John Smith.', 'John Smith|p1|name|John Smith'],
    // negative cases
    ['a name’s appositive description leaves the name', '“We will win,” said Smith, the minister.', 'John Smith|p1|name|Smith, the minister'],
    [
      'a determiner before the name is no title',
      'The group’s leader, a friend of John Smith, said: “We will win.”',
      'The group’s leader|null|nominal|The group’s leader, a friend of John Smith,',
    ],
    [
      'a description with no name after its comma',
      '“We will win,” said the minister, adding that talks would go on.',
      'the minister|null|nominal|the minister',
    ],
    // an appositive set off by dashes, as by commas, stands between the name and its verb
    ['an appositive between dashes', 'Smith — a teacher from Leeds — said: “We will win.”', 'John Smith|p1|name|Smith'],
    ['`since` between an auxiliary and its verb', 'Jones has since apologized for what happened: “I should have known.”', 'Mary Jones|p2|name|Jones'],
    [
      'an -ing form after a possessive is a noun of the source’s postmodifier',
      'A source familiar with Smith’s thinking said, “He will try.”',
      'A source familiar with Smith’s thinking|null|anonymous|A source familiar with Smith’s thinking',
    ],
    [
      'a pronoun with its auxiliary’s contraction is the pronoun',
      'Smith met the press. He’s predicting he will do “very, very well” in the next contest.',
      'John Smith|p1|pronoun|He',
    ],
    // negative cases
    ['an article alone names nobody', 'The so called “Implementation Initiative” was voted down by a wide margin.', 'none'],
    ['an existential `there` names nobody', 'There’s still time, even after calling them part of the “Washington cartel” for years.', 'none'],
    [
      'the title of a work quoted inside an appositive is a word of it',
      'John Smith, the author of “The Long Road,” about his years in office, said the rules were “unfair.”',
      'John Smith|p1|name|John Smith',
    ],
    [
      'the comma inside a quoted name’s closing mark closes the appositive',
      'As John Smith, the author of “The Long Road,” put it, “We will win this one.”',
      'John Smith|p1|name|John Smith',
    ],
    [
      'an actor and its verb after a comma open a clause, no appositive',
      'To give the tenor of the talk, Smith went on to promote “The Long Road,” note his new home and boast of “a phenomenal year.”',
      'John Smith|p1|name|Smith',
    ],
    ['an -ing form after no possessive ends the phrase', '“We will win,” the people thinking it over said.', 'none'],
    [
      'an organisation that heads the phrase keeps it over its appositive',
      'Acme, the maker of anvils, said: “We will win.”',
      'Acme|o2|name|Acme, the maker of anvils,',
    ],
    ['a time noun with no modifier of time is no when', '“We will win,” the night manager said.', 'the night manager|null|nominal|the night manager'],
    ['a modifier of time before a noun of no time is a determiner', '“We will win,” this aide said.', 'this aide|null|anonymous|this aide'],
    ['a reflexive after its verb is the object: the subject still speaks', 'Jones told himself: “Never again.”', 'Mary Jones|p2|name|Jones'],
    [
      'stacked appositives back to no person: the name after the quote is no speaker',
      'Under what Jones called “the old model,” the Acme club, a course 300 miles north of here in Ponte Vedra Beach, Fla., charged a fee.',
      'Mary Jones|p2|name|Jones',
    ],
    [
      'a thing after `and` shares no determiner',
      'Smith said the spate of shootings and protests demands that all engage in “more listening.”',
      'John Smith|p1|name|Smith',
    ],
    // a description with its own possessive shares no determiner; the possessive says there is a first conjunct, which speaks with it
    [
      'a description with its own possessive',
      '“We will win,” the senator and her aides said.',
      'the senator and her aides|null|anonymous|the senator and her aides',
    ],
    ['a past participle after the noun ends the phrase', '“We will win,” said a senator, unaligned with Acme.', 'a senator|null|nominal|a senator'],
    [
      'after `said`, a phrase followed by its verb is what is said, not who says it: a long appositive reads back to the name',
      'Bill Webb, a local party chairman who has worked on four campaigns in the county and is now running the early-vote efforts in the state for the governor, said the absentee program is “critical.”',
      'Bill Webb|null|name|Bill Webb, a local party chairman who has worked on four campaigns in the county and is now running the early-vote efforts in the state for the governor,',
    ],
    [
      'an appositive read back past its reach names no one',
      'Bill Webb, a local party chairman who has worked on four campaigns in the county over the past two decades and is now running the early-vote efforts in every single precinct and township of the state for the governor and his team, said the absentee program is “critical.”',
      'none',
    ],
    ['a name with "and" inside is one speaker', '“We deny it,” Procter and Gamble said.', 'Procter and Gamble|o1|name|Procter and Gamble'],
    [
      'coordinated names before a plural head only say whose',
      '“Lock her up,” Smith and Jones supporters chanted.',
      'Smith and Jones supporters|null|anonymous|Smith and Jones supporters',
    ],
    ['an object pronoun is not a possessive determiner', '“We must talk,” she told her.', 'she|null|pronoun|she'],
  ])('%s', (_, text, want) => {
    expect(who(text)).toBe(want);
  });
});

describe('a quotation inside the phrase between a quote and its cue', () => {
  /** the first quote's speaker and the sieve that found it */
  const first = (text: string) => {
    const s = quotesOf(text, [SMITH]).quotes[0]?.speaker;
    return s ? `${s.name}|${s.sieve}` : 'none';
  };
  it.each([
    // a name in marks set between two words of the appositive is a word of it
    ['a name in marks inside an appositive', '“We will win,” Smith, wearing “Acme Forever” campaign pins, said.', 'John Smith|cue-after'],
    // must stay: a quotation with a stop inside its marks is words of its own, and ends the reader's reach
    ['a quotation with a stop inside', '“We will win,” Smith, wearing a shirt saying “Vote now!” in red, said.', 'none'],
    ['a name in marks that closes the phrase', '“We will win,” Smith, wearing a shirt saying “Acme Forever”, said.', 'none'],
  ])('%s', (_, text, want) => {
    expect(first(text)).toBe(want);
  });
});
