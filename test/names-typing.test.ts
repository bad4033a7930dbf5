import { expectLabels, type NameRow } from './names-helpers';

// one type per name, the one the strongest evidence across its mentions supports (mentions/reconcile.ts)
describe('an entity takes the type its strongest evidence gives', () => {
  it.each<NameRow>([
    [
      'a verb of saying before a surname makes it a person',
      'Pettersen arrived in Oslo late. “We will act,” said Pettersen. Pettersen then left.',
      ['person:Pettersen'],
      ['location:Pettersen', 'organization:Pettersen'],
    ],
    // who polls is a body (lexicon/type-cues.ts `pollster`), a town's namesake too; must stay: a state or a country polled
    [
      'the name before `poll` or after `poll by` is a pollster',
      'A new poll from Gallup found 40 percent approve. A Rasmussen survey agreed. An Iowa poll showed Cruz ahead.',
      ['organization:Gallup', 'organization:Rasmussen', 'location:Iowa'],
      ['location:Gallup', 'person:Rasmussen', 'organization:Iowa'],
    ],
    // kin set off by a comma before a given name (lexicon/type-cues.ts `kin-appositive`); must stay: a known place after it
    [
      'a given name set off after a word of kin is a person',
      "Trump's wife, Melania, delivered a speech. His son, Barron, stayed home in New York.",
      ['person:Melania', 'person:Barron', 'location:New York'],
      ['location:Melania', 'location:Barron'],
    ],
    // a middle initial before a body's head word makes it a family name (candidates/bodies.ts headed-body, mentions/evidence.ts
    // endsInBodyHead); must stay: a body's head after a family name
    [
      'a body head after a middle initial is a family name',
      'Clinton aide Douglas J. Band said the fund was fine. The Andy Warhol Foundation agreed.',
      ['person:Douglas J. Band', 'organization:Andy Warhol Foundation'],
      ['organization:Douglas J. Band'],
    ],
    // the indefinite article opening a sentence before a known place is no given name (mentions/trim.ts articleBeforePlace)
    [
      'an article before a known place opening a sentence leaves the place',
      'Voters agreed. An Iowa man won the lottery.',
      ['location:Iowa'],
      ['person:An Iowa', 'person:Iowa'],
    ],
    // a member of a parliament's seat (lexicon/type-cues.ts `constituency`); must stay: the office's portfolio before a person's name
    [
      'the name after `MP for` is the seat, a place',
      'The MP for Bath visited the museum. The Minister for Finance Ousmane Kaba spoke.',
      ['location:Bath', 'person:Ousmane Kaba'],
      ['person:Bath'],
    ],
    // must stay: a country after the verb is what is said of, not who says it
    [
      'a country after a verb of saying stays a place',
      'BEIJING, Nov. 12 (Xinhua) -- Xi said China and Vietnam are good neighbors, good friends and good partners.',
      ['location:China/country', 'location:Vietnam/country'],
      ['person:China'],
    ],
    // a short excerpt's first word, which the tagger reads as the sentence's capital (candidates/unknown-openers.ts); must stay: common words there
    [
      'a word no lexicon knows opening a sentence before a verb of saying is a person',
      'Zelenskyy said Ukraine would not give up territory. Officials said the talks failed. Everything is possible.',
      ['person:Zelenskyy', 'location:Ukraine/country'],
      ['location:Zelenskyy', 'person:Officials', 'person:Everything'],
    ],
    // must stay: a country whose name ends so (document/wink.ts englishPlural)
    [
      'a -men plural of an English -man noun opening a sentence is a common noun',
      'Gunmen attacked the village, witnesses said. Policemen arrived later. Yemen said it would investigate.',
      ['location:Yemen/country'],
      ['person:Gunmen', 'person:Policemen'],
    ],
    // must stay: a country the lexicon knows, so opening (candidates/unknown-openers.ts)
    [
      'a surname the lexicon knows opening a sentence before a verb of saying is a person',
      'Obama said the plan would fail. Putin told reporters the war would end. Jordan said it would act.',
      ['person:Obama', 'person:Putin', 'location:Jordan/country'],
      ['person:Jordan'],
    ],
    // must stay: a plural and a place the lexicon knows, so opening (candidates/unknown-openers.ts opensBeforeCue)
    [
      'a word no lexicon knows opening a sentence before its possessive, a verb or an appositive is a person',
      'Yeltsin’s press office could not confirm it. Stottlemyre, who turned pro on Tuesday, won again. Edberg is starting to feel good. Sletten, a caretaker, was hurt. Critics, who spoke on Monday, disagreed. Kherson, the regional capital, was shelled.',
      ['person:Yeltsin', 'person:Stottlemyre', 'person:Edberg', 'person:Sletten', 'location:Kherson/city'],
      ['person:Critics', 'person:Kherson'],
    ],
    // must stay: a known place so described ("the regional capital" is no office; "the chair" of a country's presidency)
    [
      'an office in the appositive after a name makes its holder a person',
      'The deal was signed by Habeck, the economy minister. Erdogan met Raisi, the Iranian president, in Tehran. Kherson, the regional capital, was shelled. France, the chair of the council, objected.',
      ['person:Habeck', 'person:Raisi', 'location:Kherson/city', 'location:France/country'],
      ['location:Habeck', 'organization:Raisi', 'location:Raisi', 'person:Kherson', 'person:France'],
    ],
    // must stay: a city's market, a place the lexicon knows as nothing else
    [
      'a company cue types a name the lexicon knows as a city and a company alike',
      'Berkshire Hathaway bought a stake in Toyota. Tokyo shares fell.',
      ['organization:Toyota', 'location:Tokyo/city'],
      ['location:Toyota', 'organization:Tokyo'],
    ],
    // must stay: a known place so joined stays a place (candidates/bodies.ts pairedWithBody)
    [
      'a word joined by "and" to a known company is a company, though the tagger reads it a place',
      'Google and Paris signed a deal. Huawei and Tesla cut prices.',
      ['organization:Huawei', 'organization:Tesla', 'location:Paris/city'],
      ['location:Tesla', 'organization:Paris'],
    ],
    // must stay: a person whose surname looks plural after a city's name, a place's own plural head
    // must stay: a country so named is a place, an acronym a body
    [
      'a verb done to a person before a name makes it a person',
      'Erdogan met Raisi in Ankara. Zelensky thanked Macron for the aid. The minister urged Pakistan to act and praised NATO.',
      ['person:Raisi', 'person:Macron', 'location:Pakistan/country', 'organization:NATO'],
      ['organization:Raisi', 'location:Macron', 'person:Pakistan', 'person:NATO'],
    ],
    // must stay: an acronym so placed is a body's
    [
      'where something lies before a name makes it a place',
      'Fighters attacked positions near Khan Younis and north of Arbil. Protesters gathered outside KPA offices.',
      ['location:Khan Younis', 'location:Arbil'],
      ['person:Khan Younis', 'location:KPA'],
    ],
    [
      'where someone went or came from is a place',
      "Hay'at Tahrir al-Sham fighters withdrew from Khan Shaykhun. Families fled to Kafr Nabl on Monday.",
      ['location:Khan Shaykhun', 'location:Kafr Nabl'],
      ['person:Khan Shaykhun', 'person:Kafr Nabl'],
    ],
    [
      'where people were displaced from is a place',
      'An estimated 35,000 people have been displaced from Tell Rifaat.',
      ['location:Tell Rifaat'],
      ['organization:Tell Rifaat'],
    ],
    [
      'a compass adjective in lowercase before a name marks a place',
      'Shelling in southern Idleb and northern Hama killed 14 civilians.',
      ['location:Idleb', 'location:Hama'],
      ['organization:Hama'],
    ],
    // an office's head, `of` or `for` and its portfolio before a name (candidates/patterns.ts office-of-name, mentions/titled.ts splitRun)
    [
      'the name after an office’s portfolio is a person',
      'Boris Johnson met US Secretary of State Rex Tillerson in London. Minister of Defence Zorban Quillet spoke. Minister for Health Zorba Quillon left.',
      ['person:Rex Tillerson', 'person:Zorban Quillet', 'person:Zorba Quillon'],
      ['organization:State Rex Tillerson', 'location:Tillerson', 'organization:Defence Zorban Quillet'],
    ],
    // `to` and `in` join an office to its place too; a portfolio that is a known place ends where the place does, and an
    // office the tagger read as a name of its own gives way to the person it titles (mentions/titled.ts beforeOffice)
    [
      'the name after an office’s `to` or `in` and its place is a person',
      'UNICEF Representative in Iraq Sheema Sen Gupta visited the camp. US Ambassador to the UN Linda Thomas-Greenfield spoke. WFP Country Director in Syria Kenn Crossley left.',
      [
        'person:Sheema Sen Gupta',
        'person:Linda Thomas-Greenfield',
        'person:Kenn Crossley',
        'organization:UNICEF',
        'location:Iraq',
        'location:US',
        'organization:UN',
        'organization:WFP',
      ],
      [
        'person:Representative',
        'person:US Ambassador',
        'organization:UNICEF Representative',
        'location:Iraq Sheema Sen Gupta',
        'organization:WFP Country Director',
        'location:Syria Kenn Crossley',
      ],
    ],
    // a minister by their seat in the cabinet; must stay: the cabinet and its office as bodies
    [
      'a cabinet secretary’s title is no part of the name',
      'Ruto retained Prime Cabinet Secretary Musalia Mudavadi. Cabinet Secretary Kithure Kindiki spoke. The Cabinet Office said no.',
      ['person:Kithure Kindiki', 'organization:Cabinet Office'],
      ['person:Cabinet Secretary Kithure Kindiki', 'person:Cabinet Secretary Musalia Mudavadi'],
    ],
    // a known place before a title the tagger ran into a name is where the office is held, a place of its own
    [
      'a place before a title and a name',
      'Kyiv Mayor Vitali Klitschko said two people were hurt. London Mayor Sadiq Khan agreed.',
      ['person:Vitali Klitschko', 'person:Sadiq Khan', 'location:Kyiv', 'location:London'],
      ['organization:Kyiv Mayor', 'organization:London Mayor'],
    ],
    // a span ending in an office's portfolio right before its head, which titles the person named next: the portfolio is the
    // title's; must stay: a body's name before a head
    [
      'a portfolio the tagger read as a body before an office’s head and a name',
      'U.S. Treasury Secretary Janet Yellen said the economy was strong. Homeland Security Secretary Alejandro Mayorkas agreed. Bank of England Governor Andrew Bailey did not.',
      ['location:U.S./country', 'person:Janet Yellen', 'person:Alejandro Mayorkas', 'organization:Bank of England', 'person:Andrew Bailey'],
      ['organization:U.S. Treasury', 'organization:Homeland Security'],
    ],
    // the tagger's span may end before the office's head, on a word opening it: the body before that word stays
    [
      'a body before the office’s opening word',
      'UN Special Envoy for Syria Geir Pedersen said talks would resume.',
      ['person:Geir Pedersen', 'organization:UN', 'location:Syria'],
      ['organization:UN Special', 'organization:Special'],
    ],
    // a name ending in a site's head no person's name ends in is a place, where the tagger read a person
    [
      'a palace or a square a person’s reading gave way to',
      "Bayramov is expected to visit Istanbul's Dolmabahce Palace and meet President Recep Tayyip Erdogan on Tuesday.",
      ['location:Dolmabahce Palace'],
      ['person:Dolmabahce Palace'],
    ],
    // must stay: a portfolio's words and no name, a body's name before a noun, a company's hyphened name
    [
      'no person after an office’s portfolio of common words, before a noun, or of a hyphened name',
      'She was Professor of East Asian Studies and Music. The Director of the National Zorbine Nutrition study spoke. The CEO of Zorb-Quill added more.',
      [],
      ['person:Asian Studies', 'person:Zorbine Nutrition', 'person:Zorb-Quill', 'person:Quill'],
    ],
    // must stay: after an article the adjective may open a people's word or a common noun's phrase
    ['an adjective after its article leaves the name to others', 'Growers in the eastern Prairie expect rain.', [], ['location:Prairie']],
    [
      'a known city’s whole name of two words is no person',
      'Airstrikes hit Khan Shaykhun and Saraqib on Monday, monitors said.',
      ['location:Khan Shaykhun/city'],
      ['person:Khan Shaykhun'],
    ],
    // must stay: a person whose given name and surname are each a city's
    ['a person named like two cities stays a person', 'Regina Jacobs won the race in Tulsa.', ['person:Regina Jacobs'], ['location:Regina Jacobs']],
    [
      'a name met once that speaks is no place',
      'Trade unions and parliament and Sharetsky said the current parliament was legal.',
      ['person:Sharetsky'],
      ['location:Sharetsky'],
    ],
    // a person's reading an acronym defines, with no person's name among its words and a common noun last, is a body's;
    // must stay: a person's name so defined
    [
      'a name its acronym defines with a common noun last is a body',
      'Inter-Services Intelligence (ISI) officials denied it. Alexandria Ocasio-Cortez (AOC) tweeted.',
      ['organization:Inter-Services Intelligence', 'person:Alexandria Ocasio-Cortez'],
      ['person:Inter-Services Intelligence', 'organization:Alexandria Ocasio-Cortez'],
    ],
    // a name after a place's preposition before the verb is where the speakers are
    [
      'a name after `in` before a verb of saying stays a place',
      'Humanitarian partners in Al-Hasakeh reported that 1,200 people arrived.',
      ['location:Al-Hasakeh'],
      ['person:Al-Hasakeh'],
    ],
    // must stay: a known place that speaks for its government
    ['a capital that speaks stays a place', 'Washington said it would respond.', ['location:Washington/city'], ['person:Washington']],
    // must stay: a bank's governor names the bank
    [
      'a state before its governor stays a place',
      'Texas governor Greg Abbott spoke. Bundesbank governor Jens Weidmann replied.',
      ['location:Texas/region', 'organization:Bundesbank', 'person:Greg Abbott'],
      ['organization:Texas'],
    ],
    // must stay: a given name after "in" with no possessive is a place
    [
      'a name after in, owning what follows, is no place',
      'Obama met Biden. Biden served in Obama’s cabinet. She moved to a farm in Brittany.',
      ['person:Obama', 'location:Brittany'],
      ['location:Obama'],
    ],
    [
      'news outlets the list knows are bodies',
      'Turnout fell, according to Politico. Univision and Telemundo broadcast the debate.',
      ['organization:Politico', 'organization:Univision', 'organization:Telemundo'],
      ['location:Politico', 'location:Univision'],
    ],
    [
      'advocacy groups and pollsters political news cites are bodies',
      'Kaine opposed defunding Planned Parenthood. The ACLU and the NAACP sued, a Quinnipiac poll found, and Americans for Prosperity paid for ads.',
      ['organization:Planned Parenthood', 'organization:ACLU', 'organization:NAACP', 'organization:Quinnipiac', 'organization:Americans for Prosperity'],
      ['person:Planned Parenthood', 'location:Planned Parenthood', 'person:Americans', 'location:Quinnipiac'],
    ],
    [
      'a city’s name before a plural is a club',
      'The Boston Bruins beat the Sacramento River Cats. Regina Jacobs won. Miri Forbes wrote about Victoria Falls and the Golan Heights.',
      ['organization:Boston Bruins', 'organization:Sacramento River Cats', 'person:Regina Jacobs', 'person:Miri Forbes'],
      [
        'location:Boston Bruins',
        'location:Sacramento River Cats',
        'organization:Regina Jacobs',
        'organization:Miri Forbes',
        'organization:Victoria Falls',
        'organization:Golan Heights',
      ],
    ],
    [
      'a city’s name before a paper’s head is a newspaper',
      'The Orlando Sentinel said the mayor resigned. The Fort Worth Star-Telegram and the San Francisco Bulletin agreed.',
      ['organization:Orlando Sentinel', 'organization:Fort Worth Star-Telegram', 'organization:San Francisco Bulletin'],
      ['location:Orlando Sentinel', 'location:Fort Worth Star-Telegram', 'location:San Francisco Bulletin'],
    ],
    [
      'a city’s name before `Independent`, a paper’s head too',
      'According to the Kyiv Independent, troops advanced.',
      ['organization:Kyiv Independent'],
      ['location:Kyiv Independent'],
    ],
    [
      'an honorific outweighs the tagger’s guesses elsewhere',
      'Ms. Gillard told parliament the bill would pass. Gillard later visited Canberra. “It is done,” Gillard said.',
      ['person:Gillard', 'location:Canberra/city'],
      ['location:Gillard'],
    ],
    [
      'shares and a chief executive make a company, whatever its first mention looked like',
      'Shares of Zentrova rose 4% on Tuesday. Zentrova Inc. said profit doubled. Anna Berg, chief executive of Zentrova, said demand was strong.',
      ['organization:Zentrova', 'person:Anna Berg'],
      ['location:Zentrova', 'person:Zentrova', 'organization:Zentrova Inc.'],
    ],
    [
      'a European company’s legal form closing its name makes a company',
      'Pfizer Inc and German partner BioNTech SE said the vaccine worked. Shares of Harvik Oyj fell, while Lundgren ASA rose.',
      ['organization:BioNTech SE', 'organization:Harvik Oyj', 'organization:Lundgren ASA'],
      ['person:BioNTech SE', 'person:Harvik Oyj', 'person:Lundgren ASA'],
    ],
    // a company's line of business closing its name; must stay: a place with a business word inside it
    [
      'a line of business closing a name makes a company',
      'The launch could intensify competition with Anthropic and Meta Platforms. Duke Energy said power was restored in Durham.',
      ['organization:Meta Platforms', 'organization:Duke Energy', 'location:Durham/city'],
      ['person:Meta Platforms', 'person:Duke Energy'],
    ],
    [
      'a heavy industry closing a name makes a company',
      'Saudi Aramco signed a deal with China’s Rongsheng Petrochemical. Javedan Cement was sold.',
      ['organization:Rongsheng Petrochemical', 'organization:Javedan Cement'],
      ['person:Rongsheng Petrochemical', 'person:Javedan Cement'],
    ],
    // a name before the lowercase word "party" is the party's; must stay: a US party's adjective names nothing
    // an armed group's name before what kind it is (lexicon/type-cues.ts armed-group); must stay: a place before its fighters
    [
      'an armed group’s name before its kind',
      'Colombian President Gustavo Petro announced a ceasefire with the ELN guerrilla group. The Wagner mercenary group left Mali.',
      ['organization:ELN', 'organization:Wagner'],
      ['person:Wagner', 'location:ELN'],
    ],
    ['a known place before its fighters', 'Syria fighters crossed into Iraq on Monday.', ['location:Syria'], ['organization:Syria']],
    [
      'a party’s name before “party”',
      'Claudia Sheinbaum won as the candidate of the ruling Morena party. The Democratic party nominated her rival.',
      ['person:Claudia Sheinbaum', 'organization:Morena'],
      ['location:Morena', 'organization:Democratic', 'location:Democratic'],
    ],
    // a cue after the name reads past the name's acronym in brackets
    [
      'a party’s name before its acronym and the word party',
      'Imran Khan was sentenced on Tuesday, his Pakistan Tehreek-e-Insaf (PTI) party said.',
      ['organization:Pakistan Tehreek-e-Insaf'],
      ['location:Pakistan Tehreek-e-Insaf'],
    ],
    // "Research" closing a name found otherwise makes a body; must stay: a heading's "Research" names nothing
    [
      'a research firm the tagger reads as a person is a body',
      'Hindenburg Research, a short seller, disclosed a position in the company. Previous Research showed little.',
      ['organization:Hindenburg Research'],
      ['person:Hindenburg Research', 'organization:Previous Research'],
    ],
    [
      'a firm’s “Associates” closing a surname makes the firm',
      'Former U.S. Secretary of State Henry Kissinger, who shaped American foreign policy during the Cold War, died on Wednesday at his home in Kent, Connecticut, his consulting firm Kissinger Associates said.',
      ['person:Henry Kissinger', 'organization:Kissinger Associates', 'location:Kent'],
      ['person:Kissinger Associates'],
    ],
    // where someone works: the name after a role and `at` or `with`; must stay: a known place after one
    [
      'a role at a name makes its employer an organisation',
      'Jane Smith, an economist at Capital Economics, said rates would rise. Tom Reed, a researcher at Brookings, agreed. An analyst at Tokyo said so.',
      ['person:Jane Smith', 'organization:Capital Economics', 'person:Tom Reed', 'organization:Brookings', 'location:Tokyo/city'],
      ['location:Capital Economics', 'location:Brookings', 'organization:Tokyo'],
    ],
    [
      'a company that is also a city’s name is one organisation in one article',
      'Toyota said on Monday it would recall 10,000 cars. Toyota shares fell 2% in Tokyo. Toyota chief executive Koji Sato apologised.',
      ['organization:Toyota', 'location:Tokyo/city'],
      ['location:Toyota'],
    ],
    [
      'a life’s events after a name make it a person: born, died, and his',
      'Brannock Hill is a village. Brannock was born there in 1802, and Brannock died in London in 1871.\nThe Varnhold plant closed. Varnhold died in 1911.\nSebar opened in 1990. Sebar was born in Lagos, and Sebar and his brother built it.',
      ['person:Brannock', 'person:Varnhold', 'person:Sebar', 'location:London/city'],
      ['organization:Brannock', 'location:Varnhold', 'organization:Sebar'],
    ],
    [
      'a subject’s own pronoun a few words on makes it a person, however often the tagger guessed a place',
      'Harwick received his early education at home. Later Harwick fell in love with Mary Lane. Harwick wrote poems.',
      ['person:Harwick', 'person:Mary Lane'],
      ['location:Harwick'],
    ],
    [
      'a name opening a sentence after a heading is its clause’s subject, so its pronoun is a cue',
      'Education and early loves\n\nHarwick received his early education at home.\nLater Harwick fell in love with Mary Lane.\n\nHarwick wrote poems in Harwick Bay.',
      ['person:Harwick', 'person:Mary Lane', 'location:Harwick Bay'],
      ['location:Harwick'],
    ],
    // must stay: a heading's name with a pronoun after a verb's object
    [
      'a name after a heading followed by an object’s pronoun is no cue',
      'Plants and sites\n\nVelmora opened a plant in 2004.\nWorkers told Velmora he was wrong.',
      [],
      ['person:Velmora'],
    ],
    [
      'a name ending in a trade’s word is a company’s, however the tagger read it',
      'Orvell Records signed the band in 1998. Later Orvell Records said it would close, and Dana Vost Design moved to Leeds. Lindqvist Publishing hired him.',
      ['organization:Orvell Records', 'organization:Dana Vost Design', 'organization:Lindqvist Publishing'],
      ['person:Orvell Records', 'person:Dana Vost Design', 'person:Lindqvist Publishing'],
    ],
    // must stay: the person the company is named for
    [
      'the person a trade’s name is named for stays a person',
      'Dana Vost said she would sell the company. Vost Media was founded in 2001 by Dana Vost.',
      ['person:Dana Vost', 'organization:Vost Media'],
      ['organization:Dana Vost', 'person:Vost Media'],
    ],
    [
      'a name ending in a place’s word is a place, however the tagger read it',
      'Buses serve Sandton Springs and Orley Creek daily. Sandton Springs has a park, and Orley Creek has a school.',
      ['location:Sandton Springs', 'location:Orley Creek'],
      ['organization:Sandton Springs', 'person:Orley Creek'],
    ],
    [
      'a name ending in a word that closes surnames too is a place when no given name opens it',
      'A granite arch was built over Hancock Brook in 1895. The line ran between Hancock Pond and Bridgton.',
      ['location:Hancock Brook', 'location:Hancock Pond'],
      ['person:Hancock Brook', 'person:Hancock Pond'],
    ],
    // a middle initial between a given name and a surname makes a person, whatever the given name; must stay: a firm's ampersand
    [
      'a given name the lexicon does not know, a middle initial and a surname make a person',
      'Geir O. Pedersen briefed the council. Delwyn J. Langejans is an American luthier. Robert W. Baird & Co. said it would buy the bank.',
      ['person:Geir O. Pedersen', 'person:Delwyn J. Langejans', 'organization:Robert W. Baird & Co.'],
      ['organization:Geir O. Pedersen', 'organization:Delwyn J. Langejans'],
    ],
    // must stay: a given name before such a word makes a person's name
    [
      'a given name before a surname that names places too stays a person',
      'Arthur Pond engraved the plates. Peter Brook directed the play.',
      ['person:Arthur Pond', 'person:Peter Brook'],
      [],
    ],
    // must stay: a person's cues outweigh a place's word
    [
      'a name a person’s cues describe stays a person, whatever its last word',
      'The board met on Monday. “We are done,” said Dana Creek. Dana Creek said she was tired.',
      ['person:Dana Creek'],
      ['location:Dana Creek'],
    ],
    [
      'a body the bundled data knows is an organisation, however the tagger read it',
      'Talks in Cairo between Fatah and Hamas stalled. In Fatah, officials blamed Hamas.',
      ['organization:Fatah', 'organization:Hamas', 'location:Cairo/city'],
      ['location:Fatah'],
    ],
    // must stay: a house the data knows as a body is still its building
    [
      'a known body’s house stays a building',
      'Visitors to the White House met staff. The White House lawn was wet.',
      ['location:White House'],
      ['organization:White House'],
    ],
    [
      'a body’s kind right before a name makes it an organisation',
      'He joined the band Harrow Lane in 1999. Harrow Lane toured Europe. Shares rose at the airline Velmora on Monday. Velmora flies to Oslo.',
      ['organization:Harrow Lane', 'organization:Velmora', 'location:Oslo/city'],
      ['person:Harrow Lane', 'location:Velmora'],
    ],
    // must stay: a kind's word after the name, or a name the kind's word is not right before
    [
      'a kind’s word that does not stand right before the name is no cue',
      'Fans of the band met in Harrow Lane, a street in Leeds. Velmora, a band member, said he was tired.',
      ['location:Harrow Lane', 'location:Leeds/city'],
      ['organization:Harrow Lane', 'organization:Velmora'],
    ],
    [
      'what a company does, right before a name, makes it an organisation',
      'The planemaker Dravik said on Tuesday it would raise output. Dravik shares rose. Japanese retailer Osoru Tenkai lifted its outlook.',
      ['organization:Dravik', 'organization:Osoru Tenkai'],
      ['person:Dravik', 'person:Osoru Tenkai'],
    ],
    // must stay: a known place after "published in"
    [
      'a journal or a publisher after “published in” or “published by”',
      'The report was published by Velmora last week. The book was published in London in 1998.',
      ['organization:Velmora', 'location:London/city'],
      ['person:Velmora', 'location:Velmora', 'organization:London'],
    ],
    [
      'a chain before a name is a company',
      'Walgreens Boots Alliance agreed to be bought on Thursday. Walgreens, which also owns the British chain Boots, has struggled.',
      ['organization:Boots'],
      ['person:Boots'],
    ],
    [
      'a company’s trade named with a word that may stand before a place, right before a name, makes it an organisation',
      'Chinese tech giant Vorelli unveiled a phone on Monday. Shares of the utility Kesmar fell.',
      ['organization:Vorelli', 'organization:Kesmar'],
      ['location:Vorelli', 'person:Vorelli', 'location:Kesmar', 'person:Kesmar'],
    ],
    // must stay: such a word before a known place leaves the place
    [
      'a trade’s word before a known place is no cue',
      'Workers came from two giant Texas plants and a utility Ohio regulators had fined.',
      ['location:Texas/region', 'location:Ohio/region'],
      ['organization:Texas', 'organization:Ohio'],
    ],
    // must stay: a maker of films or laws is a person
    [
      'a maker that is no company’s kind is no cue',
      'The film maker Kenrick Lowe spoke on Monday, and the lawmaker Dana Pirro said he was right.',
      ['person:Kenrick Lowe', 'person:Dana Pirro'],
      ['organization:Kenrick Lowe', 'organization:Dana Pirro'],
    ],
    [
      'a minister’s portfolio is the ministry’s name, not a place',
      'The Minister of Health, Dr. Zweli Mkhize, spoke on Sunday. He served as Minister of Finance until 2019.',
      ['organization:Health', 'organization:Finance', 'person:Zweli Mkhize'],
      ['location:Health', 'location:Finance'],
    ],
    // must stay: a place's minister is the place's
    [
      'a known place after a minister’s `of` stays a place',
      'The prime minister of France spoke, and the foreign minister of Kenya listened.',
      ['location:France/country', 'location:Kenya/country'],
      ['organization:France', 'organization:Kenya'],
    ],
    [
      'the kind of place a name is, with `of` right before it, makes it a location',
      'Troops pushed towards the town of Drevnik on Tuesday. Air strikes hit the villages of Marrow Fenn and Kostel, the monitor said.',
      ['location:Drevnik', 'location:Marrow Fenn', 'location:Kostel'],
      ['person:Marrow Fenn'],
    ],
    // after the name, and after a list of names in the plural
    [
      'the kind of place right after a name, or after a list of names in the plural, makes each a location',
      'Shelling hit Marrow Fenn district on Monday. Families fled Tell Abiad, Ein Issa and Kostel towns. Food reached Drevnik and Tomas Brandt governorates.',
      ['location:Marrow Fenn', 'location:Tell Abiad', 'location:Ein Issa', 'location:Kostel', 'location:Drevnik', 'location:Tomas Brandt'],
      ['person:Marrow Fenn', 'person:Tell Abiad', 'person:Ein Issa', 'person:Tomas Brandt'],
    ],
    // the plural of another kind of place after a list; must stay: a word of direction before it is no place's name
    [
      'a list of names before the plural of a county, a state, a river or a lake makes each a location',
      'Voters in Scott and Polk counties agreed. Floods hit Oaxaca and Guerrero states. The Barracuda and Kayangan lakes are quiet. Most Southern states voted.',
      ['location:Scott', 'location:Polk', 'location:Oaxaca', 'location:Guerrero', 'location:Barracuda', 'location:Kayangan'],
      ['person:Scott', 'person:Guerrero', 'organization:Barracuda', 'location:Most Southern'],
    ],
    // must stay: a known place's possessive
    [
      'an eponym’s possessive before a disease, a syndrome or a principle is a person',
      'Her husband died of complications of Parkinson’s disease in 2011. Bernoulli’s principle explains lift. Ohio’s principle is fairness.',
      ['person:Parkinson', 'person:Bernoulli', 'location:Ohio'],
      ['location:Parkinson', 'person:Ohio'],
    ],
    // a wire's credit line names its reporters and editors
    [
      'a name after a credit line’s “Reporting by” or “Editing by” is a person',
      'Shares rose 2%. Reporting by Pushkala Aripaka in Bengaluru; Editing by Josephine Mason',
      ['person:Pushkala Aripaka', 'person:Josephine Mason', 'location:Bengaluru'],
      ['organization:Pushkala Aripaka'],
    ],
    // a given name and a regnal number are a monarch's or a pope's name; must stay: a war's number, the pronoun `I`
    [
      'a regnal number after a given name',
      'She was made a Dame by Elizabeth II in 2012. Pope John Paul II visited. World War II ended. Then Mary I think left.',
      ['person:Elizabeth II', 'person:John Paul II'],
      ['location:Elizabeth', 'person:World War II', 'person:Mary I'],
    ],
    // a person's nationality as a noun before the name is no part of it, and says it is a person's
    [
      'a nationality noun before a name',
      'The Frenchman Zentrova Kelleher named his squad. Dutchman Arjen Velmora scored twice.',
      ['person:Zentrova Kelleher', 'person:Arjen Velmora'],
      ['organization:Frenchman Zentrova Kelleher', 'person:Dutchman Arjen Velmora'],
    ],
    // before a list of names, the kind of place or company each is
    [
      'the kind of place or company right before a list of names makes each one',
      'The area has cities like Marrow Fenn, Tomas Brandt and Vila Nova de Kostel. Firms such as Ellen Marsh and Drevnik fell.',
      ['location:Marrow Fenn', 'location:Tomas Brandt', 'location:Vila Nova de Kostel', 'organization:Ellen Marsh', 'organization:Drevnik'],
      ['person:Tomas Brandt', 'person:Ellen Marsh'],
    ],
    [
      'a trade’s plural before a list makes each a company',
      'The state would support suppliers such as Ellen Marsh and Drevnik. Banks like Tomas Brandt gained.',
      ['organization:Ellen Marsh', 'organization:Drevnik', 'organization:Tomas Brandt'],
      ['person:Ellen Marsh', 'person:Tomas Brandt'],
    ],
    // must stay: a singular town or city after a person's name heads a compound; a list not closed by `and` is no list
    [
      'a town hall after a name, a list with no conjunction',
      'Ellen Marsh held a town hall in Leeds. Tomas Brandt, Ellen Marsh, cities grew.',
      ['person:Ellen Marsh', 'person:Tomas Brandt'],
      ['location:Ellen Marsh', 'location:Tomas Brandt'],
    ],
    [
      'what is done to a person alone, right after a name, makes it a person',
      'Kestrova officials spoke on Monday. Kestrova was arrested in Drevnik on Friday.',
      ['person:Kestrova'],
      ['organization:Kestrova', 'location:Kestrova'],
    ],
    // must stay: what is said of bodies too
    ['`was elected` is said of parties too', 'The Zentrova Party was elected in 1990.', ['organization:Zentrova Party'], ['person:Zentrova Party']],
    // must stay: a place's kind without its `of` says nothing of the name after it
    ['a place kind with no `of` is no cue', 'The city Tomas Brandt loved was gone by 1990.', ['person:Tomas Brandt'], ['location:Tomas Brandt']],
    [
      'what a person is to someone, right before a name, makes it a person',
      'Her daughter Stanvor moved to Oslo in 1990. In Stanvor the snow fell.',
      ['person:Stanvor', 'location:Oslo/city'],
      ['location:Stanvor'],
    ],
    // must stay: a known place after such a word is still the place
    [
      'a known place after a kin word stays a place',
      'His wife Jordan and their son stayed in Amman.',
      ['location:Jordan/country', 'location:Amman/city'],
      ['person:Jordan'],
    ],
    [
      'a campaign or an administration after a name makes it the candidate’s or the leader’s',
      'The party conventions are over, and Republicans are ready to meet with President Clinton’s aides to hammer out details of the debates. ' +
        'The Dole campaign released a letter Friday inviting their Clinton counterparts to meet with Dole campaign manager Scott Reed to discuss the debates. ' +
        'Carroll Campbell will head Dole’s team.',
      ['person:Dole', 'person:Scott Reed', 'person:Clinton'],
      ['organization:Dole'],
    ],
    // must stay: a known place's or an acronym's campaign or administration
    [
      'a place’s or an acronym’s campaign is no person’s, nor a campaign without its staff',
      'The Iraq campaign cost billions. The UN administration in Kosovo ended, and the NATO campaign too. The Fallujah campaign was bloody. Fallujah fell in the campaign.',
      ['location:Iraq/country', 'organization:UN'],
      ['person:Iraq', 'person:UN', 'person:NATO', 'person:Fallujah'],
    ],
    [
      'an appositive headed by a body’s kind makes an organisation',
      'Shares rose after Velmora, the Norwegian airline, said it would expand. Alphabet, the parent company of Google, said profit rose.',
      ['organization:Velmora', 'organization:Alphabet'],
      ['location:Velmora', 'location:Alphabet'],
    ],
    // must stay: an appositive after a place's preposition, or after a given name, describes another
    [
      'an appositive that describes another’s head is no cue',
      'We had a majority leader who was a kid from Brooklyn, the son of an exterminator. Before James Polk, the Whig party faced a dilemma.',
      ['location:Brooklyn/city'],
      ['person:Brooklyn', 'organization:James Polk'],
    ],
    [
      'an appositive headed by a place’s kind makes a place, whatever name opens it',
      'Residents fled Khan Sheikhoun, a town in Idlib province, on Monday.',
      ['location:Khan Sheikhoun'],
      ['person:Khan Sheikhoun'],
    ],
    [
      'a list’s places beside a known body are bodies',
      'Microsoft, Meta and Alphabet have promised to spend more on data centres.',
      ['organization:Microsoft', 'organization:Meta', 'organization:Alphabet'],
      ['location:Meta', 'location:Alphabet'],
    ],
    // must stay: a list with a known place in it, or with no known body
    [
      'a list with a known place, or no known body, keeps its places',
      'Delegates from Google, Norvik and Paris met. Talks went on in Kiev, Norvik and Minsk. The deal suits the US, the EU, Microsoft and Velmora.',
      ['location:Norvik', 'location:Paris/city'],
      ['organization:Norvik', 'organization:US'],
    ],
    // a list with a known place and two places makes its persons places, where no known given name opens them
    [
      'a list’s persons beside places are places',
      'Buses serve Tulsa, Sand Springs, Sapulpa, Jenks, and Broken Arrow. Delegates from Tulsa, Dallas and Emily Brandt met.',
      ['location:Sapulpa', 'location:Jenks', 'person:Emily Brandt'],
      ['person:Sapulpa', 'person:Jenks', 'location:Emily Brandt'],
    ],
    // a known given name and an unknown word joined by `and`: two people
    [
      'a place the tagger reads beside a given name, joined by and, is a person',
      'Harry followed her into the kitchen, where Ron and Ginny were waiting.',
      ['person:Ginny'],
      ['location:Ginny'],
    ],
    [
      'three guesses of the tagger do not outweigh one cue',
      'Korbel opened a plant in 2004. Korbel expanded quickly. Korbel said he would sell.',
      ['person:Korbel'],
      ['organization:Korbel'],
    ],
    [
      'a subject’s own "its" a few words on makes it a body, where the tagger or an opener guessed a person',
      'Brenmar said its profit rose. Zentrova recalled 40,000 cars because its brakes failed.',
      ['organization:Brenmar', 'organization:Zentrova'],
      ['person:Brenmar', 'person:Zentrova'],
    ],
    [
      'a company’s results or its recall, reported right after its name, make it a body where the tagger guessed a person',
      'Rivian reported higher quarterly profit on Thursday, beating forecasts, and its shares rose 5% in New York. Qantas posted a record annual loss. Embraer recalled 3,000 aircraft parts. Velmora recalled 120,000 cars on Tuesday.',
      ['organization:Rivian', 'organization:Qantas', 'organization:Velmora'],
      ['person:Rivian', 'person:Qantas', 'person:Velmora'],
    ],
    // must stay: a person who speaks of results, a full name that reports them, a recall that is a memory
    [
      'results a person speaks of, a full name that reports them, or a memory recalled make no body',
      'Analyst Dana Reyes said profit would fall. Kowalczyk said earnings were weak. Elon Musk reported higher quarterly sales. Okafor recalled the cars of his youth.',
      ['person:Dana Reyes', 'person:Kowalczyk', 'person:Elon Musk', 'person:Okafor'],
      ['organization:Kowalczyk', 'organization:Elon Musk', 'organization:Okafor'],
    ],
    // must stay: a known place's "its" is the place's
    [
      'a known place before a thing’s pronoun stays a place',
      'India would re-examine its position, officials in Delhi said.',
      ['location:India/country', 'location:Delhi/city'],
      ['organization:India'],
    ],
    // must stay: a pronoun after a verb's object, a name modifying a noun, or a place after a preposition says nothing of them
    [
      'a pronoun after an object or a modifier is no cue',
      'Velmora opened a plant in 2004. Velmora expanded quickly. Workers told Velmora he was wrong. The Velmora plant said he left.',
      [],
      ['person:Velmora'],
    ],
    [
      'a pronoun after a place in a prepositional phrase is no cue',
      'Dana Reyes moved to Cambridge in 1990. In Cambridge he formed a band.',
      ['location:Cambridge/city'],
      ['person:Cambridge'],
    ],
    [
      'a person’s kin or death after the name’s possessive makes it a person',
      'The Varnholt plant opened in 1901. Varnholt expanded. After Varnholt’s death the plant closed.',
      ['person:Varnholt'],
      ['organization:Varnholt', 'location:Varnholt'],
    ],
    // must stay: a company's shares after its possessive
    [
      'a company’s shares after its possessive leave it a company',
      'The Varnholt plant opened in 1901. Varnholt expanded. After Varnholt’s shares fell the plant closed.',
      ['organization:Varnholt'],
      ['person:Varnholt'],
    ],
    // must stay: a known place before "and his" is still the place
    [
      'a known place before a person’s pronoun stays a place',
      'Marit Lunde toured Norway and his band played Bergen and her old school.',
      ['person:Marit Lunde', 'location:Norway/country', 'location:Bergen/city'],
      ['person:Norway', 'person:Bergen'],
    ],
    // must stay: a city's shares are its market's; an agency after "said" stays an organisation
    [
      'a city’s shares stay a place',
      'Tokyo shares fell 2% on Monday as exporters slid, dealers in Tokyo said.',
      ['location:Tokyo/city'],
      ['organization:Tokyo'],
    ],
    ['an agency after a verb of saying stays an organisation', 'The shells fell near two posts, said KCNA, the state news agency.', [], ['person:KCNA']],
    [
      'a name a verb follows after "said" is a reported clause’s subject, not the speaker',
      'Leaders said Velgrad should be independent. Troops left Velgrad. Velgrad stayed calm.',
      ['location:Velgrad'],
      ['person:Velgrad'],
    ],
    [
      'a founder or finance chief of a name makes it a company',
      'Anna Berg, founder of Zentrova, said sales rose. Lars Moe, the CFO of Kellmark, agreed. Zentrova and Kellmark grew.',
      ['organization:Zentrova', 'organization:Kellmark', 'person:Anna Berg', 'person:Lars Moe'],
      ['location:Zentrova', 'person:Zentrova', 'location:Kellmark', 'person:Kellmark'],
    ],
    [
      'the office that runs a name makes it a body',
      'Lars Moe, the head of Kellmark, spoke. Anna Berg, chairman of Zentrova, agreed. Kellmark and Zentrova grew.',
      ['organization:Kellmark', 'organization:Zentrova', 'person:Lars Moe', 'person:Anna Berg'],
      ['location:Kellmark', 'location:Zentrova'],
    ],
    // must stay: the head of a known place's office, and a country's president, leave the place a place
    [
      'a country’s president leaves it a place',
      'Emmanuel Macron, the president of France, spoke in Paris.',
      ['location:France/country'],
      ['organization:France'],
    ],
    [
      'a name whose possessive governs a company’s office or share price is a company, though it opens a sentence',
      'Zeltron’s chief executive, Mara Olsen, resigned on Friday. HP’s share price crumbled after the merger.',
      ['organization:Zeltron', 'organization:HP', 'person:Mara Olsen'],
      ['person:Zeltron', 'location:HP'],
    ],
    // must stay: a possession a person has makes no company
    ['a person’s office makes no company', 'Kline’s chief of staff, Ann Lee, resigned on Monday.', ['person:Ann Lee'], ['organization:Kline']],
    // must stay: a founded city is still a place
    ['a founded city stays a place', 'Romulus, the founder of Rome, was raised by a wolf.', ['location:Rome/city'], ['organization:Rome']],
    ['the legal "said" is no verb of saying', 'The decree declared the said Congress abolished. Congress met anyway.', [], ['person:Congress']],
    // a direction's word before a known place names part of it: no person, and no body before a country
    [
      'a direction’s word before a known place names part of it',
      'Northern Iraq has been calm. Rural Damascus was shelled.',
      ['location:Northern Iraq', 'location:Rural Damascus'],
      ['person:Rural Damascus', 'organization:Northern Iraq', 'person:Northern Iraq'],
    ],
    // must stay: a club named by a compass word and a town, and a country's own name, as a team
    [
      'a club named by a compass word and a town stays a club',
      'North Melbourne beat Essendon at the MCG.',
      ['organization:North Melbourne'],
      ['location:North Melbourne'],
    ],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));
});

