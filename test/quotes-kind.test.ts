import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { quotesOf } from './quotes-helpers';
import { strictExtract as extract } from './helpers';

const SMITH = { id: 'p1', name: 'John Smith', forms: ['John Smith', 'Smith'] };
const kindOf = (text: string) => quotesOf(text, [SMITH]).quotes[0]?.kind;

describe('quote kinds', () => {
  it.each([
    ['a statement with a cue after', '“We will win the vote,” Smith said.', 'direct'],
    ['a statement after a colon', 'Smith said: “We will win.”', 'direct'],
    ['a paragraph of its own', 'Smith spoke.\n\n“We will win the vote and more.”', 'direct'],
    ['a fragment in reported speech', 'Smith said the sides share “common values and interests.”', 'partial'],
    ['a naming verb with a short quote', 'Smith called the plan “a disgrace” on Monday.', 'partial'],
    ['a modifier of the noun after it', 'The mediators sent a “final” draft proposal.', 'scare'],
    ['a noun phrase nobody says', 'Despite a “formal declaration” by the group, nothing changed.', 'scare'],
    ['a short fragment with no cue', 'The talks appear to be “nearing a final agreement” this week.', 'scare'],
    ['the title of a show', 'He appeared on MSNBC’s “Morning Joe” on Friday.', 'scare'],
    ['a show’s title keeping a preposition lowercase', 'Smith said on ABC’s “This Week with George Stephanopoulos.” He left.', 'scare'],
    ['the same words in lowercase stay words', 'Smith said on ABC’s “this week with George it all changed.” He left.', 'partial'],
    // titles of works and nicknames
    ['a title after a work noun', 'In his 2002 book, “Make Your Kid a Millionaire,” Smith suggested saving.', 'scare'],
    ['a title right after a work noun', 'Smith said in May on the podcast “Here’s the Thing.”', 'scare'],
    ['a title right after another work noun', 'At the end of the civil rights anthem “A Change Is Gonna Come,” Smith added a line.', 'scare'],
    ['words in lowercase after a work noun', 'Smith said in his column “we will never give up” and left.', 'partial'],
    ['a slogan after a noun and comma', 'In his speech, “We Will Win,” Smith said, and left.', 'partial'],
    ['a title-case subheading', 'Smith spoke at length.\n\n‘All Bets Are Off.’\n\nThe rest followed.', 'scare'],
    ['a sentence alone on its line', 'Smith spoke at length.\n\n“We will not back down.”\n\nThe rest followed.', 'direct'],
    [
      'a single-marked subheading in a story quoting in double marks',
      'Smith spoke at length.\n\n‘A fight to the very end.’\n\n“We will win,” Smith said.',
      'scare',
    ],
    ['a single-marked line in a story quoting in single marks', 'Smith spoke at length.\n\n‘A fight to the very end.’\n\n‘We will win,’ Smith said.', 'direct'],
    ['a headline credited to its author', 'Read more:\n\n“Museum opens a new wing downtown,” by John Smith: the museum will open on Friday.', 'scare'],
    ['words with a passive agent after them', 'The wing was called “a waste of money,” by Smith and others.', 'direct'],
    ['a nickname', 'State Del. Marcia “Cia” Price shouted to the crowd.', 'scare'],
    ['one word after a name, then lowercase', 'Smith said “Never” when asked.', 'direct'],
    // characterising `as` after a verb and its object
    ['cast as a fragment', 'Smith openly admires the mayor as a “strong leader,” comparing him to others.', 'partial'],
    ['cast as, with a calendar word after', 'Smith blasted the mayor as a “disgrace” Wednesday.', 'partial'],
    ['known as names a thing', 'The tax is known as the “Buffett rule” after the investor.', 'scare'],
    ['such as names a thing', 'Smith likes gadgets such as “smart” phones and more.', 'scare'],
    // a speech noun before the quote
    ['a claim noun', 'Critics checked the claim that there have been “thousands of shootings” this year.', 'partial'],
    ['a plain noun is no cue', 'Critics checked the record that there have been “thousands of shootings” this year.', 'scare'],
    // a reporting cue elsewhere in the sentence
    ['a participle cue before', 'The site ended its check by announcing that the claim was “true.”', 'partial'],
    ['an idiom is not a cue', 'It goes without saying that they dream of a “grand bargain” to fix it.', 'scare'],
    ['a comma-set cue later', 'A cashier who “steals a handful of coins” is held accountable, Smith said.', 'partial'],
    ['a later cue that opens a clause of its own', 'It is the “Buffett rule” after Buffett, the investor, complained that taxes were low.', 'scare'],
    ['a later cue inside the clause is not the reporter', 'Rules for “lethal weapons” went to softer language calling for aid.', 'scare'],
    // a modifier in a reported copular predicate is the speaker's word
    ['a modifier in a reported predicate', 'Smith said her attempt was a “criminal” one.', 'partial'],
    ['by saying, then a copula', 'Smith replied by saying the refusal was a “manufactured” issue.', 'partial'],
    [
      'a modifier deeper in a report no actor makes stays scare',
      'Reports claimed that the mediators set a deadline to respond to a “final” draft proposal.',
      'scare',
    ],
    ['a copula with no reporting verb stays scare', 'The refusal was a “manufactured” issue for the mayor.', 'scare'],
    // a modifier after a determiner, in a clause a reporting cue governs, is the speaker's word
    ['a modifier in a reported clause', 'Smith argued that the board had run a “rigged” process all year.', 'partial'],
    ['a modifier after a naming verb', 'Critics protested what they call the “phony” count of the ballots.', 'partial'],
    ['a modifier with no cue stays scare', 'The board had run a “rigged” process all year.', 'scare'],
    // inside the words of a statement an actor makes, a modifier is part of what is reported (quotes-reported.test.ts)
    ['a modifier inside an infinitive in an actor’s statement', 'Smith said the board set a date for the mayor to answer a “final” offer.', 'partial'],
    ['a modifier inside an infinitive with no report stays scare', 'The board set a date for the mayor to answer a “final” offer.', 'scare'],
    ['a copula after an infinitive still reports', 'Smith said his refusal to sign the deal was a “calculated” move.', 'partial'],
    // punctuation inside the marks closes the phrase
    ['a quote ending in a comma modifies nothing', 'Bemoaning the “phony system,” Smith left the room.', 'partial'],
    ['one word between a verb and its noun', 'Smith was criticised for promoting “quack” medical cures.', 'scare'],
    ['one word right after a reporting verb is no modifier', 'Smith is promising “jobs” to everyone.', 'direct'],
    // names of events and laws after an article
    ['a title-case name after an article', 'Smith spoke during a “Commander-in-Chief Forum” sponsored by NBC.', 'scare'],
    ['a title-case name after a naming verb', 'Smith called the plan a “Total Disaster” on Monday.', 'partial'],
    ['a speech noun before a title-case quote', 'Smith was greeted with chants of “Bobby!” at the hall.', 'partial'],
    // reporting verbs the tagger misreads
    ['an -ing cue after an auxiliary', 'Smith is promising lower taxes and “jobs, jobs, jobs,” but little else.', 'partial'],
    ['a reporting word before a that-clause', 'The website states that marriages count only if “recognized under state law,” which bars some.', 'partial'],
    ['the same word after an article is a noun', 'The states that signed a “compact” left early.', 'scare'],
    // a lowercase phrase in a sentence about an actor is the actor's words
    ['a phrase the subject supports', 'Smith supports “appropriate pay raises,” and little else.', 'partial'],
    ['a phrase after a pronoun subject', 'He talks about “spoiling the party” at every stop.', 'partial'],
    ['one word stays a scare quote', 'The plan supports the “reform” of the board.', 'scare'],
    ['a title-case name is no phrase', 'Smith acted in the movie “The Walking Dead” last year.', 'scare'],
    ['an impersonal subject names no actor', 'It turns out even “basic honesty” is scarce.', 'scare'],
    // a title-case name that opens the writer's sentence and runs on into it is a work named
    ['a title as the subject of the sentence', 'Smith spoke.\n\n“The Big Short” was nominated for an Oscar.', 'scare'],
    ['a title modifying the noun after it', 'Smith spoke.\n\n“Broad City” star Arturo Castro turned the tables.', 'scare'],
    ['a title-case statement ending in a full stop', 'Smith spoke.\n\n“Dump Trump.” That was the message.', 'direct'],
    ['a title-case word before a pronoun and cue', 'Smith spoke.\n\n“Absolutely,” he said on Monday.', 'direct'],
    ['a title-case phrase before a reporting clause', 'Smith spoke.\n\n“Family Medical Leave,” the memo says, starts after a year.', 'direct'],
  ])('%s', (_, text, want) => {
    expect(kindOf(text)).toBe(want);
  });

  // a reporting clause that interrupts a quotation speaks both halves, and the second is direct too
  it.each([
    ['the cue first', '“We cannot keep spending,” said Sen. John Smith, “but we need to pay for it.”'],
    ['the cue last', '“We cannot keep spending,” John Smith said, “but we need to pay for it.”'],
    ['after a question', '“Is it over?” asked Sen. John Smith, “or is it not?”'],
    ['after an exclamation', '“It is over!” said Sen. John Smith, “and it is not.”'],
    ['between dashes', '“The market is tight” — said John Smith in London — “and it will stay tight.”'],
    ['between dashes, the cue last', '“The market is tight” — John Smith said — “and it will stay tight.”'],
  ])('an interrupted quotation, %s', (_, text) => {
    const { quotes } = extract(text);
    expect(quotes.map((q) => [q.kind, q.speaker?.name ?? null])).toEqual([
      ['direct', 'John Smith'],
      ['direct', 'John Smith'],
    ]);
  });

  it.each([
    // a capital after the clause opens a quotation of its own, which the clause introduces
    ["''We are refugees.'' Mr. John Smith said, ''We want to go home.''", ['direct', null], ['direct', 'John Smith']],
    // a clause joined by a conjunction is no interruption: its quote is the object of its own cue
    ['John Smith said he “walked in at noon”, and told the police, “everything he did”.', ['partial', 'John Smith'], ['partial', 'John Smith']],
    // nor is one after a semicolon
    ['“We are ready,” John Smith said; later, “and we will stay.”', ['direct', 'John Smith'], ['partial', 'John Smith']],
    // a scare quote before the clause is no quotation it interrupts
    ['The “rigged” system, said John Smith, “is broken.”', ['partial', 'John Smith'], ['partial', 'John Smith']],
  ])('%s', (text, first, second) => {
    const quoted = extract(text).quotes.filter((q) => q.kind !== 'indirect');
    expect(quoted.map((q) => [q.kind, q.speaker?.name ?? null])).toEqual([first, second]);
  });

  it('an actor’s phrase takes the subject as its speaker, with no cue', () => {
    const q = quotesOf('Smith supports “appropriate pay raises,” and little else.', [SMITH]).quotes[0];
    expect([q.speaker?.name, q.speaker?.sieve, q.cue]).toEqual(['John Smith', 'clause-subject', null]);
  });

  it('a scare quote has no speaker and no cue', () => {
    const q = quotesOf('The mediators sent Smith a “final” draft proposal.', [SMITH]).quotes[0];
    expect([q.kind, q.speaker, q.cue]).toEqual(['scare', null, null]);
  });
});

