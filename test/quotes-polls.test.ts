import { quotesOf, type EntitySpec } from './quotes-helpers';

const HERALD: EntitySpec = { id: 'o1', name: 'The Daily Herald', forms: ['The Daily Herald', 'Herald'], type: 'organization' };

/** each quote's speaker mention, or `none` */
function who(text: string): string[] {
  return quotesOf(text, [HERALD]).quotes.map((q) => q.speaker?.mention?.text ?? 'none');
}

// a share of those a poll asked speaks through the poll (quotes/cue-speaker.ts)
describe('respondents counted by a poll speak through it', () => {
  it.each([
    ['a percentage after the poll', 'In a Herald poll released Monday, 62 percent of farmers said the rules were “far too strict.”', ['a Herald poll']],
    ['a count out of ten', 'The spring survey found that six in 10 said prices were “out of control.”', ['The spring survey']],
    ['a share that opens a conjunct', 'In a Herald poll, 40% of farmers and rural voters said they were “deeply worried.”', ['a Herald poll']],
    // must stay: no poll named in the sentence, the share speaks
    ['no poll, the share speaks', 'At the meeting, 62 percent of farmers said the rules were “far too strict.”', ['62 percent of farmers']],
    // a share of a group, two numbers joined by `in` or `out of`, speaks whole (quotes/phrase.ts, ratioAt)
    ['no poll, a share counted in ten speaks', 'At the meeting, six in 10 farmers said the rules were “far too strict.”', ['six in 10 farmers']],
    ['no poll, a share in digits speaks', 'At the meeting, 4 in 10 young farmers said the rules were “far too strict.”', ['4 in 10 young farmers']],
    [
      'no poll, a share out of a number speaks',
      'At the meeting, three out of four farmers said the rules were “far too strict.”',
      ['three out of four farmers'],
    ],
    // a measure before the share is the share's (quotes/phrase.ts measureBefore)
    ['no poll, a share in digits with no group speaks', 'At the meeting, more than 4 in 10 said the rules were “far too strict.”', ['more than 4 in 10']],
    ['a measure and its limit', 'Only about six in 10 farmers said the rules were “far too strict.”', ['Only about six in 10 farmers']],
    ['a measure before half', 'At the meeting, nearly half of farmers said the rules were “far too strict.”', ['nearly half of farmers']],
    ['a bound before a count', 'At least 12 farmers said the rules were “far too strict.”', ['At least 12 farmers']],
    // must stay: a word that is no measure stays out
    ['an adverb that is no measure', 'At the meeting, again 4 in 10 said the rules were “far too strict.”', ['4 in 10']],
    // must stay: a place counted after `in` is no share
    ['a group in a number of places', 'At the meeting, farmers in 10 states said the rules were “far too strict.”', ['farmers in 10 states']],
    // must stay: a poll named, but the speaker no share of those asked
    ['a speaker who is no share', 'After the Herald poll, the farmers said the rules were “far too strict.”', ['the farmers']],
  ])('%s', (_why, text, want) => expect(who(text)).toEqual(want));
});

describe('a share of a group describes its speaker, it names nobody', () => {
  it.each([
    ['a share in words, capitalised', 'Six in 10 farmers said the rules were “far too strict.”'],
    ['a share in digits, no group', 'At the meeting, 4 in 10 said the rules were “far too strict.”'],
  ])('%s', (_why, text) => expect(quotesOf(text, [HERALD]).quotes.map((q) => q.speaker?.form)).toEqual(['nominal']));
});
