import { expectLabels, type NameRow } from './names-helpers';

// a body the bundled lexicon knows, written capitalised where the tagger found nothing (candidates/gazetteer.ts, knownBodies)
describe('a known body fills a gap the tagger left', () => {
  it.each<NameRow>([
    [
      'a company the lexicon knows, opening a sentence',
      'Microsoft and Zentrova announced a deal in Seattle.',
      ['organization:Microsoft', 'location:Seattle/city'],
      [],
    ],
    ['a body of several words', 'Analysts expect General Motors to cut jobs.', ['organization:General Motors'], []],
    // the lexicon's "&" written as "and"; must stay: two persons of one surname joined by "and"
    [
      'a company the lexicon lists with "&", written with "and"',
      'Procter and Gamble raised its forecast, and Black and Decker rose. Dustin Johnson and Zach Johnson tied.',
      ['organization:Procter and Gamble', 'organization:Black and Decker', 'person:Dustin Johnson', 'person:Zach Johnson'],
      ['organization:Johnson and Zach Johnson', 'organization:Johnson and Zach'],
    ],
    // companies and charities of the organisations' list (lexicon/acronyms.ts); must stay: a name the list leaves out for being a person's too
    [
      'a listed company or charity is a body wherever it stands',
      'Huawei denied the claims. Human Rights Watch and Amnesty International criticised the law. Shares of Goldman Sachs and Morgan Stanley fell, said Citibank analyst Jane Doe. Fast Retailing, which owns Uniqlo, said profits rose.',
      [
        'organization:Huawei',
        'organization:Human Rights Watch',
        'organization:Amnesty International',
        'organization:Morgan Stanley',
        'organization:Citibank',
        'organization:Fast Retailing',
        'organization:Uniqlo',
        'person:Jane Doe',
      ],
      ['organization:Human Rights Watch and Amnesty International', 'person:Morgan Stanley', 'location:Uniqlo', 'person:Fast Retailing'],
    ],
    // the agency's initials alone, where the tagger sees a capitalised word after "by"; a dateline's agency speaks no statement (test/quotes-reported.test.ts)
    ['a news agency’s initials are a body', 'The figures were reported by AP on Monday.', ['organization:AP'], ['location:AP']],
    // a government's, a department's, a ministry's acronym with a lowercase "of" (candidates/bodies.ts); must stay: a memorandum, a centre of mass
    [
      'a state’s acronym written with its “of” is a body',
      'Aid agencies urged the GoI to open the crossings. The MoH reported 12 deaths, and DoD officials declined to comment. Both sides signed an MoU. The CoM moved forward.',
      ['organization:GoI', 'organization:MoH', 'organization:DoD'],
      ['organization:MoU', 'organization:CoM', 'location:GoI', 'person:MoH'],
    ],
    [
      'a person the list does not know stays one',
      'Nikola Tesla was born in Smiljan. Tesla later moved to New York.',
      ['person:Nikola Tesla'],
      ['organization:Tesla'],
    ],
    [
      'a lone capitalised word joined by “and” to a known body is a body',
      'Apple and Google removed the app. Shares of Microsoft and Tesla rose.',
      ['organization:Apple', 'organization:Google', 'organization:Microsoft', 'organization:Tesla'],
      [],
    ],
    // must stay: a people's word, a known place, a word of a longer name beside the body
    [
      'a people’s word, a place or a longer name beside a known body stays as it was',
      'Mr. Kamp praised German and NATO efforts. Paris and Google signed a pact.',
      ['location:Paris/city'],
      ['organization:German', 'organization:Paris'],
    ],
    ['bodies after a preposition', 'He posted it to YouTube and GitHub.', ['organization:YouTube', 'organization:GitHub'], []],
    [
      'an armed group named like a state is an organisation, and its acronym the same one',
      'Kurdish fighters pushed Islamic State out of Raqqa. Islamic State claimed the attack, and ISIS fighters fled. The Muslim Brotherhood said it would boycott the vote.',
      ['organization:Islamic State', 'organization:Muslim Brotherhood', 'location:Raqqa'],
      ['location:Islamic State', 'organization:ISIS', 'person:Muslim Brotherhood'],
    ],
    [
      'a known body written with a hyphen, or opening a sentence in capitals, is found whole',
      'Al-Shabaab claimed the attack. Officials blamed al-Qaeda, and the Taliban denied any part in it.',
      ['organization:Al-Shabaab', 'organization:al-Qaeda', 'organization:Taliban'],
      ['person:Taliban'],
    ],
    [
      'a body the tagger reads as a title or a person before its last word is found whole',
      'Ukraine’s General Staff said on Monday that Iran’s Revolutionary Guards had sent drones.',
      ['organization:General Staff', 'organization:Revolutionary Guards'],
      ['person:Staff', 'person:Guards'],
    ],
    [
      'a joint command after a possessive is found whole',
      'South Korea’s Joint Chiefs of Staff said the North fired two missiles on Tuesday.',
      ['organization:Joint Chiefs of Staff', 'location:South Korea'],
      ['person:Joint Chiefs', 'location:Staff'],
    ],
    // sports leagues and the press (lexicon/acronyms.ts); must stay: "Economist" as a title before a name, a day then a sentence
    [
      'a sports league or a newspaper the lexicon knows is a body',
      'In NCAA history he was the first. Major League Baseball fined the club, and MLB said the game would go ahead. ESPN and the Chicago Tribune reported it, as did the Sunday Times.',
      ['organization:NCAA', 'organization:Major League Baseball', 'organization:ESPN', 'organization:Sunday Times'],
      ['location:NCAA', 'organization:MLB', 'person:ESPN'],
    ],
    [
      'a title like a newspaper’s word stays a title',
      'Economist Joel Naroff said rates would rise. It rained on Sunday. Times were hard.',
      ['person:Joel Naroff'],
      ['organization:Economist', 'organization:Sunday Times', 'person:Economist'],
    ],
    ['the Fed alone is the Federal Reserve', 'The Fed holds rates steady as inflation cools.', ['organization:Fed'], ['location:Fed', 'person:Fed']],
    [
      'armed groups of the wars in Syria and Iraq, as reports name them',
      'In southern Idlib, the Hay’at Tahrir al-Sham group attacked the town. The White Helmets said Jaish al-Islam shelled it.',
      ['organization:Hay’at Tahrir al-Sham', 'organization:Jaish al-Islam', 'organization:White Helmets'],
      ['location:al-Sham', 'organization:al-Sham'],
    ],
    [
      'the United Nations’ agencies and other international bodies by their acronyms',
      'OCHA chaired a meeting in Amman. Officials from IOM and UNDP met on Tuesday, and Caritas sent food.',
      ['organization:OCHA', 'organization:IOM', 'organization:UNDP', 'organization:Caritas'],
      ['person:Caritas', 'location:Caritas'],
    ],
    [
      'parliaments named in their own language, and Islamic State by its Arabic acronym',
      'The BJP won 240 seats in the Lok Sabha. The Sejm passed the bill. Daesh claimed the attack in Raqqa.',
      ['organization:Lok Sabha', 'organization:Sejm'],
      ['location:Lok Sabha', 'person:Sejm', 'person:Daesh', 'location:Daesh'],
    ],
    // Britain's parties, one of them past the end of a run the tagger made of two
    [
      'Britain’s parties as its news names them',
      'Labour had inherited a black hole from the Tories. The Liberal Democrats and Reform UK both called for the cut to be reversed.',
      ['organization:Tories', 'organization:Liberal Democrats', 'organization:Reform UK'],
      ['organization:Liberal Democrats and Reform', 'location:UK'],
    ],
    // a research body by its head
    [
      'a laboratory is a body',
      'Researchers at NASA’s Jet Propulsion Laboratory used satellite data.',
      ['organization:Jet Propulsion Laboratory'],
      ['person:Jet Propulsion Laboratory'],
    ],
    // a newspaper named by its name's last word after "the"
    [
      'a newspaper by the last word of its name',
      'I was doing the Times crossword. This was a piece the Times quoted once. He told the Post on Monday.',
      ['organization:Times', 'organization:Post'],
      ['location:Times', 'location:Post'],
    ],
    // universities named by a short name are bodies; must stay: a university city
    [
      'a university by its short name',
      'Chao went to the United States to teach at Harvard, and later at Tsinghua. She was accepted at Wesleyan. He studied in Cambridge.',
      ['organization:Harvard', 'organization:Tsinghua', 'organization:Wesleyan', 'location:Cambridge/city'],
      ['location:Harvard', 'location:Tsinghua', 'location:Wesleyan'],
    ],
    // a company's written legal form closes its name: an "and" after it joins two
    [
      'two companies joined after a legal form',
      'General Electric, JPMorgan Chase & Co and Zentrova Mobil Corp also gained.',
      ['organization:JPMorgan Chase & Co', 'organization:Zentrova Mobil Corp'],
      ['organization:JPMorgan Chase & Co and Zentrova Mobil Corp'],
    ],
    // must stay: a general of that surname is a person
    [
      'a title before a surname Staff stays a person’s',
      'Brig. Gen. Mark Staff said the drones came at night.',
      ['person:Mark Staff'],
      ['organization:Mark Staff'],
    ],
    // must stay: a known body's words are no body when they are another name's (a given name "Al")
    ['a given name that opens a known body’s name is a person’s', 'Al Gore met officials in Nashville.', ['person:Al Gore'], ['organization:Al Gore']],
    // must stay: a state's name with another first word is a place
    [
      'a state’s name is no armed group',
      'Voters in the Free State of Bavaria and in Washington State went to the polls.',
      [],
      ['organization:Free State', 'organization:Washington State'],
    ],
    // must stay: a word the lexicon also knows as a surname is no body by that alone; lowercase is no name in a text that
    // capitalises its sentences (one written all in lowercase names its bodies so: candidates/gazetteer.ts lowercaseBodies)
    ['a surname that is also a company’s name is not made a company', 'Harrison Ford met the director.', ['person:Harrison Ford'], ['organization:Ford']],
    [
      'a body’s name in lowercase names nothing in a cased text',
      'We opened microsoft word and typed.',
      [],
      ['organization:microsoft', 'organization:Microsoft'],
    ],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));
});

