import { expectLabels, type NameRow } from './names-helpers';

// datelines (candidates/datelines.ts) and names in capitals shown in their normal case (entities/index.ts)
describe('a dateline’s place is a location in its normal case', () => {
  it.each<NameRow>([
    [
      'an AP dateline with its country',
      'KYIV, Ukraine (AP) — Russian drones struck Kyiv overnight, officials said.',
      ['location:Kyiv/city', 'location:Ukraine/country'],
      ['location:KYIV', 'organization:KYIV'],
    ],
    [
      'a Reuters dateline',
      'MILAN (Reuters) - Italian bank UniCredit said on Tuesday profits rose.',
      ['location:Milan/city'],
      ['location:MILAN', 'organization:MILAN', 'organization:Milan'],
    ],
    [
      'a wire date after the place',
      'SOCCER - BARATELLI TO COACH NICE.\nNICE, France 1996-08-30\nFormer international goalkeeper Jean-Luc Baratelli will coach the club.',
      ['location:Nice'],
      ['location:NICE'],
    ],
    [
      'a paper’s dateline, ended by a dash',
      'WASHINGTON — The Senate voted on Tuesday to fund the government.',
      ['location:Washington'],
      ['location:WASHINGTON'],
    ],
    ['a dateline ended by a horizontal bar, as one site writes it', 'BOSTON \u2015 The mayor spoke on Tuesday.', ['location:Boston'], ['location:BOSTON']],
    [
      'two places a slash joins, the first the dateline’s',
      'KHARTOUM/PORT SUDAN, Sudan (Reuters) - The army shelled El Fasher on Saturday, according to local activists.',
      ['location:Khartoum/city', 'location:Sudan/country', 'organization:Reuters'],
      ['location:KHARTOUM', 'location:KHARTOUM/PORT SUDAN'],
    ],
    [
      'a town with its state before the dash',
      'SPRINGFIELD, Ill. — The governor signed the budget on Friday.',
      ['location:Springfield'],
      ['location:SPRINGFIELD'],
    ],
    [
      'a Reuters dateline with the day after the place',
      'NEW YORK, May 3 (Reuters) - Wall Street stocks fell on Monday.',
      ['location:New York'],
      ['location:NEW YORK', 'location:May'],
    ],
    [
      'a month’s short form before its day is a date, in the dateline or opening the story',
      'PARIS, Dec 5 (Reuters) - French President Emmanuel Macron spoke. Dec 5 (Reuters) - Tesla Inc said prices would rise on 7 Dec.',
      ['location:Paris', 'person:Emmanuel Macron', 'organization:Tesla Inc'],
      ['person:Dec', 'organization:Dec', 'location:Dec'],
    ],
    [
      'a month and its day left after a sentence’s opening participle are a date',
      'Jerome Siegel lived a long life. Born May 24, 1917, to Henry and Sophie Siegel, he grew up in Brooklyn. Since June 16, he has campaigned.',
      ['location:Brooklyn'],
      ['person:May 24', 'person:Born May 24', 'person:June 16'],
    ],
    // must stay: names that hold a month's word, beside a day
    [
      'a name holding a month’s word stays a name beside a day',
      'Prime Minister Theresa May met reporters on Dec 5, and again on May 6.',
      ['person:Theresa May'],
      ['person:Dec', 'person:May'],
    ],
    // a month and its day close a known place's dateline, whatever follows them (agencies write it
    // with a full stop and the agency in slashes, with a colon, or after the place's region)
    [
      'a known place, a month and its day, then a full stop',
      'MOSCOW, December 3. /TASS/. Kremlin spokesman Dmitry Peskov said Russia was ready for talks.',
      ['location:Moscow/city', 'person:Dmitry Peskov'],
      ['location:MOSCOW'],
    ],
    [
      'a known place, a month and its day, then a colon',
      'NEW DELHI, Dec 3: Prime Minister Narendra Modi spoke.',
      ['location:New Delhi/city'],
      ['location:NEW DELHI'],
    ],
    [
      'a known place, its region, a month and its day',
      'CAMBRIDGE, Mass., Dec. 11 (UPI) — Young voters are gravitating toward Sanders.',
      ['location:Cambridge/city'],
      ['location:CAMBRIDGE'],
    ],
    // the agency in a dateline's brackets is a body, known to the lexicon or not
    [
      'a dateline’s agency the lexicon does not know',
      'ANKARA (AA) - Turkish officials said on Monday that talks would resume.',
      ['organization:AA', 'location:Ankara/city'],
      ['location:AA'],
    ],
    [
      'a dateline’s agency of one word',
      'BEIJING (Xinhua) -- China said on Monday it would cut tariffs.',
      ['organization:Xinhua', 'location:Beijing/city'],
      ['person:Xinhua'],
    ],
    // agencies that translate their wire write the place in title case: read where it opens a paragraph and is known
    [
      'a dateline in title case, its agency closed by a dash',
      'Tehran (IRNA) - The spokesman of the Foreign Ministry, Nasser Kanaani, condemned the attack.',
      ['location:Tehran', 'organization:IRNA'],
      ['organization:Tehran'],
    ],
    [
      'a dateline in title case with its day and agency',
      'Seoul, Jan 5 (Yonhap) -- North Korea fired more than 200 artillery shells, the military said.',
      ['location:Seoul', 'organization:Yonhap'],
      ['person:Yonhap', 'location:Yonhap'],
    ],
    // an interview's turn labels: a known place's name that the article writes after a given name is a speaker's
    // surname before a colon, in title case or in capitals; must stay: a known place's label with no such person
    [
      'a label before a colon that is a surname in the article is no place',
      'Anne Hidalgo has been mayor since 2014.\n\nQ: Was it worth it?\n\nHidalgo: Absolutely.\n\nHIDALGO: I answer to voters.\n\nMumbai: Virat Kohli hit a century.',
      ['person:Anne Hidalgo', 'location:Mumbai/city'],
      ['location:Hidalgo', 'location:HIDALGO'],
    ],
    // must stay: a results table's lines in title case are no datelines
    [
      'a ground in brackets after its town, a colon after it',
      'Sussex 285-6 v Lancashire\nLeeds (Headingley): Yorkshire 290 (C. White 76)',
      [],
      ['organization:Headingley', 'location:Leeds'],
    ],
    ['a team before a dash and its scorer', 'Scorers:\nBarcelona - Ronaldo (5th and 89th minutes)', [], ['location:Barcelona']],
    // must stay: words in brackets after capitals inside a sentence name no agency
    ['brackets inside a sentence', 'The vote in KANSAS (Topeka) was close.', [], ['organization:Topeka']],
    // must stay: capitals and a date that name no known place
    ['a heading in capitals before a date', 'EXCLUSIVE, December 3: The Senate voted.', ['organization:Senate'], ['location:Exclusive', 'location:EXCLUSIVE']],
    // the lexicon's cities count, not only the bundled list's larger ones
    [
      'a paper’s dateline, a city the lexicon knows',
      'GENEVA — The agency on Friday declared a global health emergency.',
      ['location:Geneva'],
      ['organization:GENEVA', 'location:GENEVA'],
    ],
    ['a heading that is no place before a dash', 'UPDATE — The agency on Friday declared an emergency.', [], ['location:Update', 'location:UPDATE']],
    // must stay: an acronym in capitals is no dateline and keeps its case
    [
      'an acronym keeps its capitals',
      'WASHINGTON (AP) — NATO said on Monday it would send more troops.',
      ['location:Washington', 'organization:NATO'],
      ['organization:Nato'],
    ],
    // must stay: a heading in capitals before a dash names no place, nor a dash inside a paragraph
    ['a heading before a dash', 'BREAKING — The Senate voted on Tuesday to fund the government.', [], ['location:Breaking', 'location:BREAKING']],
    ['capitals before a dash inside a paragraph', 'The vote came late. ALERT — the Senate voted again.', [], ['location:Alert', 'location:ALERT']],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));
});