// what the lexicon knows a one-word name as, and what a place after its comma says (mentions/reconcile.ts)
describe('a given name alone, a cited author, a place before its region, a club before its player', () => {
  it.each<NameRow>([
    [
      'a given name or a surname alone is a person, whatever the tagger guessed',
      'I was talking to Beth, because she had the lemon. I told Karla the boat was ready. Karla will want to know. We sent the draft to Schmidt.',
      ['person:Beth', 'person:Karla', 'person:Schmidt'],
      ['location:Beth', 'organization:Karla', 'location:Schmidt'],
    ],
    // must stay: a given name after "in" at any mention is a place's; a cue outweighs the lexicon; a score makes a team
    [
      'a given name after "in", with a body’s cue or before a score is no person',
      'We spent the summer in Brittany. Brittany is green in June.\nThe band Gigi played in Jakarta. Gigi released six albums.\nLotte 6 Hyundai 2\nHyundai 6 Lotte 5\nScorers: Gomez 86th',
      ['location:Brittany', 'organization:Gigi', 'organization:Lotte', 'person:Gomez'],
      ['person:Brittany', 'person:Gigi', 'person:Lotte', 'organization:Gomez'],
    ],
    [
      'a name before a comma and a known region, ending the phrase, is a place',
      'The mill near Hollis Crane, Kansas, closed in 1950. Wendell, Idaho, is small.',
      ['location:Hollis Crane', 'location:Wendell'],
      ['person:Hollis Crane', 'person:Wendell'],
    ],
    // must stay: a country and more words after the comma are an apposition ("Panama coach")
    [
      'a country in an apposition leaves a person a person',
      'Oskar Pell, Panama coach, said the team was tired.',
      ['person:Oskar Pell'],
      ['location:Oskar Pell'],
    ],
    [
      'an author cited with a year in brackets is a person',
      'Attention improved after play (Marwick, 2009; Dunlin & Brisco, 2011).',
      ['person:Marwick'],
      ['location:Marwick'],
    ],
    [
      'every author of a list closing in a year or a reference number is a person',
      'Play trains attention (Harlow, Penwick, Odessey, & Brandt, 2012). As in Quimby & Tollan [4], the legs grew. Her mother came from Fenwick, Lancashire, England [3].',
      ['person:Harlow', 'person:Penwick', 'person:Odessey', 'person:Quimby', 'person:Tollan'],
      ['location:Penwick', 'location:Odessey', 'location:Quimby', 'location:Tollan', 'person:Fenwick', 'person:Lancashire'],
    ],
    // a reference's opening words before its author, and two authors cited in running text before the sentence goes on;
    // must stay: known places before a year in running text
    [
      'an author after a reference’s opening words, or two in running text',
      'Trends differ (e.g., Nedwick, 2014). Studies range from Polio and Gass 1997 to recent ones, such as Vandergrift and Cross 2017 and others. Trade between Leeds and Dublin 1911 grew.',
      ['person:Nedwick', 'person:Polio', 'person:Vandergrift', 'location:Leeds'],
      ['location:Nedwick', 'location:Polio', 'location:Vandergrift', 'person:Leeds'],
    ],
    // must stay: known places listed before a year are places (a list of where it was published)
    [
      'known places in a list before a year stay places',
      'The atlas was printed in three cities (London, Leeds, & Dublin, 1911).',
      ['location:Leeds', 'location:Dublin'],
      ['person:Leeds', 'person:Dublin'],
    ],
    // must stay: an acronym in a citation is a place of publication
    ['an acronym before a year in brackets stays a place', 'The poems were illustrated by Francis Gomila (UK, 2003).', ['location:UK'], ['person:UK']],
    [
      'a full name opening with a given name is a person; a music group’s head word makes a body',
      'Marta Quill Holm was born in 1950. She toured with the Roberta Quill Orchestra, and Dave Matthews Band played in Richmond.',
      ['person:Marta Quill Holm', 'organization:Roberta Quill Orchestra', 'organization:Dave Matthews Band'],
      ['person:Roberta Quill Orchestra', 'person:Dave Matthews Band'],
    ],
    // a biography's opening brackets; must stay: an acronym so followed
    [
      'a bracket opening with born after a name makes a person',
      'Mara Vellin (born 3 April 1978) is an English actress. Vellin grew up in Leeds.\nNATO (born of the 1949 treaty) grew.',
      ['person:Mara Vellin', 'organization:NATO'],
      ['person:NATO', 'organization:Mara Vellin'],
    ],
    [
      'a player’s position after a name makes it a club',
      'Arnold Stanton winger Ola Berg was booked.',
      ['organization:Arnold Stanton', 'person:Ola Berg'],
      ['person:Arnold Stanton'],
    ],
    // must stay: a country before a position is its national side, a place as CoNLL reads it
    ['a country before a position stays a place', 'England striker Alan Shearer scored twice.', ['location:England/country'], ['organization:England']],
    [
      'a city’s team mate names its club',
      'Shearer’s Newcastle team mate Les Ferdinand scored. Ferdinand grew up in Paddington.',
      ['organization:Newcastle', 'person:Les Ferdinand'],
      ['location:Newcastle'],
    ],
    // must stay: a country after "victory over" is its national side, a place as CoNLL reads it; a person's name is no club
    [
      'a known city after a match’s victory is its club, not a country nor a person',
      'Bath rolled on. Michael Lynagh kicked well in their side’s 75-19 victory over Gloucester.\nItaly lost to Brazil after a 2-0 win over England. Kerry Sanders claimed a victory over Sanders in Iowa.',
      ['organization:Gloucester', 'location:England/country'],
      ['location:Gloucester', 'organization:England', 'organization:Sanders'],
    ],
    // must stay: the surname alone, elsewhere, is the person's
    [
      'a known place after “in” or before its country stays a place, whoever bears its name',
      'Michael Paris was born in Paris in 1950. He moved back to Paris, France, in 1990.\nTom Holland arrived late. Holland said the film was done.',
      ['person:Michael Paris', 'location:Paris/city', 'person:Tom Holland'],
      ['person:Paris', 'location:Holland'],
    ],
    // must stay: a person's name after "lost to" or "played with" is no club
    [
      'a known city after a match’s other side, or a player’s club whatever its name, is a club',
      'Standard Liege drew with Karlsruhe on Saturday.\nGaudion was a footballer who played with Footscray in the VFL. He began his career in 1926 at Footscray. He then signed with Coburg. After a year at Coburg he returned to the league.\nHillary Clinton lost to Donald Trump in Ohio. Tom played with Jimi Hendrix.',
      ['organization:Karlsruhe', 'organization:Footscray', 'organization:Coburg', 'person:Donald Trump', 'person:Jimi Hendrix'],
      ['location:Karlsruhe', 'location:Footscray', 'location:Coburg', 'organization:Donald Trump', 'organization:Jimi Hendrix'],
    ],
    // must stay: a country's captain is its national side's; a person's name before "beat" is no club
    [
      'a known city before a match’s verb is its club',
      'Derbyshire kept up the chase. Yorkshire beat Worcester by six wickets, and England captain Mike Atherton watched.\nIn the Democratic race, Sanders beat Clinton in Michigan.',
      ['organization:Worcester', 'location:England/country', 'person:Sanders', 'person:Clinton'],
      ['location:Worcester', 'organization:England', 'organization:Sanders', 'organization:Clinton'],
    ],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));
});

