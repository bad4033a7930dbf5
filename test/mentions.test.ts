import type { Candidate } from '../src/core/types';
import { buildDocument } from '../src/document';
import { resolveMentions } from '../src/mentions';

const cand = (text: string, phrase: string, over: Partial<Candidate> = {}): Candidate => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, type: 'person', tier: 'tagger', reason: 'test', ...over };
};
/** how many mentions one candidate for `phrase` leaves */
const kept = (text: string, phrase: string, over: Partial<Candidate> = {}): number => resolveMentions([cand(text, phrase, over)], buildDocument(text)).length;

describe('mentions are trimmed to the name', () => {
  it.each([
    ['the leading article goes', 'He met the Mossad chief.', 'the Mossad', 'Mossad', 'pattern'],
    ['the tagger keeps an article it chose before one word', 'in The Hague today', 'The Hague', 'The Hague'],
    ['the tagger’s article before several words goes', 'The United Nations said so.', 'The United Nations', 'United Nations'],
    ['a caller keeps its article before several words', 'The New York Times said so.', 'The New York Times', 'The New York Times', 'caller'],
    ['dots of an abbreviation stay', 'the U.S. said', 'U.S.', 'U.S.'],
    ['a bracket the name opened stays', 'Mladost (L) won', 'Mladost (L)', 'Mladost (L)'],
    ['a possessive goes', "Netanyahu's office", "Netanyahu's", 'Netanyahu'],
    ['a curly possessive goes', 'Sa’ar’s post', 'Sa’ar’s', 'Sa’ar'],
    ['quotation marks go', 'the “Hamas” line', '“Hamas”', 'Hamas'],
    ['trailing punctuation goes', 'in Doha, on Sunday', 'Doha,', 'Doha'],
    ['a lowercase word the tagger ran on into goes', 'the Zeitgeist for the age', 'Zeitgeist for', 'Zeitgeist'],
    ['a hyphened adjective goes', 'a New York-based firm', 'New York-based', 'New York'],
    ['a syllable hyphened to a name stays', 'Ban Ki-moon said', 'Ban Ki-moon', 'Ban Ki-moon'],
    [
      'a hyphened adjective opening the name goes',
      'Kurdish-led Syrian Democratic Forces advanced',
      'Kurdish-led Syrian Democratic Forces',
      'Syrian Democratic Forces',
    ],
    [
      'a place’s hyphened adjective goes before a company',
      'St. Louis-based Mercantile Bancorp Inc. said',
      'Louis-based Mercantile Bancorp Inc.',
      'Mercantile Bancorp Inc.',
    ],
    // must stay: a hyphened adjective that ends the name leaves the name before it
    ['a hyphened adjective ending the name leaves the name', 'The Donald Trump-led field grew', 'Donald Trump-led', 'Donald Trump'],
    ['a name with a capital inside stays', 'shares in eBay rose', 'eBay', 'eBay'],
    ['a given name’s hyphened syllable joins the name', 'Ban Ki-moon said', 'Ban Ki', 'Ban Ki-moon'],
    ['a hyphened given name after a surname joins it', 'Leung Che-cheung won', 'Leung', 'Leung Che-cheung'],
    ['an -ing syllable is a name’s too', 'Hsieh Chang-ting said', 'Hsieh Chang', 'Hsieh Chang-ting'],
    ['an English word hyphened on is not', 'a Trump-backed candidate', 'Trump', 'Trump'],
    ['a country in capitals is no pronoun', 'the US said', 'US', 'US'],
    ['a name in a capitals headline stays, read as a verb or not', 'GARLAND STEPS ASIDE.', 'GARLAND', 'GARLAND'],
    ['an initial with a name stays', 'by C. Tolley on', 'C. Tolley', 'C. Tolley'],
    ['a pattern keeps its lowercase head', 'in the Philadelphi corridor', 'Philadelphi corridor', 'Philadelphi corridor', 'pattern'],
  ])('%s', (_why, text, phrase, want, source = 'tagger') => {
    const [m] = resolveMentions([cand(text, phrase, { tier: source as Candidate['tier'] })], buildDocument(text));
    expect(m.text).toBe(want);
    expect(text.slice(m.start, m.end)).toBe(want);
  });

  it.each([
    ['Arabic’s article hyphened to a capitalised word is the rest of a place’s name', 'in the Deir al-Zour province', 'Deir', 'location', 'Deir al-Zour'],
    ['and of a body’s', 'the group Ansar al-Sharia said', 'Ansar', 'organization', 'Ansar al-Sharia'],
    // must stay: the article before a lowercase word, or with a space after its hyphen, is no part of the name
    ['the article before a lowercase word stays out', 'went to Deir al-bab today', 'Deir', 'location', 'Deir'],
    ['the article with a space after its hyphen stays out', 'went to Deir al- Zour today', 'Deir', 'location', 'Deir'],
    // a day of the week before the verb says when, as American wire copy puts it; must stay: before an auxiliary
    ['a day closing a person’s span before the verb goes', 'President Joe Biden Monday said it was over.', 'Joe Biden Monday', 'person', 'Joe Biden'],
    ['a day before an auxiliary stays', 'Tom Ndiaye Tuesday is a song.', 'Tom Ndiaye Tuesday', 'person', 'Tom Ndiaye Tuesday'],
    // and any name's day before a comma, a stop or a lowercase word; must stay: a club the lexicon knows, a show in marks
    ['a day closing a body’s span before a comma goes', 'He told CNBC Friday, in an interview.', 'CNBC Friday', 'organization', 'CNBC'],
    [
      'a day closing a place’s span before a lowercase word goes',
      'She won South Carolina Saturday by ten points.',
      'South Carolina Saturday',
      'location',
      'South Carolina',
    ],
    ['a club named for a day stays', 'Sheffield Wednesday, top of the table, lost.', 'Sheffield Wednesday', 'organization', 'Sheffield Wednesday'],
    ["a show's name in marks stays", "He spoke on ''Fox News Sunday'' today.", 'Fox News Sunday', 'organization', 'Fox News Sunday'],
  ] as const)('%s', (_why, text, phrase, type, want) => {
    const [m] = resolveMentions([cand(text, phrase, { type })], buildDocument(text));
    expect(text.slice(m.start, m.end)).toBe(want);
  });

  it.each([
    ['punctuation only', 'a “” b', '“”'],
    ['a bare article', 'the end', 'the '],
    ['a pronoun opening a sentence', 'He left.', 'He'],
    ['a possessive determiner', 'Their plan failed.', 'Their'],
    ['a pronoun in a capitals headline', 'SHE SCOLDED HIM', 'HIM'],
    ['an auxiliary in a capitals headline', "HE'S BEEN CALLED OUT", 'BEEN'],
    ['a title’s abbreviation alone', 'said Mr. Trump', 'Mr.'],
    ['an initial alone', 'Michael J. Fox', 'J.'],
    ['a month’s abbreviation alone', 'on Oct. 5', 'Oct.'],
    ['a spring month’s abbreviation alone', 'on Mar. 5', 'Mar.'],
    ['a summer month’s abbreviation alone', 'due Jul. 1', 'Jul.'],
    ['a preposition opening a sentence', 'Around the city, crowds gathered.', 'Around'],
  ])('%s leaves nothing', (_why, text, phrase) => {
    expect(resolveMentions([cand(text, phrase, { tier: 'pattern' })], buildDocument(text))).toEqual([]);
  });
});

