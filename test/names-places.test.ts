import { expectLabels, type NameRow } from './names-helpers';

// a city a name runs on into (mentions/split-place.ts), a city the tagger cut in two (mentions/city.ts) and an office standing for its holder (mentions/reconcile.ts)
describe('places and offices inside and beside names', () => {
  it.each<NameRow>([
    // a realm's name, before its `of` or after its people's word, is a place (candidates/patterns.ts realm-name);
    // must stay: a surname "Kingdom" after a given name, and a building whose name opens with "Empire"
    [
      'a realm’s name is a place',
      'Born in what was then the Kingdom of Poland, part of the Russian Empire, she moved to the Grand Duchy of Luxembourg. The Holy Roman Empire fell. The hurdler Roger Kingdom won. He visited the Empire State Building.',
      [
        'location:Kingdom of Poland',
        'location:Russian Empire',
        'location:Grand Duchy of Luxembourg',
        'location:Holy Roman Empire',
        'person:Roger Kingdom',
        'location:Empire State Building',
      ],
      ['organization:Holy Roman Empire', 'location:Roger Kingdom', 'location:Empire State'],
    ],
    // the tagger's gazetteer holds a city with marked letters as the tokeniser splits it today
    // ("al ḩillah", once "al ḩ illah"): the place it was trained to see, not a person
    ['a known city written with marked letters is a place', 'Troops moved towards Al Ḩillah.', ['location:Al Ḩillah/city'], ['person:Al Ḩillah']],
    // a country's short form in capitals is that country (lexicon/demonyms.ts COUNTRY_SHORT_FORMS), as its dotted form always was
    [
      'a country’s short form in capitals',
      'The US said it would help. Talks moved to the UAE and the UK.',
      ['location:US/country', 'location:UAE/country', 'location:UK/country'],
      ['location:US/other'],
    ],
    // an Arabic or Hebrew place's head noun opening a name makes it a place (lexicon/features.ts opensPlaceName, the
    // place-opener pattern and evidence); Ras and Tal only before the hyphened article
    [
      'a name opened by an Arabic or Hebrew place’s head noun is a place',
      'Airstrikes hit Deir al-Balah and Khan al-Assal. Rebels shelled Jisr al-Shughur, Kafr Nabl and Ras al-Ayn. Rockets hit Kfar Aza.',
      ['location:Deir al-Balah', 'location:Khan al-Assal', 'location:Jisr al-Shughur', 'location:Kafr Nabl', 'location:Ras al-Ayn', 'location:Kfar Aza'],
      ['person:Khan al-Assal', 'person:Ras al-Ayn', 'person:Airstrikes'],
    ],
    // a region the gazetteer knows after a known place and its comma is where the place lies (mentions/evidence.ts regionOfPlace)
    [
      'a state after a city and its comma is a place',
      'The museum in Washington, D.C., had expressed interest. He lives in Raleigh, N.C., with his wife.',
      ['location:Washington', 'location:D.C.', 'location:Raleigh', 'location:N.C.'],
      ['person:D.C.', 'person:N.C.'],
    ],
    // given names and a family name with its article hyphened on are a person's (mentions/evidence.ts familyArticleName); must
    // stay: a mosque's head noun opens a place, and Ansar before the article a body
    [
      'a given name and a family name with its hyphened article are a person',
      'Turkey was once a friend of Bashar al-Assad, then a foe. Pilgrims filled the Masjid Al-Haram. Fighters of Ansar al-Sharia attacked.',
      ['person:Bashar al-Assad', 'location:Masjid Al-Haram', 'organization:Ansar al-Sharia'],
      ['location:Bashar al-Assad', 'person:Masjid Al-Haram', 'person:Ansar al-Sharia', 'location:Ansar al-Sharia'],
    ],
    // the article capitalised as some reports write it, and "Tall", the mound's other spelling, not opening a sentence
    [
      'a place’s head noun before a capitalised article, and “Tall”, open a place',
      'Airstrikes hit Maarat An-Numan. Troops entered Ras Al-Ain. Fighting near Tall Refaat continued.',
      ['location:Maarat An-Numan', 'location:Ras Al-Ain', 'location:Tall Refaat'],
      ['person:Maarat An-Numan', 'organization:Tall Refaat', 'location:Tall'],
    ],
    // the article hyphened to the head noun too, and the city the gazetteers write with a space
    [
      'a place’s head noun hyphened to the article opens a place',
      'Fighting continued in Deir-ez-Zor on Monday.',
      ['location:Deir-ez-Zor/city'],
      ['location:Deir'],
    ],
    // the article written apart and capitalised, as situation reports transliterate it; must stay: Ras and Tal open people's names
    [
      'a place’s head noun before the article written apart opens a place',
      "Shelling hit Ma'arrat An Nu'man, monitors said. Rebels held Jisr Ash Shughur. Ras Baraka spoke.",
      ["location:Ma'arrat An Nu'man", 'location:Jisr Ash Shughur', 'person:Ras Baraka'],
      ["person:An Nu'man", 'location:Ras Baraka'],
    ],
    // a town before a comma and its state, as American copy gives an address (candidates/patterns.ts town-of-region)
    [
      'a name before a comma and a state is a town there',
      'The Palo Alto, California-based company said so. He spoke in Zorbville, Ohio, on Monday.',
      ['location:Palo Alto', 'location:Zorbville', 'location:California'],
      ['person:Palo Alto', 'organization:Zorbville'],
    ],
    // must stay: a person before the state, the state as a modifier or an owner, a list of states, a title's words
    [
      'no town before a state after a given name, before a noun or a possessive, or in a list',
      'Sen. Ted Cruz, Texas Republican, spoke. Zorbquist, Texas and Florida voted. Gavin Newsom, California’s governor, left.',
      ['person:Ted Cruz'],
      ['location:Ted Cruz', 'location:Zorbquist', 'location:Gavin Newsom'],
    ],
    // a name no source proposes, right after the words that say a place follows (candidates/cued-places.ts), fills its gap
    [
      'an unknown name after a place’s cue is a place',
      'Two hospitals in southern Idleb were hit. Families fled to Tal Tamer and moved towards Zorbat Kawi.',
      ['location:Idleb', 'location:Tal Tamer', 'location:Zorbat Kawi'],
      ['person:Zorbat Kawi', 'organization:Tal Tamer'],
    ],
    // what an armed force did to a place says a place follows (lexicon/type-cues.ts place-attacked); must stay: attacked, which takes people
    [
      'an unknown name after a siege’s or a shelling’s words is a place',
      'Jets bombed Harzeb and troops stormed Qaltouna. Trump attacked Zorbman.',
      ['location:Harzeb', 'location:Qaltouna'],
      ['person:Harzeb', 'location:Zorbman'],
    ],
    // must stay: a people's adjective, a name before a noun, a cue's word written with a capital, an acronym
    [
      'no place after a cue before an adjective, a noun, a capital or an acronym',
      'They sold the southern Zorbic mines. The fair moved to Zorbat Day weekend. The Central Zorbank fell. Staff fled to UNZB.',
      [],
      ['location:Zorbic', 'location:Zorbat Day', 'location:Zorbank', 'location:UNZB'],
    ],
    // must stay: "tall" the adjective
    ['“tall” the adjective opens no place', 'He is a tall man. Tall buildings fell.', [], ['location:Tall buildings', 'location:Tall']],
    // Arabic's article hyphened to a known place is part of its name, and the place's kind and country are the bare name's
    // (candidates/patterns.ts articled-place, entities/geography.ts lookup)
    [
      'a known place with the article hyphened before it is that place',
      'Aid reached Ar-Raqqa on Monday. Troops entered al-Ramadi.',
      ['location:Ar-Raqqa/city', 'location:al-Ramadi/city'],
      ['location:Raqqa', 'location:Ramadi'],
    ],
    // a place spelled as its country now romanises it is the place the gazetteers spell otherwise (lexicon/features.ts PLACE_SPELLINGS)
    [
      'a place in its news spelling has its kind and country',
      'Drones hit Odesa and Mykolaiv overnight.',
      ['location:Odesa/city', 'location:Mykolaiv/city'],
      ['location:Odesa/other'],
    ],
    // must stay: a body's name opened by the article, and the article inside a longer name
    [
      'the article before a body’s name or inside a longer name stays the name’s',
      "Al-Qaeda claimed it. Hay'at Tahrir al-Sham took Idlib.",
      ['organization:Al-Qaeda', "organization:Hay'at Tahrir al-Sham"],
      ['location:Al-Qaeda', 'location:al-Sham'],
    ],
    // must stay: people named Khan, Ras or Tal, a body whose name ends in a body's head, a title in title case, and an
    // English verb opening its sentence before a name
    [
      'a surname or given name that opens places too, and a body’s name, stay what they are',
      'Imran Khan said he would run. Newark Mayor Ras Baraka agreed, and Tal Becker spoke. Khan Academy said it would grow. Tell Me Why was a hit. Tell Obama to act.',
      ['person:Imran Khan', 'person:Ras Baraka', 'person:Tal Becker', 'organization:Khan Academy'],
      ['location:Ras Baraka', 'location:Tal Becker', 'location:Khan Academy', 'location:Tell Me Why', 'location:Tell Me', 'location:Tell Obama'],
    ],
    // a city the bundled gazetteer names otherwise ("Genève", "Köln") is a city by the tagger's lexicon (entities/geography.ts lexiconKind)
    [
      'a city known by its English name',
      'Talks resume in Geneva. Fans flew to Cologne and Venice.',
      ['location:Geneva/city', 'location:Cologne/city', 'location:Venice/city'],
      ['location:Geneva/other'],
    ],
    // a building or a street standing for the government in it is a place (candidates/patterns.ts seat-of-power, lexicon/features.ts SEATS_OF_POWER)
    [
      'a seat of power is a place, opening its sentence or not, with its offices after it',
      'White House spokeswoman Kayleigh McEnany told reporters the talks would go on. Kremlin spokesman Dmitry Peskov disagreed. Trump spoke from the Oval Office, and Capitol Hill was quiet. White House Press Secretary Jen Psaki said so too.',
      [
        'location:White House/feature',
        'location:Kremlin/feature',
        'location:Oval Office/feature',
        'location:Capitol Hill/feature',
        'person:Kayleigh McEnany',
        'person:Jen Psaki',
      ],
      ['organization:House', 'organization:Kremlin', 'organization:Oval Office', 'person:Capitol Hill'],
    ],
    // must stay: a longer name a seat of power opens or closes
    [
      'a body a seat of power’s name opens stays that body',
      'The White House Correspondents Association cancelled its dinner, and the Obama White House said nothing.',
      ['organization:White House Correspondents Association'],
      ['location:White House'],
    ],
    // a name a compass adjective opens is a region's, never a person's (mentions/evidence.ts compassName, entities/geography.ts compassKind)
    [
      'a region a compass adjective opens',
      'The Government of Syria approved a convoy to Eastern Ghouta, the UN said. Fighting spread to Northern Rakhine.',
      ['location:Eastern Ghouta/region', 'location:Northern Rakhine/region'],
      ['person:Eastern Ghouta', 'person:Northern Rakhine'],
    ],
    // must stay: a club named for a region, and a group of people
    [
      'a club a compass adjective opens stays a club',
      'The Western Force beat the Brumbies 20-10 in Perth.',
      ['organization:Western Force'],
      ['location:Western Force'],
    ],
    ['a group a compass adjective opens is no place', 'Southern Democrats opposed the bill.', [], ['location:Southern Democrats']],
    // must stay: the pronoun in lowercase is no country
    ['the pronoun “us” is no country', 'The plan will help us all, the minister said.', [], ['location:us', 'location:US']],
    // must stay: a city of plain letters, and a person of marked ones
    [
      'a person of marked letters stays a person',
      'José Martínez met Zoë Ångström in Gävle. Troops moved towards Hillah.',
      ['person:José Martínez', 'person:Zoë Ångström', 'location:Hillah'],
      ['location:José Martínez'],
    ],
    // a facility's last word makes a place of a name the tagger read as a person's (lexicon/features.ts PLACE_HEADS),
    // and gives its kind when no gazetteer does (entities/geography.ts headKind)
    [
      'an airport, a station, a bridge or a mosque named for someone is a place',
      'Passengers landed at John F. Kennedy International Airport. Commuters crowded Chiang Kai Shek Memorial Hall Station.',
      ['location:John F. Kennedy International Airport/feature', 'location:Chiang Kai Shek Memorial Hall Station'],
      ['person:John F. Kennedy International Airport', 'person:Chiang Kai Shek Memorial Hall Station'],
    ],
    // must stay: the word in lowercase, a body with the world in its name (lexicon/features.ts WORLD_NAMES)
    [
      'the Earth is a place',
      'Scientists warned that warming was beginning to alter the Earth’s climate. It affects all of this planet Earth, Ban said. The earth shook. Earth Day Network said so.',
      ['location:Earth/other'],
      ['organization:Earth', 'location:earth'],
    ],
    // the world's name alone where the tagger saw none (candidates/patterns.ts world-name); must stay: a body or a day holding it
    ['the world’s name alone is a place the tagger need not see', 'The capsule landed back on Earth on January 15, 2006.', ['location:Earth'], []],
    [
      'a body or a day named with the world stays whole',
      'Earth First members marched on Earth Day in April.',
      ['organization:Earth First'],
      ['location:Earth'],
    ],
    // must stay: a body whose name opens with such a word
    [
      'a mansion, a castle or a cemetery is a place',
      'Visitors toured the Pittock Mansion on Sunday. Moreau is buried in Montmartre Cemetery. The Castle Group bought it.',
      ['location:Pittock Mansion/feature', 'location:Montmartre Cemetery/feature', 'organization:Castle Group'],
      ['organization:Pittock Mansion'],
    ],
    // the sea's features close a place's name (lexicon/features.ts PLACE_HEADS)
    [
      'a shoal, a reef or an atoll closes a place’s name',
      'Chinese vessels blocked a resupply mission to the Second Thomas Shoal. Divers explored the Great Barrier Reef and Bikini Atoll.',
      ['location:Second Thomas Shoal', 'location:Great Barrier Reef', 'location:Bikini Atoll'],
      ['person:Thomas Shoal', 'organization:Second Thomas Shoal'],
    ],
    // a region's noun written after a city's name makes a region of it (entities/geography.ts regionNounAfter)
    [
      'a governorate or a province after a city’s name',
      'Airstrikes hit southern Idlib governorate. Thousands fled Aleppo province.',
      ['location:Idlib/region', 'location:Aleppo/region'],
      ['location:Idlib/city', 'location:Aleppo/city'],
    ],
    // a kind's word before a feature's noun leaves the name before them a feature (lexicon/features.ts FEATURE_KINDS);
    // must stay: a base of no kind, a force's barracks
    [
      'a refugee camp, an air base and barracks after their names',
      'Strikes hit the Nuseirat refugee camp overnight. Rockets landed near Ain al-Asad air base. Hezbollah targeted the Zar’it barracks.',
      ['location:Nuseirat/feature', 'location:Ain al-Asad/feature', 'location:Zar’it/feature'],
      ['person:Nuseirat'],
    ],
    [
      'a base of no kind, a force’s barracks',
      'The Republican base is angry with Trump. The Army barracks were hit.',
      [],
      ['location:Republican', 'location:Army', 'location:Trump'],
    ],
    // the part of a place, or where from it, before `of` (lexicon/type-cues.ts PLACE_KINDS)
    [
      'the countryside, the outskirts or the north of a place',
      'Terrorist groups attacked in the countryside of Idleb. Shells fell on the outskirts of Kherson.',
      ['location:Idleb', 'location:Kherson'],
      ['person:Kherson', 'organization:Kherson'],
    ],
    // a name opening with Arabic's article in lowercase (candidates/patterns.ts articled-name); must stay: an article hyphened onto a word before
    [
      'a name opening with a lowercase Arabic article',
      'Hundreds of thousands fled to the coastal area of al-Mawasi, west of Khan Younis. Troops raided al-Shifa hospital. Editor-at-Large Jane Doe wrote on Eid-al-Adha.',
      ['location:al-Mawasi', 'location:al-Shifa', 'location:Khan Younis'],
      ['location:Editor-at-Large', 'location:Eid-al-Adha', 'location:at-Large'],
    ],
    // a Romance building's, square's or street's head noun opening a name makes a place of it (lexicon/features.ts ROMANCE_PLACE_OPENERS)
    [
      'a Romance place’s head noun opening a name',
      'Take tram 28 through Alfama to see the Castelo de São Jorge. Visitors met at the Palacio del Gobierno in Mérida.',
      ['location:Castelo de São Jorge', 'location:Palacio del Gobierno'],
      ['organization:Castelo de São Jorge', 'person:Palacio del Gobierno'],
    ],
    // a place's name in a Romance language is one over its particles (tagger/join.ts); must stay: English words on both sides
    [
      'a place’s name over its Romance particles',
      'The Aerobus runs to Cais do Sodré and Praça do Comércio. Protesters filled the Paseo de la Reforma in Mexico City.',
      ['location:Cais do Sodré', 'location:Praça do Comércio', 'location:Paseo de la Reforma'],
      ['location:Cais', 'location:Sodré', 'location:Paseo', 'organization:Reforma'],
    ],
    // numbered roads and roads named for someone (candidates/roads.ts, lexicon/features.ts FACILITY_HEADS); must stay: an
    // aircraft's model and a money supply's grade
    [
      'a road by its number or its kind',
      'Take I-244 or US-75 South to the Will Rogers Turnpike, then Route 66. In England, take the M1 north, then the A64 to York. The A380 landed, and the M2 money supply rose.',
      ['location:I-244', 'location:US-75 South', 'location:Will Rogers Turnpike', 'location:Route 66', 'location:M1', 'location:A64'],
      ['location:A380', 'location:M2', 'person:Will Rogers'],
    ],
    // a list of British road codes opening with "the", before the roads' own noun; must stay: the money supply's grade
    [
      'road codes in a list',
      'Police closed the M4 and M5 motorways and the A1, A2 or A3. The M3 money supply rose.',
      ['location:M4', 'location:M5', 'location:A1', 'location:A2', 'location:A3'],
      ['location:M3'],
    ],
    // sites a visitor goes to are places by their head
    [
      'a cemetery, a plaza, gardens or a resort',
      'He lies in Montparnasse Cemetery. Stalls line the Main Plaza. Tours visit the Persian Gardens and the Desert Ridge Marriott Resort.',
      ['location:Montparnasse Cemetery', 'location:Main Plaza', 'location:Persian Gardens', 'location:Desert Ridge Marriott Resort'],
      ['organization:Desert Ridge Marriott Resort', 'organization:Persian Gardens'],
    ],
    // a town's, a village's or a city's noun closing the phrase after a name makes a place of it (lexicon/type-cues.ts)
    [
      'a town’s or a village’s noun after a name no gazetteer knows',
      'On 10 March, shelling hit Ariha town in Idlib governorate. Rebels took Zorgan village on Monday. Mongolia’s Oyu Tolgoi mine produced record copper output.',
      ['location:Ariha', 'location:Zorgan', 'location:Oyu Tolgoi'],
      ['organization:Ariha', 'person:Zorgan', 'organization:Zorgan', 'person:Oyu Tolgoi'],
    ],
    // must stay: the noun heading a compound ("town hall") says nothing of the name before it
    [
      'a town hall named for a person',
      'Elizabeth Warren spoke in Iowa on Monday. Hundreds of voters came to the Warren town hall.',
      ['person:Elizabeth Warren'],
      ['location:Warren'],
    ],
    // a lowercase feature's noun after a name no gazetteer knows gives its kind; a channel names no place
    [
      'a river’s noun after a name, a channel’s',
      'Boats crossed the Huallaga river. Fans watched his YouTube channel every night.',
      ['location:Huallaga/water', 'organization:YouTube'],
      ['location:YouTube', 'location:Huallaga/other'],
    ],
    // must stay: the city alone, and a region's noun that modifies another noun
    [
      'a city alone, and a district attorney',
      'Protesters gathered in Idlib. The former San Francisco district attorney spoke.',
      ['location:Idlib/city', 'location:San Francisco/city'],
      ['location:Idlib/region', 'location:San Francisco/region'],
    ],
    // must stay: the person the place is named for, named alone
    [
      'the person a place is named for stays a person',
      'John F. Kennedy was shot in Dallas.',
      ['person:John F. Kennedy', 'location:Dallas/city'],
      ['location:John F. Kennedy'],
    ],
    [
      'a saint’s name in the possessive before a building’s or a place’s word is one place, before a body’s head one body',
      "Crowds filled St. Peter’s Square. The funeral was at St Paul's Cathedral in London, and she studied at St John's College.",
      ['location:St. Peter’s Square/feature', "location:St Paul's Cathedral/feature", "organization:St John's College", 'location:London/city'],
      ['person:Peter', 'person:Paul', 'location:Cathedral', 'organization:Cathedral'],
    ],
    // must stay: a saint's name with no head after its possessive, a saint alone
    [
      'a saint’s name with nothing after its possessive stays as it was',
      'The church of St. Peter stands in Rome. Pilgrims honour St. Peter.',
      ['location:Rome/city'],
      ["location:St. Peter's Square"],
    ],
    [
      'a place word before a one-word name makes a place of it',
      'The army held Fort Lee in 1776. Climbers left Mount Kenya for Lake Tahoe and Cape Cod.',
      ['location:Fort Lee', 'location:Mount Kenya', 'location:Lake Tahoe', 'location:Cape Cod'],
      ['person:Lee', 'person:Fort Lee'],
    ],
    // must stay: the name alone, and a longer name after the place word
    [
      'a name alone and a longer name after a place word are left to others',
      'Robert Lee was a general. Lee spoke at Fort Lee Historic Park.',
      ['person:Robert Lee'],
      ['location:Fort Lee'],
    ],
    [
      'a known country, state or city and the "City" after it are one city',
      'He moved to Mexico City in 1990, and the cab ride across Mexico City took an hour. Refineries in Texas City were shut.',
      ['location:Mexico City/city', 'location:Texas City/city'],
      ['location:City', 'organization:City', 'location:Mexico'],
    ],
    // must stay: a club the tagger reads whole
    [
      'a club named for its city stays the club',
      'Leicester City beat Manchester City 2-1 on Saturday.',
      ['organization:Leicester City', 'organization:Manchester City'],
      ['location:Leicester City', 'location:Manchester City'],
    ],
    [
      'a city after "in" is no part of the name before it',
      'The Museum of Flight in Seattle opened a new wing on Monday.',
      ['location:Seattle/city'],
      ['organization:Museum of Flight in Seattle'],
    ],
    // must stay: a campus after "at", and a wider place that is part of a body's name (and nested in it)
    [
      'a campus after "at" stays in its university',
      'She studied at the University of Texas at Arlington.',
      ['organization:University of Texas at Arlington'],
      [],
    ],
    [
      'a continent in a body’s name stays in it',
      'The Organisation for Security and Cooperation in Europe (OSCE) sent monitors.',
      ['organization:Organisation for Security and Cooperation in Europe', 'location:Europe/continent'],
      [],
    ],
    [
      'an office standing for its holder is no place',
      'The MP for Richmond said the MP had voted against the bill.',
      ['location:Richmond'],
      ['location:MP', 'organization:MP'],
    ],
    [
      'a title alone is not cut to its head',
      'The Prime Minister said trade would grow. Later the Prime Minister left for Delhi.',
      [],
      ['person:Minister', 'organization:Minister', 'location:Minister'],
    ],
    // must stay: a person after the office
    ['a person after the office stays a person', 'Labour MP John Brown voted against the bill.', ['person:John Brown'], []],
    [
      'a named region of two words is one place, not the country inside it',
      'Exports to Latin America rose, and ships were attacked in the Gulf of Aden.',
      ['location:Latin America/region', 'location:Gulf of Aden'],
      ['location:America', 'location:America/country'],
    ],
    // the two Americas together, and Africa south of the Sahara, named as regions
    [
      'a continent pair or a part of one as a region',
      'The Americas, Europe, and Africa traded before 1492. Growth in Sub-Saharan Africa slowed.',
      ['location:Americas/region', 'location:Europe/continent', 'location:Sub-Saharan Africa/region'],
      [],
    ],
    // a city opening with an Arabic article hyphened on, in lowercase or opening its sentence
    [
      'a city opening with a hyphened Arabic article',
      'Fighters attacked al-Bab on Monday. Airstrikes hit al-Hasakah. Al-Bab fell later.',
      ['location:al-Bab/city', 'location:al-Hasakah/city'],
      ['organization:al-Bab', 'organization:Al-Bab'],
    ],
    // a hyphened Arabic article inside a name before a feature's noun is part of the name
    [
      'a feature’s name with a hyphened Arabic article inside it',
      'Aid crossed at the Bab al-Hawa crossing. Fighting continued in Deir al-Zour province. Airstrikes hit Abu al-Duhur airbase.',
      ['location:Bab al-Hawa crossing', 'location:Deir al-Zour', 'location:Abu al-Duhur'],
      ['location:Hawa crossing', 'person:Deir al-Zour', 'person:Abu al-Duhur'],
    ],
    // a capitalised article hyphened to the name's first word opens the name with it (candidates/words.ts nameRun)
    [
      'a feature’s name opening with a hyphened Arabic article',
      'The Al Hol camp in Al-Hasakeh Governorate now hosts 68,000 people. Fighting reached Al-Raqqa Governorate and Deir ez-Zor Governorate.',
      ['location:Al-Hasakeh Governorate', 'location:Al-Raqqa Governorate'],
      ['location:Hasakeh Governorate', 'location:Raqqa Governorate'],
    ],
    // a city of two words or more the gazetteer knows, which the tagger reads as nothing (candidates/gazetteer.ts knownCities);
    // must stay: a longer name around it, and a city a hyphen glues to a word
    [
      'a known city of two words the tagger missed',
      'Fighters reached Tal Afar and Sinjar on Monday. The New York Times said so. The El Paso-based firm grew.',
      ['location:Tal Afar/city', 'location:Sinjar/city', 'organization:New York Times'],
      ['location:New York', 'location:El Paso'],
    ],
    // a compass adjective before a continent's or a region's name, which the tagger reads as no name
    ['a compass adjective before a continent', 'He lived in Eastern Europe for years.', ['location:Eastern Europe/region'], []],
    // and before words no English list knows, which the tagger leaves unread; must stay: a company named with English words
    [
      'a compass adjective before an unknown name',
      'Air strikes hit Eastern Ghouta on Monday. Northern Rock shares fell.',
      ['location:Eastern Ghouta/region'],
      ['location:Northern Rock', 'location:Ghouta'],
    ],
    // must stay: a match's two sides after a hyphen are no region
    ['a compass adjective after a hyphen', 'The Burundi-Central Africa qualifier was cancelled.', [], ['location:Central Africa']],
    // must stay: a person's name with the article is no city
    [
      'a person’s name with a hyphened article stays a person',
      'President Bashar al-Assad spoke in Damascus.',
      ['person:Bashar al-Assad'],
      ['location:al-Assad'],
    ],
    // must stay: the country alone, and a longer name around the region
    ['a country alone stays the country', 'America is big. Sales in South America fell.', ['location:America/country', 'location:South America'], []],
    // a range, a river, a desert or a sea written with "the" and no head noun (lexicon/landforms.ts, candidates/gazetteer.ts)
    [
      'a landform written with “the” is a place of its kind',
      'Troops crossed the Alps. The Rhine flows north. The Himalayas are high. Boats crossed the Mediterranean to the Euphrates.',
      ['location:Alps/feature', 'location:Rhine/water', 'location:Himalayas/feature', 'location:Mediterranean/water', 'location:Euphrates/water'],
      ['organization:Himalayas', 'person:Rhine'],
    ],
    // must stay: a longer name the landform opens, "the Atlantic" the magazine, a landform's name without "the"
    [
      'a landform’s name inside a longer one, or without “the”, is not the landform',
      'The Danube Commission met. Vann Newkirk, a writer for The Atlantic, said so. Ebro Foods rose.',
      ['organization:Danube Commission'],
      ['location:Danube', 'location:Atlantic', 'location:Ebro'],
    ],
    // a country's short name a company bears alone is the country only after "the" (lexicon/features.ts COMPANY_FIRST_COUNTRY_NAMES)
    [
      'a country’s short name a company bears is no place in a stadium’s name',
      'Arsenal beat United at the Emirates Stadium.',
      ['location:Emirates Stadium'],
      ['location:Emirates'],
    ],
    // must stay: the country after "the"
    ['a country’s short name after “the” stays the country', 'He moved to the Emirates in 2010.', ['location:Emirates/country'], []],
    // a state the tagger is unsure of, after a city and a comma: the gazetteers know it as a region (mentions/unsure.ts)
    [
      'a state the tagger is unsure of is kept when the gazetteers know it',
      'He performed in Eureka Springs, Arkansas, and Branson, Missouri.',
      ['location:Arkansas/region', 'location:Missouri/region'],
      [],
    ],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));
});

