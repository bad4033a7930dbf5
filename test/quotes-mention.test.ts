import { strictExtract } from './helpers';
import { buildDocument } from '../src/document';
import { attributeQuotes } from '../src/quotes';
import { quotesOf, type EntitySpec } from './quotes-helpers';

const SMITH: EntitySpec = { id: 'p1', name: 'John Smith', forms: ['John Smith', 'Smith'], gender: 'male', roles: ['minister'] };
const ALL = [SMITH];

/** the last quote's speaker mention as its text, `null` when the speaker has none, `none` without a speaker */
function mentionOf(text: string): string {
  const q = quotesOf(text, ALL).quotes.at(-1);
  if (!q?.speaker) return 'none';
  const m = q.speaker.mention;
  if (!m) return 'null';
  expect(text.slice(m.start, m.end)).toBe(m.text);
  return m.text;
}

describe('speaker.mention: the words that name the speaker at the cue', () => {
  it.each([
    ['a name', '“We will win,” Smith said.', 'Smith'],
    // a progressive is finite: its subject is the phrase before it, title and all, not the sentence's actor alone
    ['the subject of a progressive, with its title', 'Foreign Minister John Smith is warning that the talks are “over.”', 'Foreign Minister John Smith'],
    ['a pronoun', 'Smith spoke. “We will win,” he said.', 'he'],
    ['an inverted cue', '“We will win,” said the minister.', 'the minister'],
    ['an unnamed source with its postmodifier', '“We are close,” according to a source close to the talks.', 'a source close to the talks'],
    // `with knowledge of`: the phrase reader runs on through `of`, so the link starts before the phrase it read
    ['a source with knowledge of, before the cue', '“We are close,” a source with knowledge of the talks said.', 'a source with knowledge of the talks'],
    // must stay: a postmodifier of a head that is no source is no speaker's
    ['a head that is no source is read as before: no speaker', '“We are close,” a man with a dog said.', 'none'],
    ['a curly apostrophe kept as written', '“We will win,” Sa’ar said.', 'Sa’ar'],
    ['carried over by continuation: where the speaker was named', '“We will win,” Smith said. “And we will do it soon.”', 'Smith'],
    ['a subordinator opening the sentence is left out', 'When the minister said it was “final,” nobody argued.', 'the minister'],
    ['a time between the subject and its verb is left out', 'Smith last week said it was “final.”', 'Smith'],
    // must stay: a capitalised word that is no subordinator starts the phrase
    ['a name at the sentence start is kept', 'Smith said it was “final.”', 'Smith'],
    ['no speaker, no mention', 'The talks were “final” by then.', 'none'],
    // a phrase inside a relative clause on the subject is the relative's object: the subject is what the relative describes
    ['the subject a relative describes, not its object', '“We are close,” officials who spoke to Reuters said.', 'officials'],
    ['the subject a relative describes, its object after a verb', 'Democrats who oppose the bill said it was “dead.”', 'Democrats'],
    ['the subject a relative describes, its object after have and a participle', '“We are close,” two people who have seen the draft said.', 'two people'],
    // must stay: a noun's own clause after it (`deals the team appeared to cut`) and a causative's object are no relative's object
    ['a causative’s object speaks', 'One ruling that made the minister say it was “final” stood.', 'the minister'],
    // two names joined by a slash are one compound; an adjective before `and` shares the head after it
    ['a slash between two names', 'The latest Reuters/Ipsos poll showed a lead, and voters called it “real.”', 'voters'],
    ['two adjectives sharing a head', 'But current and former officials said the deal was “dead.”', 'current and former officials'],
    // a relative or `what` opening the phrase is the verb's object, no word of its subject
    ['a relative before the subject', 'The changes, which officials said were “final,” took effect.', 'officials'],
    ['what before the subject', 'It was what aide John Smith called “the beginning.”', 'aide John Smith'],
    // a pronoun for a person or a share of a group speaks; the place or body after it says where
    ['a share of a group and where it is', 'Many in the party said the deal was “dead.”', 'Many in the party'],
    ['someone, lowercase, and where they are', 'The debate ended when someone in the audience said it was “rigged.”', 'someone in the audience'],
    // the stop of a title's abbreviation that the tokeniser splits off is the title's, no sentence's end
    ['a title’s abbreviation and its stop', 'Party spokesman the Rev. John Smith said the deal was “dead.”', 'Party spokesman the Rev. John Smith'],
    // words of when before the name open the sentence: the speaker's words start at the name
    ['a day before the name', 'In a statement on Monday Smith said the talks were “over.”', 'Smith'],
    ['a day and its part of the day before the name', 'On Thursday evening John Smith said the talks were “over.”', 'John Smith'],
    ['a time phrase before the name', 'Last week Smith said the talks were “over.”', 'Smith'],
    // must stay: a time's modifier or noun alone is no time phrase (`this Trump look-alike`, `Morning Joe`)
    ['a determiner that is no time’s', 'This Smith look-alike said the talks were “over.”', 'This Smith look-alike'],
  ])('%s', (_, text, want) => {
    expect(mentionOf(text)).toBe(want);
  });

  // a relative set off by a comma: the pronoun is the words at the cue, the phrase before the comma names the speaker (quotes/cue-speaker.ts)
  it('a relative pronoun after a comma is the mention, its antecedent the name', () => {
    const speaker = quotesOf('Reporters met Smith, who said the deal was “final.”', ALL).quotes.at(-1)?.speaker;
    expect([speaker?.mention?.text, speaker?.name, speaker?.form]).toEqual(['who', 'John Smith', 'pronoun']);
  });
});

