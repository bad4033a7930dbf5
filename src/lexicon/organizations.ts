/**
 * a company's legal form as companies write it after their name: "Apple Inc.", "Acme Corp", "Fiat SpA", "Nokia Oyj",
 * "Equinor ASA", "Marks & Spencer Group plc"; not in capitals where a word of another sense is so written ("CO",
 * Colorado; "SA", South Australia; "SE", south-east), nor "LP", a record
 */
export const WRITTEN_LEGAL_FORMS: ReadonlySet<string> = new Set([
  'Inc', 'Inc.', 'Incorporated', 'Corp', 'Corp.', 'Corporation', 'Co', 'Co.', 'Ltd', 'Ltd.', 'Limited', 'plc', 'PLC', 'Plc', 'LLC', 'LLP',
  'AG', 'GmbH', 'KGaA', 'S.A.', 'NV', 'N.V.', 'BV', 'B.V.', 'SpA', 'S.p.A.', 'Srl', 'SARL', 'Oyj', 'ASA', 'Pty', 'Pte', 'Bhd',
]);

/**
 * the same in lowercase, where a name already ends in it: "BioNTech SE" (a European company), "Vale SA", "KKR LP"; the
 * name without it is the same company
 */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([...[...WRITTEN_LEGAL_FORMS].map((w) => w.toLowerCase()), 'se', 'sa', 'lp']);

// last words that make a capitalised run an organisation: "Labour Party", "Acme Corp"
export const ORG_SUFFIXES = new Set([
  ...LEGAL_FORMS, 'group', 'holdings', 'party', 'ministry', 'department',
  'university', 'college', 'institute', 'council', 'committee', 'commission', 'agency', 'association',
  'federation', 'union', 'league', 'foundation', 'fund', 'bank', 'court', 'parliament', 'assembly',
  'congress', 'senate', 'army', 'navy', 'forces', 'brigades', 'police', 'service', 'bureau',
  'authority', 'office', 'organization', 'organisation', 'movement', 'front', 'club', 'times',
  'post', 'news', 'press', 'agency', 'network', 'airlines', 'airways', 'motors', 'systems',
  'technologies', 'industries', 'international', 'partners', 'associates', 'capital', 'securities', 'exchange',
  // a company's line of business closing its name: "Meta Platforms", "Moderna Therapeutics", "Duke Energy"
  'platforms', 'labs', 'ventures', 'networks', 'communications', 'pharmaceuticals', 'therapeutics',
  'entertainment', 'studios', 'software', 'semiconductor', 'semiconductors', 'electronics', 'bancorp',
  'insurance', 'telecom', 'solutions', 'enterprises', 'investments', 'logistics', 'petroleum', 'chemicals',
  'aerospace', 'biotech', 'energy', 'media', 'automotive', 'motor', 'mining', 'resources', 'pharma', 'dynamics',
  'foods', 'brands', 'robotics',
  // and the heavy industries' names business news translates: "Rongsheng Petrochemical", "Dow Chemical", "Ambuja Cement",
  // "Hanjin Shipping" (gold names so closed are organisations 4 times in 4 over the labelled sets)
  'petrochemical', 'petrochemicals', 'chemical', 'pharmaceutical', 'refining', 'shipping', 'shipbuilding', 'cement',
  // a research body: "Jet Propulsion Laboratory", "Cold Spring Harbor Laboratory", "Berlex Laboratories" (gold bodies 5 times in 5)
  'laboratory', 'laboratories',
  // a music group closing its name: "Dave Matthews Band", "Twilite Orchestra" (gold names so closed are organisations 9 times in 9)
  'band', 'orchestra', 'ensemble', 'choir', 'quartet',
  // a military or security body, as "forces" and "army" are: "Australian Defence Force", "Central Command", "Coast Guard"
  'force', 'command', 'guard',
]);

/**
 * heads that take their name in an `of` phrase: "University of Texas", "Ministry of Defence",
 * "Church of Scientology"; the whole phrase is the organisation, not the head and a place
 */
export const OF_HEADS = new Set([
  'university', 'college', 'institute', 'academy', 'school', 'museum', 'bank', 'church', 'society',
  'association', 'federation', 'union', 'council', 'corps', 'department', 'ministry', 'municipality',
  'board', 'commission', 'committee', 'agency', 'foundation', 'journal', 'league', 'court', 'bureau',
  'chamber', 'assembly', 'parliament', 'government', 'office', 'party', 'order', 'synod', 'diocese',
  'directorate', 'secretariat',
]);

/**
 * heads of public bodies, which open their names with the place they serve: "Irving Police
 * Department", "U.S. Environmental Protection Agency"; not clubs, exchanges or companies, which take a
 * city's name without being about it ("Chicago Cubs", "New York Stock Exchange")
 */