// web text written in lowercase names its places so too (candidates/gazetteer.ts)
describe('places in a text written in lowercase', () => {
  it.each<NameRow>([
    [
      'a known country or city in lowercase is a place where the text writes in lowercase',
      'where can i get good food in san francisco ? i went to india last year and loved it . we ate turkey for dinner . nice weather too',
      ['location:San Francisco/city', 'location:India/country'],
      ['location:turkey', 'location:nice'],
    ],
    [
      'a known place in lowercase after a place’s preposition is a place',
      'where can i buy weed in auckland ? i ll be going to baguio alone . we ate in nice weather and read in reading rooms',
      ['location:Auckland/city', 'location:Baguio'],
      ['location:nice', 'location:Nice', 'location:reading', 'location:Reading'],
    ],
    [
      'a capitalised text may write a place in lowercase after a place’s preposition, a proper noun or no English word',
      'How can I get certified in delaware? Where can I buy weed in auckland? Later we flew from Paris to india and back.',
      ['location:Delaware/region', 'location:Auckland/city', 'location:Paris/city', 'location:India/country'],
      [],
    ],
    // a known body's name in lowercase, where the text writes in lowercase (candidates/gazetteer.ts lowercaseBodies); must stay:
    // a body's name that is an English word, and an acronym written as a word
    [
      'a known body in lowercase is a body where the text writes in lowercase',
      'is walmart open on sundays ? we talked about the european union . my shell broke and i ate at the right amt',
      ['organization:Walmart', 'organization:European Union'],
      ['organization:shell', 'organization:amt'],
    ],
    [
      'a known place in lowercase listed after one is a place',
      'i m traveling to paris and london next week . where can i eat in rome , milan or naples ? we ate chicken and turkey',
      ['location:Paris/city', 'location:London/city', 'location:Rome/city', 'location:Milan/city', 'location:Naples/city'],
      ['location:turkey', 'location:Turkey'],
    ],
    // a first-level subdivision of one word is known by its English name (lexicon/subdivisions.ts PROVINCES)
    [
      'a state or a province in lowercase after a place’s preposition is a place',
      'Can you give me some information about migratory birds in punjab? We flew to kerala last week.',
      ['location:Punjab/region', 'location:Kerala/region'],
      [],
    ],
    // must stay: a division's name that is an English word or a given name
    [
      'a division named by a word or a given name is no known place',
      'Prices rose in central areas and in plateau towns. Brittany said she would call her mother.',
      ['person:Brittany'],
      ['location:Central', 'location:Plateau', 'location:Brittany'],
    ],
    // must stay: in a capitalised text, a lowercase word no preposition of place opens, or an English word that is no proper noun
    [
      'a lowercase English word in a capitalised text is no place',
      'I like reading in the evening. We ate turkey in nice weather. Then we read in reading rooms near china shops.',
      [],
      ['location:reading', 'location:Reading', 'location:turkey', 'location:Turkey', 'location:nice', 'location:Nice', 'location:China', 'location:china'],
    ],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));
});
