import { buildDocument, normalise } from '../src/document';

describe('normalise keeps every offset', () => {
  it.each([
    ['a\u00a0b', 'a b'],
    ['a\u200bb', 'a b'],
    ['a\r\nb', 'a\n\nb'],
    ['Sa\u2019ar', "Sa'ar"],
    ['“q”', '“q”'],
    ['😀x', '😀x'],
    // markdown's marks read as spaces, their words kept (document/markdown.ts)
    ['**Elon Musk** told *Reuters*', '  Elon Musk   told  Reuters '],
    ['__Olaf Scholz__ and _Berlin_', '  Olaf Scholz   and  Berlin '],
    ['***Merkel*** met **Olaf _Scholz_**', '   Merkel    met   Olaf  Scholz   '],
    ['## Markets\nOil rose.', '   Markets\nOil rose.'],
    ['> > “Yes,” he said.', '    “Yes,” he said.'],
    ['HIGHLIGHTS\n• Hostilities rose.\n  ▪ Oil fell.', 'HIGHLIGHTS\n  Hostilities rose.\n    Oil fell.'],
    ['per [Reuters](https://reuters.com/a_b), Kyiv', `per  Reuters${' '.repeat('](https://reuters.com/a_b)'.length)}, Kyiv`],
    ['![Biden](/img/biden.jpg) Biden', '                         Biden'],
    ['`Elon Musk` said', ' Elon Musk  said'],
    // must stay: no emphasis inside words or numbers, a bullet or a scene break, LDC's doubled quotation marks,
    // a footnote's star, a quotation's > without its space, a bracket with no address after it
    ['snake_case 2*3*4 Lisa_cv.doc', 'snake_case 2*3*4 Lisa_cv.doc'],
    ['* Stocks fell\n* * *\n- Oil rose', '* Stocks fell\n* * *\n- Oil rose'],
    ["``Yes,'' he said.", "``Yes,'' he said."],
    ['Smith* and Jones**', 'Smith* and Jones**'],
    ['a • b\n•Tokyo', 'a • b\n•Tokyo'],
    ['>100,000 readers', '>100,000 readers'],
    ['[sic] (Reuters)', '[sic] (Reuters)'],
  ])('%j → %j', (input, view) => {
    expect(normalise(input)).toBe(view);
    expect(normalise(input)).toHaveLength(input.length);
  });
});

describe('parts of speech', () => {
  it.each([
    // wink reads the word after `according to` as an infinitive's verb: it is the source's noun
    ['According to police, the man fled.', 'police', 'NOUN'],
    ['according to sources close to the talks', 'sources', 'NOUN'],
    // must stay: after any other `to`, a verb
    ['They want to police the border.', 'police', 'VERB'],
    // wink reads `shot` as a noun wherever it stands: after its subject, before an object or a particle, it is the verb
    ['Air defences shot down 23 drones.', 'shot', 'VERB'],
    ['Police shot a man in Paris.', 'shot', 'VERB'],
    // must stay: after a determiner, an adjective, a possessive or a hyphen, a noun
    ['He took a shot at the title.', 'shot', 'NOUN'],
    ['It was his shot at the title.', 'shot', 'NOUN'],
    ['It was a mug-shot of him.', 'shot', 'NOUN'],
  ])('%j: %s is a %s', (text, word, pos) => {
    expect(buildDocument(text).tokens.find((t) => t.view === word)?.pos).toBe(pos);
  });
});