describe('one overlap policy decides between sources', () => {
  const text = 'Shin Bet chief Ronen Bar went to Doha.';
  it.each([
    ['the longer span wins', [cand(text, 'Ronen'), cand(text, 'Ronen Bar')], ['Ronen Bar']],
    [
      'an equal span goes to the stronger source',
      [cand(text, 'Ronen Bar', { type: 'location', tier: 'gazetteer' }), cand(text, 'Ronen Bar', { tier: 'pattern' })],
      ['person:Ronen Bar'],
    ],
    [
      'a context guess only fills a gap: the tagger keeps a span it also claims',
      [cand(text, 'Ronen Bar', { type: 'organization', tier: 'context' }), cand(text, 'Ronen Bar')],
      ['person:Ronen Bar'],
    ],
    ['the caller wins whatever its length', [cand(text, 'Shin Bet chief Ronen Bar'), cand(text, 'Bar', { tier: 'caller' })], ['Bar']],
  ])('%s', (_why, candidates, want) => {
    const got = resolveMentions(candidates, buildDocument(text)).map((m) => (want[0].includes(':') ? `${m.type}:${m.text}` : m.text));
    expect(got).toEqual(want);
  });
});

describe('a tagger span swallowing a title gives way to the name after it', () => {
  const text = "Labour's Shadow Home Secretary Yvette Cooper said so.";
  const titled = cand(text, 'Yvette Cooper', { tier: 'pattern', reason: 'pattern:title-name', rule: 'title-name' });
  // a first name the tagger's gazetteer does not know, so only the title pattern could split it
  const other = 'Homeland Security Secretary Jeh Johnson, who spoke, left.';
  const fed = 'Federal Reserve Chair Jay Powel said rates would stay high.';
  const imf = 'IMF Managing Director Kora Vell said growth was weak.';
  const un = 'U.N. Secretary-General Kora Vell urged restraint.';
  const us = 'US President Kora Vell urged restraint.';
  const dhs = 'He had spoken to Homeland Security Secretary Kora Vell.';
  it.each([
    ['the name after the title wins', [cand(text, 'Shadow Home Secretary Yvette Cooper', { type: 'organization' }), titled], ['person:Yvette Cooper']],
    // a span the tagger ended inside the name gives way too
    ['a span that ends inside the name', [cand(text, 'Shadow Home Secretary Yvette', { type: 'organization' }), titled], ['person:Yvette Cooper']],
    // the words before the title stay when they name a body (a body's head word, an acronym, a known body)
    [
      'the body before the title stays',
      [
        cand(fed, 'Federal Reserve Chair Jay Powel', { type: 'organization' }),
        cand(fed, 'Jay Powel', { tier: 'pattern', reason: 'pattern:title-name', rule: 'title-name' }),
      ],
      ['organization:Federal Reserve', 'person:Jay Powel'],
      fed,
    ],
    [
      'an acronym before the title stays',
      [
        cand(imf, 'IMF Managing Director Kora Vell', { type: 'organization' }),
        cand(imf, 'Kora Vell', { tier: 'pattern', reason: 'pattern:title-name', rule: 'title-name' }),
      ],
      ['organization:IMF', 'person:Kora Vell'],
      imf,
    ],
    // must stay: a portfolio of two words is never cut to its first (trim.ts beforeTitle); the whole portfolio goes to the
    // title whose head follows it (titled.ts yieldToTitledNames), the golds marking no body there 4 times in 5
    [
      'a body’s span that ends on a portfolio before a title gives it whole to the title',
      [cand(dhs, 'Homeland Security', { type: 'organization' }), cand(dhs, 'Kora Vell', { tier: 'pattern', reason: 'pattern:title-name', rule: 'title-name' })],
      ['person:Kora Vell'],
      dhs,
    ],
    ['a person span keeps its title', [cand(text, 'Shadow Home Secretary Yvette Cooper'), titled], ['person:Shadow Home Secretary Yvette Cooper']],
    [
      'a person span gives way where a body the bundled data knows opens it, a hyphened title between',
      [cand(un, 'U.N. Secretary-General Kora Vell'), cand(un, 'Kora Vell', { tier: 'pattern', reason: 'pattern:title-name', rule: 'title-name' })],
      ['organization:U.N.', 'person:Kora Vell'],
      un,
    ],
    // must stay: a person span a place opens
    [
      'a person span a place opens keeps its words',
      [cand(us, 'US President Kora Vell'), cand(us, 'Kora Vell', { tier: 'pattern', reason: 'pattern:title-name', rule: 'title-name' })],
      ['person:US President Kora Vell'],
      us,
    ],
    [
      'not for a name another pattern found',
      [
        cand(other, 'Homeland Security Secretary Jeh Johnson', { type: 'organization' }),
        cand(other, 'Jeh Johnson', { tier: 'pattern', reason: 'pattern:name-who' }),
      ],
      ['organization:Homeland Security Secretary Jeh Johnson'],
      other,
    ],
  ])('%s', (_why, candidates, want, at = text) => {
    expect(resolveMentions(candidates as Candidate[], buildDocument(at as string)).map((m) => `${m.type}:${m.text}`)).toEqual(want);
  });
});