// names no list knows, typed by what the article says around them (candidates/patterns.ts)
describe('a name the text describes', () => {
  it.each<NameRow>([
    // must stay: a company set off by a role of someone else's is no person
    [
      'a name set off by a role held somewhere is a person’s, whatever its given name',
      'Enver Solomon, chief executive of the Refugee Council, said the plans were cruel. Tafadzwa Moyo, the head of research at the bank, agreed. Goldman Sachs, chief executive David Solomon said, will cut jobs.',
      ['person:Enver Solomon', 'person:Tafadzwa Moyo', 'organization:Refugee Council'],
      ['person:Goldman Sachs'],
    ],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));
});

// an ampersand inside a name (mentions/evidence.ts)
describe('a name joined by an ampersand', () => {
  it.each<NameRow>([
    // must stay: two authors a paper cites keep their persons
    [
      'an ampersand inside one name makes a firm’s name',
      'Ernst & Young audited the accounts. Simon & Schuster will publish the memoir.\nSpeed matters to prey (Dye & Bavelier, 2010).',
      ['organization:Ernst & Young', 'organization:Simon & Schuster', 'person:Dye', 'person:Bavelier'],
      ['person:Ernst & Young', 'person:Simon & Schuster', 'organization:Dye & Bavelier'],
    ],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));
});