export const PUBLIC_BODY_HEADS = new Set([
  'department', 'agency', 'police', 'service', 'institute', 'university', 'college', 'school',
  'district', 'foundation', 'council', 'commission', 'ministry', 'office', 'bureau', 'administration',
  'authority', 'survey', 'museum', 'library', 'hospital', 'government', 'navy', 'army', 'forces',
  'parliament', 'court', 'senate', 'assembly', 'congress',
]);

/** last words of a newspaper's or magazine's name: "New Zealand Herald", "Saudi Gazette", "Orlando Sentinel" */
export const PUBLICATION_HEADS = new Set([
  'herald', 'gazette', 'tribune', 'chronicle', 'telegraph', 'observer', 'courier', 'magazine',
  'sentinel', 'bulletin', 'times', 'journal', 'inquirer', 'examiner', 'dispatch', 'globe', 'enquirer',
  'statesman', 'advertiser', 'telegram', 'picayune', 'mail', 'mirror', 'monitor', 'standard', 'post', 'independent',
]);

/**
 * `Hall of Fame`: a hall named by an `of` phrase that is a body, not a building, with the words
 * before it that say what it honours ("Hockey Hall of Fame", "Rock and Roll Hall of Fame"); gold
 * names so written are organisations 8 times in 8 over wikigold, CoNLL's train reads one as other
 * (a building's hall keeps its own head: "Carnegie Hall", "Hall of Mirrors")
 */
export const HONOUR_HALLS = new Set(['fame', 'honor', 'honour']);

/** the words inside the name before a hall of fame: "Rock and Roll", "Badminton Canada's", "University of Texas" */
export const HALL_JOINS = new Set(['and', '&', 'of', "'s", '’s']);

/** heads of bodies and sites named after a person: "Andy Warhol Foundation", "Leigh Block Museum" */
export const NAMED_FOR_HEADS = new Set([
  'foundation', 'museum', 'institute', 'trust', 'fund', 'gallery', 'library', 'society', 'memorial',
]);

/**
 * last words of a company's name that name its trade: "Virgin Records", "Salt Publishing", "Veolia
 * Transport"; gold names of two words or more so ending are organisations 65 times in 65 over the
 * labelled sets (not "Games" or "Resources", events and collections as often)
 */
export const TRADE_HEADS = new Set([
  'records', 'publishing', 'transport', 'design', 'sports', 'media', 'entertainment', 'studios',
  'productions', 'pictures', 'films', 'software', 'labs', 'lab', 'gaming', 'motorsports',
  'electronics', 'pharmaceuticals', 'foods', 'brewing', 'brewery', 'energy', 'communications',
  'telecom', 'broadcasting', 'enterprises', 'ventures', 'investments', 'insurance', 'logistics',
  'consulting', 'solutions', 'medical', 'healthcare', 'bancorp', 'bancshares', 'petroleum', 'mining',
  'steel', 'airlines', 'motors', 'computers', 'restaurants', 'hotels', 'stores', 'markets',
]);

/**
 * heads an article drops when it names the body again: "Labour Party" → "Labour", "Five Star
 * Movement" → "Five Star", and a company's group or line of business: "Lucid Group" → "Lucid",
 * "Rivian Automotive" → "Rivian", "Meta Platforms" → "Meta"; not a bank's or a university's ("Japan"
 * is not the Bank of Japan), nor a line of business that names a place's utility ("Duke Energy")
 */
export const DROPPED_HEADS = [
  'party', 'movement', 'group', 'holdings', 'automotive', 'motors', 'platforms', 'therapeutics', 'pharmaceuticals',
  'airlines', 'airways', 'technologies', 'industries', 'systems', 'networks', 'communications', 'entertainment',
  'studios', 'labs', 'enterprises', 'bancorp',
] as const;

/**
 * heads of a unit or a court numbered by an ordinal before its name: "82nd Airborne Division", "5th
 * Circuit", "9th U.S. Circuit Court of Appeals", "4th Armoured Brigade"
 */
export const NUMBERED_HEADS = new Set([
  'division', 'brigade', 'regiment', 'battalion', 'corps', 'fleet', 'army', 'squadron', 'wing', 'airborne',
  'infantry', 'cavalry', 'marines', 'force', 'command', 'group', 'circuit', 'court',
]);

/** ordinals written out, lowercase: "the Fourth Division", "the Second Circuit" number a unit or a court as "4th" does */
export const SPELLED_ORDINALS: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']);

/** the heads of a state's name as well as a body's: "Soviet Union", "Russian Federation" */
export const STATE_HEADS = new Set(['union', 'federation']);

/**
 * last words that make a name found otherwise a body's ("Hindenburg Research, a short seller", "Pew Research", which the
 * tagger reads as persons), but too often a heading's or a field's ("Previous Research", "Second Language Research") for
 * a rule to propose a name by them: evidence of a type only (mentions/evidence.ts)
 */
export const FOUND_BODY_HEADS: ReadonlySet<string> = new Set(['research']);

