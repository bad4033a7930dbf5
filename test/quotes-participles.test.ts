import { quotesOf, type EntitySpec } from './quotes-helpers';

const SMITH: EntitySpec = { id: 'p1', name: 'John Smith', forms: ['John Smith', 'Smith'], gender: 'male' };
const JONES: EntitySpec = { id: 'p2', name: 'Mary Jones', forms: ['Mary Jones', 'Jones'], gender: 'female' };
const AFP: EntitySpec = { id: 'o1', name: 'AFP', type: 'organization' };

/** the last quote's speaker as `name|sieve|cue`, or `none` */
function who(text: string): string {
  const q = quotesOf(text, [SMITH, JONES, AFP]).quotes.at(-1);
  return q?.speaker ? `${q.speaker.name}|${q.speaker.sieve}|${q.cue?.text ?? ''}` : 'none';
}

describe('a participle leans on the subject of its clause', () => {
  it.each([
    [
      'the finite verb’s subject, not a dateline’s agency',
      'Washington (AFP) – Mary Jones has taken a swipe at John Smith’s stance, saying that “bombastic comments” do harm.',
      'Mary Jones|cue-before|saying',
    ],
    [
      'the subject of coordinated verbs',
      'Jones sought to calm the crowd, and took a heckler in stride, saying he would “not get beat up.”',
      'Mary Jones|cue-before|saying',
    ],
    [
      '`with` and its subject',
      'Both Smith and Jones saw it as a sign, with Jones noting the absurdity of “a couple of hundred” troops.',
      'Mary Jones|cue-before|noting',
    ],
    [
      'past a that-clause to the verb the participle hangs on',
      'Jones repeated claims that Smith recites his lines, calling him a “talented guy.”',
      'Mary Jones|cue-before|calling',
    ],
    [
      'a that-clause with nothing before it is the clause itself',
      'That Smith recites his lines, calling it “a habit,” is plain.',
      'John Smith|cue-before|calling',
    ],
    // must stay: the that-clause row above
    ['past a clause a cue reports to the cue', 'Jones said the club had received an offer, adding that it was “a record.”', 'Mary Jones|cue-before|adding'],
    ['a name right before the participle', 'The ad uses footage of Smith asking, “Why aren’t I ahead?”', 'John Smith|cue-before|asking'],
    ['a name after `on` is where, not who', 'Jones answered the question on AFP writing, “Yes, I will.”', 'Mary Jones|cue-before|writing'],
    [
      'a word tagged as a verb inside the object is a noun',
      'Mary Jones posted a Twitter comment of her own, saying, “We are so excited!”',
      'Mary Jones|cue-before|saying',
    ],
    [
      'a name covered by no verb: the subject before it',
      'Jones threw her support behind Sen. John Smith on Friday, saying it is “time.”',
      'Mary Jones|cue-before|saying',
    ],
    ['`with`, its subject and an adverb', 'Some of the guests booed the band, with Jones reportedly yelling: “Get them out!”', 'Mary Jones|cue-before|yelling'],
    // negative cases
    ['a name after `of` is still the subject', 'The ad shows a clip of Smith saying, “I will win.”', 'John Smith|cue-before|saying'],
    ['`without saying` says nothing', 'It goes without saying that the “grand bargain” is dead.', 'none'],
    ['a group right before the participle is no name', 'Jones emailed supporters saying: “The struggle continues.”', 'Mary Jones|cue-before|saying'],
  ])('%s', (_, text, want) => {
    expect(who(text)).toBe(want);
  });
});