// a military or security body's head closing its name (lexicon/organizations.ts ORG_SUFFIXES)
describe('a force, a command or a guard closing a name is a body', () => {
  it.each<NameRow>([
    [
      'a force, a command or a guard after a country’s name or demonym is that country’s body',
      'Troops from the Australian Defence Force arrived on Monday, officials said. The Eighth Air Force moved to Iceland under Fighter Command. The Philippine Coast Guard said two boats sank. The Scots Guards marched.',
      [
        'organization:Australian Defence Force',
        'organization:Eighth Air Force',
        'organization:Fighter Command',
        'organization:Philippine Coast Guard',
        'organization:Scots Guards',
      ],
      ['person:Force', 'person:Defence Force', 'person:Command'],
    ],
    // must stay: a force that is a measure, a guard that is a person's role, and a country's forces in lowercase
    [
      'a lowercase force or guard, or a person’s role, names no body',
      'Israeli forces entered Jenin on Monday. The guard said police used force. Security guard John Smith was hurt.',
      ['person:John Smith', 'location:Jenin'],
      ['organization:Israeli forces', 'organization:Security guard John Smith', 'organization:John Smith'],
    ],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));
});

// an online platform is a company's service, not a place (lexicon/platforms.ts, candidates/gazetteer.ts platformNames)
describe('an online platform is a body', () => {
  it.each<NameRow>([
    [
      'a platform where something was said or shown is a body',
      'The governor wrote on Telegram that two people died. The clip spread on TikTok. Trump posted on Truth Social.',
      ['organization:Telegram', 'organization:TikTok', 'organization:Truth Social'],
      ['location:Telegram', 'location:TikTok', 'person:Truth Social'],
    ],
    // must stay: a platform's name as a common word in lowercase
    ['a telegram in lowercase names nothing', 'She sent a telegram to her son.', [], ['organization:telegram']],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));
});