describe('a person filling a quotation by itself is the title of a work', () => {
  it.each([
    ['a show in quotation marks', 'He thinks this is an episode of “Shark Tank.” But not.', 'Shark Tank', 0],
    ['a name quoted as an answer is kept', '“John Smith,” she said when asked who won.', 'John Smith', 1],
    ['a name outside quotation marks is kept', 'He met John Smith on Monday.', 'John Smith', 1],
    ['a caller entry is kept', 'He watched “Shark Tank” again.', 'Shark Tank', 1, 'caller'],
  ])('%s', (_why, text, phrase, count, source = 'tagger') => {
    expect(kept(text, phrase, { tier: source as Candidate['tier'] })).toBe(count);
  });
});

describe('a party-and-state note after a lawmaker names only a place', () => {
  const text = 'Rep. Jim Clyburn (D-S.C.) and Sen. Mike Lee (R-Utah) spoke.';
  it.each([
    ['a state read as a person is dropped', 'Utah', 'person', 'tagger', 0],
    ['a state read as an organisation is dropped', 'Utah', 'organization', 'tagger', 0],
    ['a state read as a place is kept', 'Utah', 'location', 'tagger', 1],
    ['the lawmaker before the note is kept', 'Jim Clyburn', 'person', 'tagger', 1],
    ['a caller entry is kept', 'Utah', 'person', 'caller', 1],
  ])('%s', (_why, phrase, type, source, count) => {
    expect(kept(text, phrase, { type: type as Candidate['type'], tier: source as Candidate['tier'] })).toBe(count);
  });
  // mentions/affiliation.ts stateInNote: the party's letter the tagger (or the hyphened-prefix join) ran into the place goes
  it.each([
    ['the party letter comes off the state', 'Sen. Mike Lee (R-Utah) spoke.', 'R-Utah', 'Utah'],
    ['an abbreviated state keeps its stop', 'Rep. Paul Ryan (R-Wis.) spoke.', 'R-Wis', 'Wis.'],
    // must stay: a hyphened place outside a note
    ['no note, no trim', 'They met in Wilkes-Barre on Monday.', 'Wilkes-Barre', 'Wilkes-Barre'],
  ])('%s', (_why, text, phrase, want) => {
    const doc = buildDocument(text);
    expect(resolveMentions([cand(text, phrase, { type: 'location' })], doc).map((m) => text.slice(m.start, m.end))).toEqual([want]);
  });
});

