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
    // must stay: a poll named, but the speaker no share of those asked
    ['a speaker who is no share', 'After the Herald poll, the farmers said the rules were “far too strict.”', ['the farmers']],
  ])('%s', (_why, text, want) => expect(who(text)).toEqual(want));
});