// candidates/acronym-defined.ts: capitals in brackets that the words before them spell define a body's name
describe('a name its acronym defines is a body', () => {
  it.each<NameRow>([
    [
      'a body the tagger missed, defined by its acronym',
      "On 12 March, the Syrian Observatory for Human Rights (SOHR) reported that airstrikes hit Ma'arrat al-Nu'man in southern Idlib governorate.",
      ['organization:Syrian Observatory for Human Rights'],
      // the acronym is the same body's, no second one
      ['organization:SOHR'],
    ],
    [
      'a body the tagger read as a person, its acronym after it',
      'Iraqi Security Forces (ISF) entered west Mosul. Popular Mobilization Units (PMU) moved into Ninewa governorate.',
      ['organization:Popular Mobilization Units'],
      ['person:Popular Mobilization Units', 'organization:PMU'],
    ],
    // a source began the name past its first words; an Arabic article hyphened on gives no letter
    [
      'a name its acronym defines, read back to its first word, joins the acronym',
      "Hay'at Tahrir al-Sham (HTS) fighters withdrew from Khan Shaykhun. HTS denied it.",
      ["organization:Hay'at Tahrir al-Sham"],
      ['location:Tahrir al-Sham', "location:Hay'at Tahrir al-Sham", 'organization:HTS'],
    ],
    // an acronym inside the name gives its letters, or none past the first word
    [
      'an acronym inside the name its acronym defines',
      'The Office of the UN High Commissioner for Human Rights (OHCHR) said civilians fled.',
      ['organization:Office of the UN High Commissioner for Human Rights'],
      ['organization:Office'],
    ],
    // a country's name last makes the name a body's, as a country's word first does
    [
      'a name ending in a country’s, its acronym after it',
      'The Tehrik-i-Taliban Pakistan (TTP) claimed the attack. Later the TTP denied it.',
      ['organization:Tehrik-i-Taliban Pakistan'],
      ['person:Taliban Pakistan', 'organization:TTP'],
    ],
    // an acronym in brackets its name before does not spell, a translated name's, is a body's all the same
    [
      'an acronym in brackets after a translated name',
      'The far-right Alternative for Germany (AfD) came second. The AfD wants tighter borders.',
      ['organization:AfD'],
      ['location:AfD'],
    ],
    // must stay: a country's code, a term its words spell, a results table's club
    [
      'no body in a country’s code, a spelled term or a table’s bracket',
      'Lance Armstrong (USA) won. Creutzfeldt-Jakob Disease (CJD) spread.\nMladost (BJ) 4 0 1 3 2 10 1',
      [],
      ['organization:USA', 'organization:CJD', 'organization:BJ'],
    ],
    // must stay: a person known by initials, and a term in capitals with its acronym, are no bodies
    [
      'a person’s initials and a term’s acronym define no body',
      'Alexandria Ocasio-Cortez (AOC) spoke in Queens. The Comprehensive Test Ban Treaty (CTBT) was signed in 1996.',
      ['person:Alexandria Ocasio-Cortez'],
      ['organization:Alexandria Ocasio-Cortez', 'organization:Comprehensive Test Ban Treaty'],
    ],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));
});

// an Arabic body's head noun opening a name (lexicon/organizations.ts opensBodyName; the body-opener pattern and evidence)
describe('an armed group or party named by its Arabic head noun', () => {
  it.each<NameRow>([
    [
      'a name opened by an Arabic body’s head noun is a body',
      "In Iraq, Kata'ib Hezbollah, Asa'ib Ahl al-Haq and Harakat al-Nujaba fired rockets, while Saraya al-Salam and Liwa al-Quds stayed out. Jaysh al-Islam left.",
      [
        "organization:Kata'ib Hezbollah",
        "organization:Asa'ib Ahl al-Haq",
        'organization:Harakat al-Nujaba',
        'organization:Saraya al-Salam',
        'organization:Liwa al-Quds',
        'organization:Jaysh al-Islam',
      ],
      ["person:Kata'ib Hezbollah", 'location:Liwa al-Quds', 'location:Jaysh al-Islam', 'location:Saraya al-Salam'],
    ],
    // must stay: a head noun before an English word names a place ("Liwa Oasis"), and alone it opens nothing
    [
      'no body before an English word or alone',
      'Tourists visit Liwa Oasis every winter. The Saraya said nothing.',
      [],
      ['organization:Liwa Oasis', 'organization:Saraya'],
    ],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));
});