describe('the seed article, as an editor would attribute it', () => {
  const text = readFileSync(join(__dirname, '../fixtures/hostage-talks-denmark.txt'), 'utf8');
  const quotes = extract(text).quotes;
  const at = (opens: string) => quotes.find((q) => q.text.startsWith(opens));

  it.each([
    ['“I informed the Minister', 'direct', 'Gideon Sa’ar', 'told'],
    ['“The Americans are making', 'direct', 'Gideon Sa’ar', null],
    ['“common values and interests', 'partial', 'Gideon Sa’ar', 'said'],
    ['“It has to do with the situation', 'direct', 'a source', 'according to'],
  ])('%s', (opens, kind, speaker, cue) => {
    const q = at(opens)!;
    expect([q.kind, q.speaker?.name, q.cue?.text ?? null]).toEqual([kind, speaker, cue]);
  });

  it('Hamas claims the prisoners line', () => {
    expect(at('“our prisoners will soon be freed')?.speaker?.name).toBe('Hamas');
  });

  it('the unnamed source stays unnamed', () => {
    expect(at('“It has to do with')?.speaker).toMatchObject({ entityId: null, form: 'anonymous' });
  });

  it.each(['“final”', '“formal declaration”', '“nearing a final agreement”'])('%s is a scare quote', (opens) => {
    expect(at(opens)?.kind).toBe('scare');
  });

  it('every quote slices back out of the text', () => {
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});
