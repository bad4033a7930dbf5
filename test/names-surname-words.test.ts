import { strictExtract as extract } from './helpers';

// a surname that is also a common word of the article (mentions/propagate.ts)
describe('a surname also written as a common word repeats only amid lowercase words', () => {
  /** the texts of the mentions of the person named `name` */
  const mentionsOf = (text: string, name: string) =>
    extract(text)
      .actors.find((a) => a.name === name)
      ?.mentions.map((m) => m.text) ?? [];

  it.each<[why: string, text: string, name: string, count: number]>([
    [
      'inside a sentence, between lowercase words',
      'Columnist Harold Will wrote a sharp essay this week. The party will decide soon. In his essay, Will urged voters to wait.',
      'Harold Will',
      2,
    ],
    // must stay: the modal that opens a question is no name
    ['not at a sentence’s start', 'Columnist Harold Will wrote a sharp essay this week. The party will decide soon. Will voters wait?', 'Harold Will', 1],
    // must stay: a headline’s run of capitals
    ['not in a run of capitals', 'Columnist Harold Will wrote a sharp essay. Voters will decide. Why Voters Will Wait For Now, he wrote.', 'Harold Will', 1],
    // must stay: a month is no surname
    ['not a month’s name', 'Minister Jane May spoke on Monday. Prices may rise. The vote is due in May after the recess.', 'Jane May', 1],
  ])('%s', (_why, text, name, count) => expect(mentionsOf(text, name)).toHaveLength(count));

  it('the surname speaks before its verb, not read as an auxiliary', () => {
    const text = 'Columnist Harold Will wrote a sharp essay this week. The party will decide soon.\n\n“The race is far from over,” Will wrote.';
    expect(extract(text).quotes.at(-1)?.speaker?.name).toBe('Harold Will');
  });
});
