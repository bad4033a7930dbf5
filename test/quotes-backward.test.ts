import { quotesOf, type EntitySpec } from './quotes-helpers';

const SMITH: EntitySpec = { id: 'p1', name: 'John Smith', forms: ['John Smith', 'Smith'], gender: 'male' };
const JONES: EntitySpec = { id: 'p2', name: 'Mary Jones', forms: ['Mary Jones', 'Jones'], gender: 'female' };

/** every quote's speaker as `name|sieve`, or `none` */
function speakers(text: string): string[] {
  return quotesOf(text, [SMITH, JONES]).quotes.map((q) => (q.speaker ? `${q.speaker.name}|${q.speaker.sieve}` : 'none'));
}

describe('a quote of several paragraphs takes the speaker of its closing cue in every paragraph', () => {
  it.each([
    [
      'three paragraphs, cue at the end',
      'Mary Jones stood up last.\n\n“We came here to win.\n\n“We fought for every vote.\n\n“And we will be back,” she said.',
      ['Mary Jones|continuation-back', 'Mary Jones|continuation-back', 'Mary Jones|cue-after'],
    ],
    [
      'a carried-forward speaker gives way to the closing cue',
      '“We will win,” Smith said.\n\n“We came here to win.\n\n“And we will be back,” Jones said.',
      ['John Smith|cue-after', 'Mary Jones|continuation-back', 'Mary Jones|cue-after'],
    ],
    // negative cases
    [
      'a paragraph with its own cue keeps it',
      'Smith said: “We came here to win.\n\n“And we will be back,” Jones said.',
      ['John Smith|cue-before', 'Mary Jones|cue-after'],
    ],
    [
      'a transcript’s turn label opens the next turn, it closes nothing',
      '"SMITH: We came here to win.\n\n"JONES: And we will be back.',
      ['John Smith|turn-label', 'Mary Jones|turn-label'],
    ],
    ['a closed quote before is another statement', '“We came here.”\n\n“And we will be back,” Jones said.', ['none', 'Mary Jones|cue-after']],
  ])('%s', (_, text, want) => {
    expect(speakers(text)).toEqual(want);
  });
});