/**
 * heads that take their name in an `on` phrase: "Commission on Presidential Debates", "Conference on
 * Disarmament", "Council on Foreign Relations", a legislature's committees ("Committee on Science,
 * Space and Technology"); a weekday after `on` is a date, never the name (words.ts isName)
 */
export const ON_HEADS: ReadonlySet<string> = new Set(['committee', 'subcommittee', 'commission', 'council', 'conference', 'centre', 'center']);

/**
 * heads of a government's bodies that open their names with a list of what they do: "Foreign, Commonwealth
 * and Development Office", "Health, Education, Labor and Pensions Committee"
 */
export const LISTED_BODY_HEADS: ReadonlySet<string> = new Set([
  'office', 'department', 'ministry', 'committee', 'subcommittee', 'commission', 'council', 'agency', 'bureau',
  'authority', 'directorate',
]);

/** a broadcaster's head before its station's number: "BBC Radio 4", "Channel 4 News", "Radio 1" */
export const NUMBERED_OUTLET_HEADS: ReadonlySet<string> = new Set(['radio', 'channel']);

/** what may follow a station's number in its name: "Channel 4 News", "BBC Radio 5 Live", "Radio 1 Xtra" */
export const STATION_TAILS: ReadonlySet<string> = new Set(['news', 'live', 'extra', 'xtra', 'plus']);

/**
 * first words of Arabic names of armed groups, parties and councils, each the head noun the rest of the name qualifies:
 * "Jabhat al-Nusra" (front), "Jaysh al-Islam", "Jaish al-Fatah" (army), "Harakat al-Nujaba" (movement), "Hay'at Tahrir
 * al-Sham" (body), "Kata'ib Hezbollah", "Katibat" (battalions, battalion), "Liwa al-Quds", "Alwiya" (brigade,
 * brigades), "Saraya al-Salam" (companies), "Asa'ib Ahl al-Haq", "Usbat al-Ansar" (leagues, league), "Ahrar al-Sham"
 * (free men), "Faylaq al-Rahman" (corps), "Firqat" (division), "Quwat" (forces), "Hizb ut-Tahrir" (party), "Tanzim",
 * "Hurras al-Din" (organisation, guardians), "Jamaat", "Jama'at" (group), "Junud al-Sham" (soldiers). A name of two
 * words or more opening with one is a body, where taggers trained on European names read a person or a place ("Kata'ib
 * Hezbollah", "Liwa al-Quds"). Ansar (supporters) opens one only before the article (a place's name too); left out: Majlis
 * and Ahl (they open other names as often)
 */
const ARABIC_BODY_OPENERS: ReadonlySet<string> = new Set([
  'jabhat', 'jaysh', 'jaish', 'harakat', "hay'at", 'hayat', "kata'ib", 'kataib', 'katibat', 'liwa', 'liwaa', 'alwiya',
  'saraya', "asa'ib", 'asaib', 'usbat', 'ahrar', 'faylaq', 'firqat', 'quwat', 'hizb', 'tanzim', 'hurras', 'jamaat',
  "jama'at", 'junud',
]);

/** `Ansar al-Sharia`, `Ansar al-Islam`: head nouns of a body's name only before the article (Ansar alone is a place's name too) */
const ARTICLED_BODY_OPENERS: ReadonlySet<string> = new Set(['ansar']);

/** `word` opens an Arabic body's name of two words or more (ARABIC_BODY_OPENERS), in any apostrophe; `articled` when the article is hyphened to the next word */
export const opensBodyName = (word: string, articled: boolean): boolean => {
  const lower = word.replace(/\u2019/g, "'").toLowerCase();
  return ARABIC_BODY_OPENERS.has(lower) || (articled && ARTICLED_BODY_OPENERS.has(lower));
};

/** a last word that makes a name an organisation's: a suffix, an of-head or a publication's head */
export const isBodyHead = (word: string): boolean => ORG_SUFFIXES.has(word) || OF_HEADS.has(word) || PUBLICATION_HEADS.has(word);

/**
 * heads that take their name in a `for` phrase: "Centre for Control of Iodine Deficiency
 * Disorders", "Joint Council for the Welfare of Immigrants", "Party for Freedom", and a government's
 * departments as Britain and France name them ("Department for International Development",
 * "Ministry for Europe and Foreign Affairs"); a monitor named for what it watches ("Syrian
 * Observatory for Human Rights", the war's most quoted source of casualty figures)
 */
export const FOR_HEADS = new Set([
  'centre', 'center', 'centres', 'centers', 'council', 'foundation', 'commission', 'commissioner', 'institute', 'society',
  'committee', 'campaign', 'coalition', 'alliance', 'fund', 'agency', 'office', 'union', 'association',
  'league', 'movement', 'network', 'party', 'trust', 'organization', 'organisation', 'department', 'ministry',
  'directorate', 'secretariat', 'authority', 'bureau', 'observatory',
]);