describe('a title, an organisation or a party run into the person after it splits', () => {
  it.each([
    [
      'a title before the name names nobody',
      'Shadow Home Secretary Yvette Cooper said so.',
      'Shadow Home Secretary Yvette Cooper',
      'organization',
      ['person:Yvette Cooper'],
    ],
    [
      'an organisation before the office keeps its type',
      'the Boxing Association President Ramon Manzanares said',
      'Boxing Association President Ramon Manzanares',
      'organization',
      ['person:Ramon Manzanares'],
    ],
    ['a party label before the name', 'Republican Donald Trump said so.', 'Republican Donald Trump', 'organization', ['person:Donald Trump']],
    [
      'an organisation ending in its head keeps its part',
      'the Refugee Council Janet Smith said',
      'Refugee Council Janet Smith',
      'organization',
      ['organization:Refugee Council', 'person:Janet Smith'],
    ],
    ['a first name inside a place is no person', 'the San Francisco Giants won', 'San Francisco Giants', 'organization', ['organization:San Francisco Giants']],
    [
      'a first name after a non-head word stays',
      'the Holy Roman Emperor Charles left',
      'Holy Roman Emperor Charles',
      'organization',
      ['organization:Holy Roman Emperor Charles'],
    ],
    [
      'a person is never split',
      'Shadow Home Secretary Yvette Cooper said so.',
      'Shadow Home Secretary Yvette Cooper',
      'person',
      ['person:Shadow Home Secretary Yvette Cooper'],
    ],
  ])('%s', (_why, text, phrase, type, want) => {
    const got = resolveMentions([cand(text, phrase, { type: type as Candidate['type'], tier: 'tagger' })], buildDocument(text));
    expect(got.map((m) => `${m.type}:${m.text}`)).toEqual(want);
  });
});