// a company the companies' list knows is a body, where the tagger missed it or read a place (lexicon/companies.ts)
describe('a shop’s head closing a name makes a place', () => {
  it.each<NameRow>([
    [
      'an eatery the tagger reads as a person',
      'Tartine Bakery has the best bread in town. We had lunch at Zuni Cafe. Kowalski Deli opened a second shop.',
      ['location:Tartine Bakery', 'location:Zuni Cafe', 'location:Kowalski Deli'],
      ['person:Tartine Bakery', 'person:Zuni Cafe', 'person:Kowalski Deli'],
    ],
    // must stay: a shop's head that is no name's last word, and a person's name before a shop's word
    [
      'a shop’s word after a name, lowercase, leaves the person',
      'Maria Lopez runs a small bakery in Austin.',
      ['person:Maria Lopez', 'location:Austin'],
      ['location:Maria Lopez'],
    ],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));
});

describe('a listed football club is a body', () => {
  it.each<NameRow>([
    [
      'a club the tagger reads as a person or a place, or misses',
      'Galatasaray signed a new striker on Monday. The striker joined Besiktas last summer. Arsenal beat West Ham United 3-1. Real Betis drew.',
      ['organization:Galatasaray', 'organization:Besiktas', 'organization:Arsenal', 'organization:West Ham United', 'organization:Real Betis'],
      ['person:Galatasaray', 'location:Besiktas', 'location:West Ham United'],
    ],
    [
      'a club before its player’s name',
      'Tottenham Hotspur’s Son Heung-min is expected to return.',
      ['organization:Tottenham Hotspur'],
      ['person:Tottenham Hotspur'],
    ],
    // must stay: a listed club inside a longer name, and a city a club is named for
    [
      'a longer name around a listed club, and a club’s city, are not the listed club',
      'Feyenoord Rotterdam won 3-0. He grew up in Manchester.',
      ['location:Manchester'],
      ['organization:Feyenoord', 'organization:Manchester'],
    ],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));
});