describe('tokens', () => {
  it.each([
    ["Netanyahu's plan", ['Netanyahu', "'s", 'plan']],
    ['Sa’ar said', ['Sa’ar', 'said']],
    ['the U.S. and E.U.', ['the', 'U.S.', 'and', 'E.U.']],
    ['Smith-Jones left.', ['Smith', '-', 'Jones', 'left', '.']],
    ['a\u200bb 😀 c', ['a', 'b', '😀', 'c']],
    ["Jones' plan", ['Jones', "'", 'plan']],
    // a word with a Latin letter outside Latin-1 is one word, not wink's pieces ("Stanis", "ł", "aw")
    ['Stanisław met Miličević in Łódź.', ['Stanisław', 'met', 'Miličević', 'in', 'Łódź', '.']],
    // must stay: a contraction's pieces and a hyphen's words
    ["Zahā can't go to Ḥadīd-Kraków.", ['Zahā', 'ca', "n't", 'go', 'to', 'Ḥadīd', '-', 'Kraków', '.']],
    // `):` touching a word closes its bracket before a colon; apart from any word it stays wink's face
    ['Rep. Gowdy (R-S.C.): yes', ['Rep.', 'Gowdy', '(', 'R', '-', 'S', '.', 'C.', ')', ':', 'yes']],
    ['so sad ): yes', ['so', 'sad', '):', 'yes']],
    // an en or em dash with no space before a lowercase word parts two words; must stay: a compound of capitalised words
    ['by The Washington Post–shows that', ['by', 'The', 'Washington', 'Post', '–', 'shows', 'that']],
    ['Post–Revolutionary War', ['Post–Revolutionary', 'War']],
    // a run without spaces is read in pieces of 64 characters, every piece at its own offset
    [`x ${'a'.repeat(150)} y`, ['x', 'a'.repeat(64), 'a'.repeat(64), 'a'.repeat(22), 'y']],
    // `in.` and `no.` are a word and its stop where they abbreviate nothing (lexicon/function-words.ts ABBREVIATION_LOOKALIKES)
    ['He weighed in. Others left.', ['He', 'weighed', 'in', '.', 'Others', 'left', '.']],
    ['He said no.', ['He', 'said', 'no', '.']],
    // must stay: after a number an inch, before one a number
    ['It is 5 in. wide', ['It', 'is', '5', 'in.', 'wide']],
    ['No. 1 seed', ['No.', '1', 'seed']],
  ])('%j', (text, want) => {
    const doc = buildDocument(text);
    expect(doc.tokens.map((t) => t.text)).toEqual(want);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('what a token says of itself, read once when the document is built', () => {
  type Flag = 'cap' | 'low' | 'punct' | 'possessive' | 'opensSentence';
  it.each<[string, Flag, string[]]>([
    ['Joe met iPhone users in the US.', 'cap', ['Joe', 'US']],
    ['Joe met iPhone users in the US.', 'low', ['met', 'iPhone', 'users', 'in', 'the']],
    ['“Yes,” Kerry’s aide said — 100%.', 'punct', ['“', ',', '”', '—', '%', '.']],
    ["Kerry's aide and the voters' view", 'possessive', ["'s", "'"]],
    ['“Maybe,” he said. Then he left.', 'opensSentence', ['Maybe', 'Then']],
  ])('%j: %s', (text, flag, want) => {
    expect(
      buildDocument(text)
        .tokens.filter((t) => t[flag])
        .map((t) => t.text),
    ).toEqual(want);
  });
});

describe('sentences and paragraphs', () => {
  it.each([
    ['One. Two.', 2, 1],
    ['One.\nTwo.', 2, 2],
    ['One.\n\nTwo.', 2, 2],
    ['a line that wraps\nhere and ends.', 1, 1],
    ['Headline\nBody text.', 2, 2],
    ['', 0, 0],
    ['He met the Rev. Peter Wherry there. Then he left.', 2, 1],
    ['Msgr. Ray and Supt. Jones came. They left.', 2, 1],
    ['He lives on Main St. Then he left.', 2, 1],
    // the platform X after "on" closes its sentence; must stay: an initial after "by"
    ['Aron wrote on X. Universal opened second.', 2, 1],
    ['The book by J. Rowling sold well.', 1, 1],
    ['Rep. G.K. Butterfield (D-N.C.), head of the caucus, spoke. Then he left.', 2, 1],
    ['Paul D. Ryan (R-Wis.) said so. Then he left.', 2, 1],
    ['He left (finally). Then it rained.', 2, 1],
    ['(He left.) Then it rained.', 2, 1],
    // a lowercase word after a quoted question or exclamation opens its reporting clause, not a sentence
    ['“Is it over?” asked Sen. Joe Manchin. Then he left.', 2, 1],
    ["''Why?'' asked Mr. Kamin. Then he left.", 2, 1],
    ['“Stop!” he shouted. Then he left.', 2, 1],
    // a capital after the marks may open a sentence: that cut stays wink's
    ['“Is it over?” Manchin asked. Then he left.', 3, 1],
    ['He asked: “Is it over?” Nobody knew.', 2, 1],
    // a word wink reads as an abbreviation with its stop (`in.` an inch, `no.` a number) ends a sentence before a name or a mark
    ['The senator weighed in. Others agreed.', 2, 1],
    ['Jane Smith came in. “Not again,” Jones said.', 2, 1],
    ['He said no. Pelosi agreed.', 2, 1],
    // a mark touching the stop closes a quote in that sentence
    ["'He weighed in.' Then he left.", 2, 1],
    // must stay: the abbreviation after or before its number
    ['It is 5 in. Wide boards are rare.', 1, 1],
    ['He is No. 1 in the polls. Then he left.', 2, 1],
  ])('%j → %i sentences, %i paragraphs', (text, sentences, paragraphs) => {
    const doc = buildDocument(text);
    expect(doc.sentences).toHaveLength(sentences);
    expect(doc.paragraphs).toHaveLength(paragraphs);
  });
});
