import { FRAME_SPEECH_VERBS_SET, SPEECH_VERBS } from '../src/lexicon/speech';
import { quotesOf, type EntitySpec } from './quotes-helpers';
import { STANCE_VERBS as STANCE_ROWS } from '../src/lexicon/speech-verbs.generated';

const STANCE_FORMS = new Set(STANCE_ROWS.flatMap((row) => row.split(' ')));

const SMITH: EntitySpec = { id: 'p1', name: 'John Smith', forms: ['John Smith', 'Smith'], gender: 'male' };
const JONES: EntitySpec = { id: 'p2', name: 'Mary Jones', forms: ['Mary Jones', 'Jones'], gender: 'female' };

/** the last quote's speaker as `name|sieve|cue`, or `none` */
function who(text: string): string {
  const q = quotesOf(text, [SMITH, JONES]).quotes.at(-1);
  return q?.speaker ? `${q.speaker.name}|${q.speaker.sieve}|${q.cue?.text ?? ''}` : 'none';
}

describe('speech verbs come from WordNet verb.communication, split by how news uses them', () => {
  it.each([
    ['a news verb in every form', 'suggests'],
    ['its past', 'suggested'],
    ['a verb news uses as a cue', 'reports'],
    ['an irregular past', 'told'],
    ['an irregular participle', 'written'],
  ])('%s is a cue in every frame: %s', (_, form) => {
    expect(SPEECH_VERBS.has(form)).toBe(true);
  });

  it.each(['implored', 'gushed', 'interjected', 'advises', 'echoes', 'spoken'])('%s is a verb of saying, read in the tight frames only', (form) => {
    expect(SPEECH_VERBS.has(form) || FRAME_SPEECH_VERBS_SET.has(form)).toBe(true);
  });

  it.each(['share', 'shares', 'find', 'found'])('%s is speech only in a rarer sense: never a cue in every frame', (form) => {
    expect(SPEECH_VERBS.has(form)).toBe(false);
  });

  // compromise reads `express` as the present of an `expres`, `hiss` of `his`, `dun` as `do`: its forms are taken only where it
  // read the lemma as the base form (scripts/build-speech-verbs.mjs)
  it.each(['expressed', 'hissed', 'scolded', 'disowned', 'dunned'])('the past %s is a verb of saying', (form) => {
    expect(SPEECH_VERBS.has(form) || FRAME_SPEECH_VERBS_SET.has(form) || STANCE_FORMS.has(form)).toBe(true);
  });

  it.each(['his', 'did', 'done', 'expres', 'scell', 'faw'])('%s is no verb of saying', (form) => {
    expect(SPEECH_VERBS.has(form) || FRAME_SPEECH_VERBS_SET.has(form) || STANCE_FORMS.has(form)).toBe(false);
  });
});

