import { quotesOf, type EntitySpec } from './quotes-helpers';

const SMITH: EntitySpec = { id: 'p1', name: 'John Smith', forms: ['John Smith', 'Mr. Smith', 'Smith'], gender: 'male' };
const JONES: EntitySpec = { id: 'p2', name: 'Mary Jones', forms: ['Mary Jones', 'Jones'], gender: 'female' };

/** the first quote's speaker as `name|sieve|cue`, or `none` */
function who(text: string): string {
  const q = quotesOf(text, [SMITH, JONES]).quotes[0];
  return q?.speaker ? `${q.speaker.name}|${q.speaker.sieve}|${q.cue?.text ?? ''}` : 'none';
}

describe('a reporting sentence introduces the quote after it', () => {
  it.each([
    [
      'past a cue with no speaker of its own',
      'Smith said so on television when asked about the race. “Nobody did it better.”',
      'John Smith|previous-sentence|said',
    ],
    // negative case
    ['no cue with a speaker, no speaker', 'The race came up when asked about it. “Nobody did it better.”', 'none'],
  ])('%s', (_, text, want) => {
    expect(who(text)).toBe(want);
  });
});

describe('a reporting sentence closing a paragraph introduces the quoted paragraph after it', () => {
  it.each([
    [
      'a person’s cue in the last sentence',
      'Smith said critics had long predicted a withdrawal.\n\n“That is because this region matters.”',
      'John Smith|previous-paragraph|said',
    ],
    [
      'a quotation before the cue in that sentence, none after it',
      'What “a plan” means is left open, since Smith spoke only in slogans on the radio.\n\n“That is because this region matters.”',
      'John Smith|previous-paragraph|spoke',
    ],
    // negative cases
    ['a quotation after the cue in that sentence', 'Smith spoke of “plans” and “regions.”\n\n“That is because this region matters.”', 'none'],
    ['a cue in an earlier sentence of the paragraph', 'Smith said so. The region was calm all year.\n\n“That is because this region matters.”', 'none'],
    ['no person speaking there', 'The report said critics had long predicted a withdrawal.\n\n“That is because this region matters.”', 'none'],
  ])('%s', (_, text, want) => {
    const q = quotesOf(text, [SMITH, JONES]).quotes.at(-1);
    expect(q?.speaker ? `${q.speaker.name}|${q.speaker.sieve}|${q.cue?.text ?? ''}` : 'none').toBe(want);
  });
});

describe('reporting clauses after the quote, as the NYT writes them', () => {
  it.each([
    [
      'an inverted clause with a long appositive after an interruption',
      "''It has been resilient,'' like the markets, said John Smith, the chief economist for the Michigan Survey of Consumers.",
      'John Smith|cue-later|said',
    ],
    [
      'a cue word inside the speaker’s appositive',
      "''They feel it,'' John Smith, the president of the Indiana state firefighters union, said of his members.",
      'John Smith|cue-after|said',
    ],
    ['an inverted `asked`', "''Is it over?'' asked Mr. Smith, referring to the race.", 'John Smith|cue-after|asked'],
    ['a coordinated `asked` keeps its subject', 'Jones beamed and asked the crowd to welcome him as "my new best friend."', 'Mary Jones|cue-before|asked'],
    // negative cases
    [
      'an interruption with no inverted speaker',
      "''It has been resilient,'' like the markets, said the report's authors in a long note about many things.",
      'none',
    ],
    [
      'a cue followed by a clause is no closing clause',
      "''It has been resilient,'' like the markets, said Smith would argue in his long report on the economy this year.",
      'none',
    ],
  ])('%s', (_, text, want) => {
    expect(who(text)).toBe(want);
  });
});
