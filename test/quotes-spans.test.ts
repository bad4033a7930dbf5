import { quotesOf } from './quotes-helpers';

const texts = (text: string) => quotesOf(text).quotes.map((q) => q.text);

describe('quotation spans', () => {
  it.each([
    ['curly double', 'He said “we will win” today.', ['“we will win”']],
    ['straight double', 'He said "we will win" today.', ['"we will win"']],
    ['two on a line', '"Yes," he said. "No."', ['"Yes,"', '"No."']],
    ['curly single (British)', 'He said ‘we will win’ today.', ['‘we will win’']],
    ['straight single', "He said 'we will win' today.", ["'we will win'"]],
    ['guillemets', 'Il a dit «nous gagnerons» hier.', ['«nous gagnerons»']],
    ['nested single in double', '“He told me ‘no’ twice,” she said.', ['“He told me ‘no’ twice,”']],
    ['nested double in single', '‘He told me “no” twice,’ she said.', ['‘He told me “no” twice,’']],
    ['closing glyph typed as opening', 'rated it “Mostly False.“ Then more.', ['“Mostly False.“']],
    ['a closing glyph after an invisible direction mark opens', 'Fans wrote back.\n\n\u202a”Sorry, you are wrong,” posted Jones.', ['”Sorry, you are wrong,”']],
    // negative case: after a word the same glyph closes
    ['a closing glyph after a word closes', 'Fans wrote back.\n\nwrong” posted Jones.', []],
    // a headline repeating the story's quotation
    ['a headline echo gives way to the story', 'Smith calls plan ‘crazy system’.\n\nSmith said it was a “crazy system” on Monday.', ['“crazy system”']],
    ['a headline quote the story does not repeat stays', 'Smith calls plan ‘crazy system’.\n\nSmith said it was flawed.', ['‘crazy system’']],
    // transcripts, stage directions, boilerplate tails
    ['a transcript turn starts after its label', '"WALLACE: Will she be there?\n\n"PENCE: No, she will not.', ['Will she be there?', 'No, she will not.']],
    ['a colon after a mixed-case word is no label', '"Look: we will win," he said.', ['"Look: we will win,"']],
    ['a stage direction is not speech', '"PENCE: We will —.\n\n"(CROSSTALK.)\n\n"WALLACE: Sir.', ['We will —.', 'Sir.']],
    ['words with an aside are speech', '"We will (I think) win," he said.', ['"We will (I think) win,"']],
    ['a social tail is not speech', '"PENCE: We will win.\n\n"Follow Pam Key on Twitter @pamkeyNEN."', ['We will win.']],
    ['a markup attribute value is not speech', 'The check <tweet tweet-date="Sept. 2, 2016"> rated it “false.”', ['“false.”']],
    ['a quote asking to follow is speech', '"Follow me to the polls," he said.', ['"Follow me to the polls,"']],
    ["an e-mail address's display name is not speech", 'From: "Ryan Reynolds" <rreynolds@example.com>\n\n"We won," she wrote.', ['"We won,"']],
    // must stay: a quotation before angle brackets with no address in them
    ['a quotation before brackets with no address is speech', '"We won" <laughs> she wrote.', ['"We won"']],
  ])('%s', (_, text, want) => {
    expect(texts(text)).toEqual(want);
  });

  it.each([
    ['contractions', "I don't know, and they won't say."],
    ['an apostrophe inside a name', "Foreign Minister Gideon Sa’ar and Sa'ar met."],
    ['decades', "Music of the '90s and the ’80s was loud."],
    ['a plural possessive', "The Joneses' house and the Smiths’ car."],
    ['a lone apostrophe', "Rock 'n' roll never dies."],
  ])('no quote from %s', (_, text) => {
    expect(texts(text)).toEqual([]);
  });

  it('a single quote around a possessive closes at the real end', () => {
    expect(texts("He called it 'the voters' choice' on Monday.")).toEqual(["'the voters' choice'"]);
  });

  // a conjunction, a preposition or a verb never follows a plural possessive: the single close before one ends a quote
  it('a single close after an s and before a conjunction ends its quote', () => {
    expect(texts("She said the country faced 'difficult choices' but insisted: 'We will not raise taxes.'")).toEqual([
      "'difficult choices'",
      "'We will not raise taxes.'",
    ]);
  });

  // must stay: a second plural possessive joined on by `and` goes on with the first
  it('a single close between two joined plural possessives stays inside its quote', () => {
    expect(texts("He called it 'a deal for the players' and coaches' benefit' on Monday.")).toEqual(["'a deal for the players' and coaches' benefit'"]);
  });

  it('an unbalanced mark stops at its paragraph and warns', () => {
    const text = 'He said “this never ends.\n\nThe next paragraph is narration.';
    const { quotes, warnings } = quotesOf(text);
    expect(quotes.map((q) => q.text)).toEqual(['“this never ends.']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^dramatis:quotes: unbalanced/);
  });

  it('a paragraph left open continues into the next one that opens with a mark (no warning)', () => {
    const text = '“First part of it.\n\n“Second part,” Smith said.';
    const { quotes, warnings } = quotesOf(text);
    expect(quotes.map((q) => q.text)).toEqual(['“First part of it.', '“Second part,”']);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['CRLF', 'Intro.\r\n\r\n“Quoted words here,” Smith said.\r\n'],
    ['NBSP', 'Smith\u00a0said\u00a0“quoted words here” today.'],
    ['emoji', '🎉 Smith said “we 🎉 won the whole thing” 🎉.'],
    ['only marks', '“ ” " \' ‘ ’ « »'],
    ['empty', ''],
  ])('offsets stay exact with %s', (_, text) => {
    for (const q of quotesOf(text).quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it.each([
    ['doubled apostrophes (LDC style)', "''It is fine,'' said Mr. Burman.", ["''It is fine,''"]],
    ['backticks and doubled apostrophes (LaTeX style)', "``It is fine,'' said Mr. Burman.", ["``It is fine,''"]],
    ['a single quote inside doubled ones', "''I thought, 'This is it.' '' he said.", ["''I thought, 'This is it.' ''"]],
  ])('%s read as one double mark', (_, text, want) => {
    expect(texts(text)).toEqual(want);
  });

  it.each([
    ['a title inside an answer', '“She thinks this is an episode of ‘Shark Tank.’ It is not,” Pence said.', [['‘Shark Tank.’', 'scare']]],
    ['words quoted inside a quote', '"They told me, \'Go home now, we are done with you.\'" she said.', [["'Go home now, we are done with you.'", 'direct']]],
    // a quote within a nested one is part of the nested one's words: only direct children are listed, so output stays linear
    [
      'two levels deep, the child listed on the statement',
      '“He said ‘call it “odd” if you like’ again,” she said.',
      [['‘call it “odd” if you like’', 'direct']],
    ],
    ['a term inside a quote', '“This “final” draft is not final,” she said.', [['“final”', 'scare']]],
    ['an apostrophe is no nested quote', '“I don’t know what they’re doing,” she said.', []],
  ])('nested: %s', (_, text, want) => {
    const [q, ...rest] = quotesOf(text).quotes;
    expect(rest).toEqual([]);
    expect(q.nested.map((n) => [n.text, n.kind])).toEqual(want);
    for (const n of q.nested) expect(text.slice(n.start, n.end)).toBe(n.text);
  });

  it('ids run q1, q2, ... in text order', () => {
    expect(quotesOf('"One," he said. "Two," he said. "Three."').quotes.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
  });
});