describe('frame-only verbs of saying attribute in the tight frames', () => {
  it.each([
    ['after a quotation set off by a comma', '“Please stay home,” Smith implored.', 'John Smith|cue-after|implored'],
    ['closing its clause after a listener', '“We will keep fighting,” Smith implored his supporters.', 'John Smith|cue-after|implored'],
    ['after a listener and what they are asked to do', '“Please stay,” Jones implored the crowd to wait.', 'Mary Jones|cue-after|implored'],
    ['a headline’s verb of saying in title case', 'Smith Says “We Will Win”', 'John Smith|cue-before|Says'],
    ['a headline’s past verb before the quotation', 'Jones Said “I Never Sent It”', 'Mary Jones|cue-before|Said'],
    ['closing its clause before a preposition', '“It was wonderful,” Jones gushed on Twitter.', 'Mary Jones|cue-after|gushed'],
    ['before the colon that opens the quotation', 'Smith interjected: “That is not true.”', 'John Smith|cue-before|interjected'],
    ['a news verb in the present', '“Stay calm,” Jones advises.', 'Mary Jones|cue-after|advises'],
    // a speech word the tagger calls a noun, ending its sentence after the phrase that follows the quotation
    [
      'a noun-like verb ending the sentence after a quotation',
      '“Stay calm,” Jones said. “The market is weak,” the bank reports.',
      'the bank|cue-after|reports',
    ],
    ['any finite verb closing the clause after a comma-closed quotation', '“Let me talk,” Smith fired back.', 'John Smith|cue-after|fired'],
    ['a phrasal verb and a clause after it', '“It happens,” Smith went on, as if he did not hear.', 'John Smith|cue-after|went'],
    ['a verb no lexicon lists', '“France will always be France,” an angry Jones retaliated.', 'Mary Jones|cue-after|retaliated'],
    ['inverted, a name after it', '“Imagine that,” retorted Mary Jones.', 'Mary Jones|cue-after|retorted'],
    ['inverted, a verb no lexicon lists before a name', '“Imagine that,” mused John Smith.', 'John Smith|cue-after|mused'],
    ['inverted, a name and a clause about them', '“This is fantastic!” beamed John Smith, who had snuck in.', 'John Smith|cue-after|beamed'],
    [
      'inverted, a listed verb the table does not invert, a name and an age',
      '“Our ideas are different,” agrees Mary Jones, 30, of Ohio.',
      'Mary Jones|cue-after|agrees',
    ],
    ['any verb of saying taking a that-clause', 'Jones lamented that the “danger” came from elsewhere.', 'Mary Jones|cue-before|lamented'],
    [
      'a person who fears that …, with no cue in the sentence',
      'Smith worried that the safety net was becoming “a hammock” for many.',
      'John Smith|cue-before|worried',
    ],
    [
      'an irregular participle from the generated table',
      'As Smith had written years earlier, “We could not have an industry without him.”',
      'John Smith|cue-before|written',
    ],
    ['a past form the tagger calls an adjective', '“If they were serious, they would do it,” Smith fumed on Tuesday.', 'John Smith|cue-after|fumed'],
    // a rarer verb's -s form the tagger calls a plural noun, after its subject (quotes/cues.ts frameVerbRead)
    ['an -s form the tagger calls a noun, after a quotation', '“We will win,” Smith avers.', 'John Smith|cue-after|avers'],
    ['an -s form the tagger calls a noun, before the colon', 'Smith affirms: “No state shall expel a refugee.”', 'John Smith|cue-before|affirms'],
    // so is a news verb's, before the colon and in the inverted frame (quotes/cues.ts beforeQuotingColon, invertedAfterQuote)
    ['a news verb’s -s form the tagger calls a noun, before the colon', 'Smith notes: “We will win.”', 'John Smith|cue-before|notes'],
    ['after a described subject and as', 'As the Smith campaign website notes: “We will win.”', 'John Smith|cue-before|notes'],
    ['a news verb’s -s form the tagger calls a noun, inverted', '“We will win,” claims John Smith.', 'John Smith|cue-after|claims'],
    // a participle whose phrase runs into a listed cue describes the subject (quotes/sieves/cue-after.ts postmodifiesSubject)
    ['a participle describing the subject before the cue', '“We will win,” aides briefed on the plan said.', 'aides briefed on the plan|cue-after|said'],
    ['a verb of answering the tagger calls a noun', '“They are all here for free stuff,” Smith shot back with a laugh.', 'John Smith|cue-after|shot'],
    ['a verb of answering closing its sentence', '"Jeb wants to be a tough guy tonight," Smith shot back.', 'John Smith|cue-after|shot'],
    // negative cases: the same verbs outside the frames
    ['a participle as an adjective governs nothing', 'The written “guidance” was clear.', 'none'],
    ['an adjective in -ed after a form of be is no verb', '“We will win,” Smith was tired.', 'none'],
    // must stay: after a possessive determiner or a name's possessive it is the noun (`his email`, `Smith’s remarks`)
    ['a noun after a possessive determiner', 'Ash argued in his email, “We will win.”', 'Ash|cue-before|argued'],
    ['a noun of saying after a possessive', 'Smith spoke. Jones’s remarks: “We will win.”', 'none'],
    ['a noun closing a preposition’s object', 'Smith recalled the freeze on federal pay rates: “We will win.”', 'John Smith|cue-before|recalled'],
    ['a thing that shows that … holds no words', 'The poll showed that voters wanted “a change” badly.', 'none'],
    ['not without its that-clause', 'Jones implored the “voters” all year.', 'none'],
    // a stance verb (speech-verbs.generated.ts STANCE_VERBS) reports its phrase: a quotation inside is that statement's words
    ['a stance verb reports its phrase, the quotation inside it', 'Jones lamented the “danger” all year.', 'Mary Jones|reported:clause-after|lamented'],
    ['inverted, any verb before no name', '“Imagine that,” opened the show in the hall.', 'none'],
    ['inverted, no name after it', '“Imagine that,” retorted the crowd in the hall for a while.', 'none'],
    ['inverted, a listed verb with a thing after it', '“Our ideas are different,” agrees the survey of voters in the state.', 'none'],
    ['a capitalised plural in a name is no headline verb', 'The United States “will not bend,” Smith said.', 'John Smith|cue-after|said'],
    ['not before a thing it makes (no listener)', '“Ninety percent of what?” Turnout makes a difference.', 'none'],
    ['a quotation not set off by a comma', 'The “reform” Smith passed failed.', 'none'],
    ['a verb that does not close its clause', '“We will win,” Smith hoped the voters would believe.', 'none'],
    ['not before a quotation that is no statement', 'Smith and Jones share “common values.”', 'none'],
    ['not mid-clause after a quotation', 'The word “wonderful” Jones gushed over was his.', 'none'],
    ['the same word with no particle of answering', '“They are all here for free stuff,” Smith shot.', 'none'],
    ['a noun of saying before the quotation, no comma inside it', 'Read “The Market” in the bank reports.', 'none'],
    // a quotation inside another clause is no frame's object (quotes/sieves/cue-after.ts)
    [
      'not after a quotation inside another clause',
      'When Smith finally wrapped up — “I will fight for you!” — the balloons cascaded down on the crowd.',
      'none',
    ],
    ['nor a verb of answering there', 'As Jones took the stage, “Four more years!” the crowd shot back.', 'none'],
    // a past form between a preposition and a noun phrase modifies it (quotes/cues.ts)
    [
      'a past form after a preposition, before a noun phrase',
      'The lawyers relied on articles from noted constitutional scholars to defend the view that he is “natural born.”',
      'none',
    ],
  ])('%s', (_, text, want) => {
    expect(who(text)).toBe(want);
  });
});

describe('an inverted frame reads past where the speaker is from and past a description to its name', () => {
  const PLACES: EntitySpec[] = [
    { id: 'l1', name: 'Dayton', type: 'location' },
    { id: 'l2', name: 'Ohio', type: 'location' },
  ];
  it.each([
    ['a name, `of` and a place and its state', '“This is fantastic!” beamed John Smith of Dayton, Ohio, who had snuck in.', 'John Smith|cue-after|beamed'],
    [
      'a description and a person’s name set off after it',
      '“It is about time,” exhorted Smith’s introducer, singer Mary Jones.',
      'Mary Jones|cue-after|exhorted',
    ],
    // negative cases
    ['`of` and no place after the name', '“This is fantastic!” beamed John Smith of the visiting team, who had snuck in.', 'none'],
    ['a description and no name set off after it', '“It is about time,” exhorted Smith’s introducer, a singer.', 'none'],
  ])('%s', (_, text, want) => {
    const q = quotesOf(text, [SMITH, JONES, ...PLACES]).quotes.at(-1);
    expect(q?.speaker ? `${q.speaker.name}|${q.speaker.sieve}|${q.cue?.text ?? ''}` : 'none').toBe(want);
  });
});