// the words naming a speaker take in what sits between the name and the cue after it, as PolNeAR marks a source
// (PolNeAR train: 484 speaker mentions more match the gold source exactly, 12 fewer; dev 65 more, none fewer)
describe('speaker.mention over an appositive before the cue', () => {
  it.each([
    ['a noun phrase between commas, closing comma and all', '“We will win,” Smith, the minister, said.', 'Smith, the minister,'],
    ['an age, then a noun phrase', '“We will win,” Smith, 61, a lawyer from Austin, said.', 'Smith, 61, a lawyer from Austin,'],
    ['a bare noun phrase', '“We will win,” Smith, vice chairman of the campaign, said.', 'Smith, vice chairman of the campaign,'],
    ['a relative clause inside the noun phrase', '“We will win,” Smith, a lawyer who runs the campaign, said.', 'Smith, a lawyer who runs the campaign,'],
    ['a label in brackets', '“We will win,” Sen. John Smith (R-Ohio) said.', 'Sen. John Smith (R-Ohio)'],
    // must stay: words that are no noun phrase, a relative clause alone, an age alone, a bracket that is no label
    ['an adverbial aside', '“We will win,” Smith, for his part, said.', 'Smith'],
    ['an adverb', '“We will win,” Smith, meanwhile, said.', 'Smith'],
    ['a participle', '“We will win,” Smith, speaking at a rally, said.', 'Smith'],
    ['an adjective with its own complement', '“We will win,” Smith, eager all evening to speak, said.', 'Smith'],
    ['a relative clause alone', '“We will win,” Smith, who runs the campaign, said.', 'Smith'],
    ['an age alone', '“We will win,” Smith, 61, said.', 'Smith'],
    ['a bracket that is no label', '“We will win,” the video (above) shows.', 'the video'],
    // a reflexive right after the subject only stresses it
    ['a reflexive after the subject', 'Smith himself said the deal was “dead.”', 'Smith himself'],
    // the cue's verb group between the closing comma and the cue: the appositive is the speaker's still (PolNeAR train 30
    // mentions more exact, none fewer; dev 3 and none)
    ['an adverb between the appositive and the cue', '“We will win,” Smith, the minister, also said.', 'Smith, the minister,'],
    ['an auxiliary and an adverb between the appositive and the cue', 'Smith, the minister, has repeatedly said the deal was “dead.”', 'Smith, the minister,'],
    // after an inverted cue, the appositive runs to the sentence's stop, a dash, or the comma before a quotation
    ['after an inverted cue, to the stop', '“We will win,” said Smith, the minister of trade in Odesa.', 'Smith, the minister of trade in Odesa'],
    [
      'after an inverted cue, a relative clause',
      '“We will win,” said Smith, who served as minister for 36 years.',
      'Smith, who served as minister for 36 years',
    ],
    ['after an inverted cue, to a dash', '“We will win,” said Smith, the minister — and he left.', 'Smith, the minister'],
    ['after an inverted cue, the comma before a quotation', '“We won,” said Smith, the minister, “and we will win again.”', 'Smith, the minister,'],
    // the appositive after the subject's name, the subject's own verb after it and the cue further on
    [
      'an appositive before the subject’s verb, the cue later',
      'Smith, the minister, emailed staff on Monday, telling them the deal was “dead.”',
      'Smith, the minister,',
    ],
    [
      'a bracketed label, then an appositive opened by also',
      'Sen. John Smith (R-Ohio), also a candidate, called the plan “dead.”',
      'Sen. John Smith (R-Ohio), also a candidate,',
    ],
    // must stay: a relative clause there may close at any comma
    ['a relative clause before the subject’s verb', 'Smith, whose town, Odesa, is sinking, emailed staff, telling them the deal was “dead.”', 'Smith'],
    // after an inverted cue, a bracketed label or where the speaker is from or works, and the appositive after them
    ['after an inverted cue, a bracketed label', '“We will win,” said Sen. John Smith (R-Ohio).', 'Sen. John Smith (R-Ohio)'],
    [
      'after an inverted cue, of a place and an appositive',
      '“We will win,” said Smith of New Mexico, a Democrat who ran in 2008.',
      'Smith of New Mexico, a Democrat who ran in 2008',
    ],
    ['after an inverted cue, of a body', '“We will win,” said Smith of the Tax Policy Center. “We always do.”', 'Smith of the Tax Policy Center'],
    // an appositive of what the speaker was then, or is now
    ['an appositive opened by then', '“We will win,” Smith, then ambassador to Israel, recalled.', 'Smith, then ambassador to Israel,'],
    // must stay: a phrase of where the speaker spoke is no place of theirs
    ['after an inverted cue, a lowercase place phrase', '“We will win,” said Smith at a rally.', 'Smith'],
    // must stay: a clause after the comma is no appositive, nor the words said after `according to`
    ['after an inverted cue, a clause', '“We will win,” said Smith, reports suggest.', 'Smith'],
    ['after an inverted cue, a name and its verb', '“We will win,” said Smith, Jones argued.', 'Smith'],
  ])('%s', (_, text, want) => {
    expect(mentionOf(text)).toBe(want);
  });
});