describe('a lone adverb opening a sentence is no name', () => {
  it.each([
    ['an adverb opening a sentence', 'It rained. Furthermore, the roads flooded.', 'Furthermore', 'organization', 0],
    ['an adverb opening a quoted sentence', '“Maybe we win,” he said.', 'Maybe', 'person', 0],
    ['an adverb opening an interview’s answer after its colon', 'Q: How did it feel? A: Honestly, it was surreal.', 'Honestly', 'organization', 0],
    ['a past tense opening a review’s sentence before a number', 'Great hotel!! Stayed 3 nights in October.', 'Stayed', 'organization', 0],
    // must stay: a name after a colon
    ['a name after a colon stays', 'Q: Who called? A: Johnson, at noon.', 'Johnson', 'person', 1],
    ['a club at the start of a results line stays', 'Hull 2 Bury 1', 'Hull', 'organization', 1],
    ['a short name ending in -ed stays', 'Ted 2 Bury 1', 'Ted', 'person', 1],
    ['an adverb the article capitalises inside a sentence stays', 'Again, he left. They met at Again Hall.', 'Again', 'location', 1],
    ['a caller entry stays', 'It rained. Furthermore, the roads flooded.', 'Furthermore', 'caller', 1],
  ])('%s', (_why, text, phrase, kind, count) => {
    const over = kind === 'caller' ? { tier: 'caller' as const } : { type: kind as Candidate['type'] };
    expect(kept(text, phrase, over)).toBe(count);
  });
});

// a span the tagger is unsure of stays only where a type cue around it agrees and no other candidate claims its words (mentions/unsure.ts)
describe('an unsure span of the tagger needs the words around it', () => {
  const unsure = { type: 'organization', unsure: true } as const;
  it.each([
    ['a company cue after it', 'Zentrova shares fell 5%.', 'Zentrova', unsure, 1],
    ['a verb of saying before a person', '“We will act,” said Pettersen.', 'Pettersen', { type: 'person', unsure: true } as const, 1],
    // must stay: no cue, or a cue of another type, drops it; a sure span needs none
    ['no cue', 'Zentrova fell 5%.', 'Zentrova', unsure, 0],
    ['a cue of another type', '“We will act,” said Pettersen.', 'Pettersen', unsure, 0],
    ['a sure span', 'Zentrova fell 5%.', 'Zentrova', { type: 'organization' } as const, 1],
  ])('%s', (_, text, phrase, over, n) => expect(kept(text, phrase, over)).toBe(n));

  it('gives way to any other candidate over its words', () => {
    const text = 'Zentrova Holdings shares fell 5%.';
    const got = resolveMentions(
      [cand(text, 'Zentrova', unsure), cand(text, 'Zentrova Holdings', { type: 'organization', tier: 'pattern' })],
      buildDocument(text),
    );
    expect(got.map((m) => `${m.text}|${!!m.unsure}`)).toEqual(['Zentrova Holdings|false']);
  });

  // a word in capitals alone in brackets after a name of two words or more is its short form, of its type
  it.each([
    [
      'after a body’s name, initials or not',
      'The Bolivarian National Armed Forces (FANB) were on alert.',
      'Bolivarian National Armed Forces',
      'organization',
      ['FANB'],
    ],
    // must stay: after a name of one word, or of another type, no cue keeps it
    ['after a name of one word', 'Officials at Zentrova (FANB) were on alert.', 'Zentrova', 'organization', []],
    ['after a name of another type', 'Troops in North Waziristan (FANB) were on alert.', 'North Waziristan', 'location', []],
  ] as const)('a short form in brackets: %s', (_, text, name, type, kept) => {
    const got = resolveMentions([cand(text, name, { type, tier: 'pattern' }), cand(text, 'FANB', unsure)], buildDocument(text));
    expect(got.filter((m) => m.text === 'FANB').map((m) => m.text)).toEqual(kept);
  });
});