describe('a listed company is a body', () => {
  it.each<NameRow>([
    [
      'a listed company alone in its sentence is a body',
      'Renault shares fell 3% on Monday. Analysts expect Tesla to cut jobs. He bought a Samsung phone. Anthropic shares rose.',
      ['organization:Renault', 'organization:Tesla', 'organization:Samsung', 'organization:Anthropic'],
      ['location:Tesla', 'location:Renault'],
    ],
    [
      'a company of the great frauds, an airline and a web portal',
      'Enron collapsed in 2001. He flew JetBlue to Boston and searched Yahoo for a hotel.',
      ['organization:Enron', 'organization:JetBlue', 'organization:Yahoo'],
      ['person:Enron', 'location:JetBlue', 'location:Yahoo'],
    ],
    ['a listed company before an amount', 'The European Commission fined Apple 1.8 billion euros on Monday.', ['organization:Apple'], []],
    // must stay: a model's number after the name
    ['a listed company before a model’s number', 'The Airbus A320 landed safely.', [], ['organization:Airbus']],
    // must stay: a company's name an article writes as a landform, a model's name, a longer name around it
    [
      'a company’s name as a landform, a model or part of a longer name is not the company',
      'Deforestation in the Amazon rose. Amazon travel grew. Juha Kankkunen drove a Toyota Celica. It used the Latin Alphabet.',
      ['location:Amazon'],
      ['organization:Amazon', 'organization:Toyota', 'organization:Alphabet'],
    ],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));
});