describe('speaker.mention after `according to` stops before the words said', () => {
  it('leaves the statement its words', () => {
    const guard = { strict: true, warnings: [] as string[] };
    const text = 'According to the minister, the talks failed on Monday.';
    const [q] = attributeQuotes(buildDocument(text), [], guard, undefined, true);
    expect([q?.speaker?.mention?.text, q?.text]).toEqual(['the minister', 'the talks failed on Monday']);
  });
});

// the title the article gives a speaker right before the name the speaker's words start at is theirs too (quotes/mention-extent.ts
// titledStart; PolNeAR train 26 mentions more exact, none fewer)
describe('speaker.mention takes in the title right before the name', () => {
  it.each([
    [
      'a title before a name the cue is far from',
      'Democratic presidential candidate Bernie Sanders is choosing not to respond, urging supporters to “stay calm.”',
      'partial',
      'Bernie Sanders',
      'Democratic presidential candidate Bernie Sanders',
    ],
    [
      'a title with its qualifier before a name the cue is far from',
      'In Iowa, former presidential candidate Bernie Sanders is choosing not to respond, urging supporters to “stay calm.”',
      'partial',
      'Bernie Sanders',
      'former presidential candidate Bernie Sanders',
    ],
    [
      'the article before a body’s name the cue is far from',
      'Smith met the DNC on Monday. But the DNC is choosing not to respond, urging supporters to “stay calm.”',
      'partial',
      'DNC',
      'the DNC',
    ],
    // two names joined by a slash with no space are one compound's words
    ['a poll named by two outlets', 'A CNN/ORC poll showed Smith well ahead of his rivals.', 'indirect', 'A CNN/ORC poll', 'A CNN/ORC poll'],
  ])('%s', (_, text, kind, name, mention) => {
    const quote = strictExtract(text).quotes.find((q) => q.kind === kind);
    expect([quote?.speaker?.name, quote?.speaker?.mention?.text]).toEqual([name, mention]);
  });
});

// a speaker read back past a relative pronoun whose clause runs on to the cue is named there by the pronoun
// (quotes/cue-speaker.ts relativeAtCue); must stay: a relative clause closed before the cue, by a comma or by its own verb
describe('speaker.mention of a cue inside a relative clause', () => {
  it.each([
    ['an infinitive after a copula', 'Speaker Paul Ryan, who was reluctant to endorse the plan, left early.', 'who'],
    ['an aside right after the pronoun', 'Bruce Turry, who, like several other brothers, remembered that Freddy was kind.', 'who'],
    ['a verb coordinated with the relative’s', 'The senator who made enemies and bragged that he had won now wants peace.', 'who'],
    ['a gerund after a preposition', 'Smith, who last week stunned the race by questioning whether Jones could serve, left.', 'who'],
    // words of when and a floating quantifier between the pronoun and the cue (quotes/phrase.ts beforeVerbAndWhen)
    ['words of when after the pronoun', 'Bernie Sanders, who on Tuesday endorsed Clinton, left early.', 'who'],
    ['a time phrase after the pronoun', 'Ted Cruz, who last year threatened to shut down the government, left.', 'who'],
    ['a floating quantifier after the pronoun', 'Mr. McConnell, who has both endorsed Mr. Trump and criticized him, left.', 'who'],
    ['must stay: a comma closes the relative clause first', 'Smith, who was there, said that the talks had failed.', 'Smith'],
    ['must stay: the relative clause has a verb of its own', 'The groups who wrote to her on Thursday say they are concerned.', 'The groups'],
    ['must stay: a copula is the relative clause’s verb', 'A woman who had been a student in Montana asked whether he would win.', 'A woman'],
  ])('%s', (_, text, expected) => {
    const statement = strictExtract(text).quotes.find((q) => q.kind === 'indirect');
    expect(statement?.speaker?.mention?.text ?? 'none').toBe(expected);
  });
});
