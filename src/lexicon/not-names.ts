// capitalised words that a tagger reads as names but that name no person, organisation or place;
// one row a word or phrase, as written, with why it is none. only a candidate that is exactly
// such a word goes: "Christmas Island" and "Easter Island" stay places

import { MONTH_NAMES, WEEKDAY_NAMES } from './function-words';
import { titleCase } from './name-forms';
import { SPELLED_ORDINALS } from './organizations';

/** the months as written, which name nothing alone; not "May", a surname as often */
export const MONTH_WORDS: readonly string[] = MONTH_NAMES.filter((m) => m !== 'may').map(titleCase);

/** the days of the week as written: "Monday" … "Sunday" */
export const WEEKDAY_WORDS: readonly string[] = WEEKDAY_NAMES.map(titleCase);

/**
 * the web's shorthand in capitals ("TIL that …", "IMO", "FYI Target is hiring"): phrases, no bodies, alone or opening the
 * name the tagger ran them into (written once over the labelled sets, UNER's "FYI", no name); not "SMH" (the Sydney Morning
 * Herald as often) nor "PSA" (a carmaker, CoNLL's twice)
 */
export const WEB_SHORTHAND: ReadonlySet<string> = new Set(['TIL', 'IMO', 'IMHO', 'AMA', 'ELI5', 'FYI', 'BTW', 'OMG', 'LOL', 'TLDR', 'WTF', 'IIRC', 'AFAIK', 'NSFW']);

/**
 * function words a sentence opens with, capitalised there, which never name anyone alone: articles,
 * pronouns and their possessives, prepositions, conjunctions
 */
export const OPENING_WORDS: readonly string[] = ['The', 'A', 'An', 'This', 'That', 'He', 'She', 'It', 'They', 'We', 'I', 'In', 'On', 'At', 'But', 'And', 'Or', 'If', 'As', 'For', 'His', 'Her', 'Their', 'Our', 'Its'];

const rows = (reason: string, words: string): Array<[string, string]> => words.split(',').map((w) => [w.trim(), reason]);

const NOT_NAME_ROWS: ReadonlyArray<[string, string]> = [
  // days of a calendar, not places or bodies (CoNLL and GUM leave them out of names)
  ...rows('holiday', 'Christmas, Easter, Ramadan, Hanukkah, Diwali, Passover, Thanksgiving, Halloween, Lent, Yom Kippur, Rosh Hashanah, Ramadhan, Pentecost'),
  // and the feasts translated news names ("on the occasion of Eid al-Fitr", a tagger reading its second word as a place)
  ...rows('holiday', 'Eid, Eid al-Fitr, Eid al-Adha, al-Fitr, al-Adha, Eid ul-Fitr, Eid ul-Adha, Nowruz, Ashura, Mawlid, Vesak, Navratri, Kwanzaa, Purim, Sukkot, Shavuot'),
  // acronyms of measures in economic news, not organisations
  ...rows('measure', 'GDP, GNP, GNI, EBITDA, EBIT, EPS, CPI, PPI, PMI, ROE, ROI, NAV, YoY'),
  // currencies' codes, an amount's unit ("225 DKK per hour", "USD 25")
  ...rows('currency', 'USD, EUR, GBP, JPY, CHF, CAD, AUD, NZD, CNY, RMB, HKD, SGD, SEK, NOK, DKK, ISK, PLN, CZK, HUF, INR, RUB, MXN, BRL, ZAR, KRW'),
  // the furniture of a wire story's web page
  ...rows('wire', 'PHOTO, PHOTOS, VIDEO, Slideshow, FILE PHOTO, GRAPHIC, FACTBOX, Factbox'),
  // a story's label in capitals, before its headline or its first words ("UPDATE, December 3.", "EXCLUSIVE: …"; glued to a headline: WIRE_SLUG)
  ...rows('wire', 'UPDATE, UPDATED, EXCLUSIVE, BREAKING, REFILE, CORRECTED, ANALYSIS, INSIGHT'),
  // words written in capitals for stress, in a web page's furniture or a post ("Register now for FREE unlimited access",
  // "I did NOT say that"): no mention over the labelled sets' outputs
  ...rows('stress', 'FREE, NOT, NEVER, ONLY, MUST, VERY, REALLY, ALWAYS'),
  // a credit line's words read alone ("Editing by Clara Mendes": the tagger may take "Editing" for a place)
  ...rows('credit', 'Reporting, Editing, Writing'),
  // months, parts of a date (CoNLL, GUM and Wikigold leave them out of names)
  ...MONTH_WORDS.map((m): [string, string] => [m, 'month']),
  // days of the week (no gold name over the labelled sets but CoNLL train's "Wednesday", twice, the club
  // Sheffield Wednesday in a match report, so that one is left to the context; "Friday" was read as a body in a political story)
  ...WEEKDAY_WORDS.filter((w) => w !== 'Wednesday').map((w): [string, string] => [w, 'weekday']),
  // their short forms ("on Fri, Sat, or Sun", "Wed. night"): gold names 0 times over the labelled sets (a date's part, other,
  // 7 times); not "Sun", a paper's and a star's name as often
  ...rows('weekday', 'Mon, Tue, Tues, Wed, Thu, Thur, Thurs, Fri, Sat, Mon., Tue., Tues., Wed., Thu., Thur., Thurs., Fri., Sat.'),
  // words of talk and chat, capitalised as a sentence of their own ("Huh.", "Yeah, …", "LMAO")
  ...rows('interjection', 'Hey, Huh, Yeah, Yep, Nope, Oh, Wow, Ciao, Hi, Hello, Okay, Um, Uh, Hmm, LOL, LMAO, FYI, Kudos, Yay, YAY, Hooray'),
  // the web's and chat's abbreviations, in capitals as acronyms are ("BTW has anyone tried …", "send me a DM"): no gold
  // name over the labelled sets (UNER's web text writes ASAP and DM, PolNeAR's news SMH and AKA)
  ...rows('chat', 'BTW, IMO, IMHO, OMG, TBH, IDK, AFAIK, ASAP, FWIW, IIRC, ROFL, SMH, NSFW, AKA, DM, DMs'),
  // a letter's or an e-mail's greetings and closings, capitalised as a line of their own ("Dear All,", "Take Care")
  ...rows('salutation', 'Dear All, Take Care, Thanks, Thank, Thank You, Greetings, Regards, Best Regards, Kind Regards, Sincerely, Please'),
  // a family's words for its parents, said as a name ("a card for Dad", "Dear Mom,"), which GUM leaves out of names (persons 2 times in 29)
  ...rows('family word', 'Dad, Mom, Mum, Mommy, Mummy'),
  // the parts of a paper, a guide or a book heading a section ("Method 1", "Warnings", "Figure 2"): no gold name in 150 over the labelled sets
  ...rows('section', 'Method, Methods, Step, Steps, Warnings, Tips, Ingredients, Chapter, Section, Figure, Appendix, Introduction, Conclusion, Abstract, Discussion, Results, Summary, Overview'),
  // a signature's or a letterhead's contact labels ("Fax 410-468-3499", "Email jane@…"): no gold name in 56 over the labelled sets
  ...rows('contact', 'Fax, Email, E-mail, Phone, Tel, Cell, Direct'),
  // "Police said …", "Police in Leeds arrested …": the common noun capitalised to open a sentence, written alone 56 times over
  // the labelled sets and never a name there (a force's name holds its place: "West Yorkshire Police")
  ...rows('common noun', 'Police, POLICE'),
  // a live blog's or a wire's labels before an entry ("Update, 3:15 p.m.:", "BREAKING:"): no gold name in 12 over the labelled sets
  ...rows('label', 'Update, UPDATE, Updated, UPDATED, Breaking, BREAKING'),
  // an era, a scripture, the Internet: names of things no person, body or place (written 65 times over the labelled sets, never a person, a body or a place)
  ...rows('thing', 'Holocaust, Internet, Bible, Gospel, Koran, Quran, Torah, Talmud, Renaissance, Reformation'),
  // an event's or a law's head noun alone, a piece of "the Battle of Gettysburg" or "the Special Marriage Act" the tagger split off (25 mentions over the leave-one-corpus-out outputs: 24 named nothing, 1 was a cited author, "Battle, Catherine")
  ...rows('event or law', 'Battle, Battles, Siege, Campaign, War, Uprising, Revolution, Treaty, Act'),
  // a language that names no people by the same word ("learned Latin", "in Hebrew"): no person, body or place (10 mentions over the leave-one-corpus-out outputs, none a gold name)
  ...rows('language', 'Latin, Hebrew, Arabic, Sanskrit, Yiddish, Esperanto, Swahili, Mandarin, Cantonese, Hindi, Urdu, Tagalog, Farsi, Pashto, Gaelic'),
  // a field of study alone ("the Nobel Prize in Physics", "a degree in Economics"), the tagger's place or body: written 30 times over
  // the labelled sets, alone typed other 6 times and nothing 15, never a person, a body or a place (the rest inside a body's
  // name, "Department of Physics and Astronomy", which the rule leaves)
  ...rows('field of study', 'Physics, Chemistry, Economics, Mathematics, Biology, Literature, Medicine, Philosophy, Sociology, Psychology, Geography, Astronomy, Engineering'),
  // an award's ceremony or its prizes by their plural ("swept the Grammys", "at the Oscars"): events and prizes, typed other
  // the 3 times the labelled sets write one, never a person, a body or a place (the singular "Oscar", "Tony" is a given name)
  ...rows('award', 'Grammys, Oscars, Emmys, Tonys, Baftas, BAFTAs, Golden Globes'),
  // a transcript's stage directions, "(Laughter)", "(Applause)"
  ...rows('stage direction', 'Laughter, Applause'),
  // ordinals and "None" alone, a table's or a list's words ("Fourth: Kenya", "None")
  ...[...SPELLED_ORDINALS].map((w): [string, string] => [titleCase(w), 'ordinal']),
  ...rows('ordinal', 'None'),
  // abbreviations of common words: "No. 5", a letter's "P.S."
  ...rows('abbreviation', 'No., Nos., P.S.'),
  // diseases and viruses, some named for a place ("the Zika virus", "Ebola"): CoNLL's and GUM's MISC 18 times over the labelled sets, never a person, body or place
  ...rows('disease', 'Zika, Ebola, HIV, AIDS, SARS, MERS, COVID, Covid, COVID-19, Covid-19, H1N1, H5N1, Mpox'),
  ...[...WEB_SHORTHAND].map((w): [string, string] => [w, 'web shorthand']),
  // acronyms of common nouns, written in capitals but naming no body: a molecule, a technology, an offence, a share sale
  ...rows('common acronym', 'DNA, RNA, AI, LED, UV, GPS, PDF, API, FAQ, DUI, IPO, IQ, DLC, ROV, MSG, BCE, CE'),
];

/** words before a storm's given name, which names the storm, not a person: "Hurricane Katrina", "Typhoon Haiyan" */
export const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm']);

/** a law's last word, before which the words of its name are no name ("Affordable Care" of "Affordable Care Act"), where a treaty's or a convention's may hold one ("Paris Declaration", "South Carolina Tea Party Coalition Convention") */
export const LAW_HEADS: ReadonlySet<string> = new Set(['act']);

/**
 * last words of a law's, a treaty's or a congress's name: "Affordable Care Act", "Paris Agreement", "Kyoto Protocol",
 * "Geneva Conventions", "Democratic National Convention", "Monroe Doctrine", "First Amendment" (GUM's one gold amendment
 * is typed other); such a name is a work or an event, never a person, a body or a place (gold names of two words or
 * more so closed over the labelled sets, CoNLL train
 * with them: 44 typed other, 3 organisations, CoNLL train's "Penn Treaty", a company, twice and "Democrat National
 * Convention" once); not "Pact" ("Warsaw Pact", which corpora read either way) nor "Initiative" (a body's name as
 * often: "Nuclear Threat Initiative")
 */
export const LAW_NAME_HEADS = new Set([
  ...LAW_HEADS, 'agreement', 'agreements', 'accord', 'accords', 'treaty', 'treaties', 'protocol', 'protocols', 'convention',
  'conventions', 'charter', 'declaration', 'doctrine', 'amendment', 'amendments',
]);

/**
 * last words of an instrument's name: "James Webb Space Telescope", "Hubble Space Telescope", typed other the 3 times the
 * labelled sets write one; the tagger read the first as a person
 */
export const INSTRUMENT_HEADS: ReadonlySet<string> = new Set(['telescope']);

/**
 * first words of a treaty's, a law's, a battle's or a war's name written head first, before "of": "Treaty of Versailles", "Bill
 * of Rights", "Declaration of Independence", "Battle of Gettysburg", "Siege of Leningrad", "War of 1812" (gold names so opened
 * over the labelled sets: 12, all typed other); not "Convention" ("Convention of Scottish Local Authorities", a body)
 */
export const WORK_OPENERS: ReadonlySet<string> = new Set(['treaty', 'treaties', 'declaration', 'charter', 'protocol', 'bill', 'act', 'battle', 'battles', 'siege', 'war', 'peace']);

/** an era's abbreviations, which beside a year or after a century are a date's, not British Columbia: "3000 BC", "the 7th century BC", "AD 200" */
export const ERA_WORDS = new Set(['BC', 'AD', 'B.C.', 'A.D.']);

/** the halves of a day a clock's time closes with, which after the time are part of it, not a place or a body: "12:05 PM", "at 2 AM" */
export const MERIDIEM_WORDS = new Set(['AM', 'PM', 'A.M.', 'P.M.']);

/** the spans an era's abbreviation may follow: "the 7th century BC" */
export const ERA_SPANS = new Set(['century', 'centuries', 'millennium']);

/** currencies by name, which next to a number are an amount ("3,40 Euros"), not a body or a people ("Pounds" is a surname too) */
export const CURRENCY_WORDS = new Set(['Euros', 'Euro', 'Dollars', 'Pounds', 'Yen', 'Rupees']);

/**
 * words of praise and blame that open a review's title or verdict ("Great Service", "Lovely
 * Cottage", "Poor Service", "Nice and quiet"): capitalised for the title, naming nothing; a name
 * that opens so ("Great Lakes", "Nice") is one the gazetteer knows
 */
export const VERDICT_WORDS = new Set(
  'great,good,nice,excellent,wonderful,amazing,awesome,lovely,fantastic,terrific,superb,perfect,beautiful,friendly,poor,bad,terrible,horrible,awful,worst,simple,quick,very,too,pure'.split(','),
);

/** a word or phrase that names nothing, as written, to the reason it does not */
export const NOT_NAMES: ReadonlyMap<string, string> = new Map(NOT_NAME_ROWS);

/**
 * the words of a wire story's credit line, before the people who wrote or edited it: "Reporting by
 * Marie Dupont; Editing by John Stonestreet"; the credit words are no part of the name after them
 */
export const CREDIT_WORDS = new Set(['reporting', 'editing', 'writing', 'compiled', 'additional', 'photo', 'photos', 'graphic', 'graphics']);

/**
 * the exchanges of a wire's instrument codes, the letters after the dot: New York (N, O, OQ, A, P, K,
 * PK), London (L), Paris (PA), Frankfurt (DE, F), Amsterdam (AS), Brussels (BR), Milan (MI), Madrid
 * (MC), Zurich (S, SW, VX), the Nordics (ST, CO, OL, HE), Vienna (VI), Lisbon (LS), Dublin (I, IR),
 * Tokyo and Osaka (T, OS), Hong Kong (HK), Shanghai and Shenzhen (SS, SZ), Taipei (TW, TWO), Seoul
 * (KS, KQ), Singapore (SI), Sydney (AX), Wellington (NZ), Mumbai (BO, NS), Jakarta (JK), Kuala Lumpur
 * (KL), Bangkok (BK), Toronto (TO, V, CN), Sao Paulo (SA), Mexico (MX), Buenos Aires (BA), Santiago
 * (SN), Johannesburg (J, JO), Tel Aviv (TA), Istanbul (IS), Riyadh (SE), Doha (QA), Dubai and Abu
 * Dhabi (DU, AD), Moscow (MM), Warsaw (WA), Prague (PR), Budapest (BU)
 */
const EXCHANGES =
  'N,O,OQ,A,P,K,PK,L,PA,DE,F,AS,BR,MI,MC,S,SW,VX,ST,CO,OL,HE,VI,LS,I,IR,T,OS,HK,SS,SZ,TW,TWO,KS,KQ,SI,AX,NZ,BO,NS,JK,KL,BK,TO,V,CN,SA,MX,BA,SN,J,JO,TA,IS,SE,QA,DU,AD,MM,WA,PR,BU';

/**
 * a wire's instrument code after a company's name, bare or in brackets: "Airbus AIR.PA said",
 * "Volkswagen (VOWG_p.DE)", "Toyota (7203.T)", "Ford F.N": a ticker on an exchange, naming nothing of
 * its own, which the tagger reads as names ("PA", "DE") and which turns the company's name before it
 * into a place. a share class may follow a ticker in lowercase ("DBKGn.DE", "VOWG_p.DE"); a ticker of
 * one letter only on New York's exchange, and not "U" ("U.S", "I.T", "S.A" written without their
 * last dot are no codes)
 */
const CODE = `(?:[A-Z0-9]{2,8}(?:_[a-z]|[a-z])?\\.(?:${EXCHANGES.replaceAll(',', '|')})|[A-TV-Z]\\.N)`;
export const INSTRUMENT_CODE = new RegExp(`\\(${CODE}\\)|(?<![\\w.])${CODE}(?![\\w.])`, 'g');

/**
 * a wire's slug before its headline, in capitals and glued to it by a hyphen: "UPDATE 2-Oil rises",
 * "EXCLUSIVE-Apple plans", "REFILE-Fed holds", "CORRECTED-UPDATE 1-UK inflation", "GLOBAL MARKETS-Stocks
 * fall". It names nothing, and read as words it glues itself to the headline's first name ("CORRECTED-UK"
 * a place) or stands for a body ("UPDATE"); only these words, at a line's start, so that "US-China talks"
 * stays
 */
const SLUG_WORDS = 'UPDATE, WRAPUP, REFILE, RPT, CORRECTED, CORRECTION, EXCLUSIVE, ANALYSIS, INSIGHT, FACTBOX, PREVIEW, COLUMN, FEATURE, INTERVIEW, BREAKINGVIEWS, SPECIAL REPORT, GLOBAL MARKETS, EMERGING MARKETS, FOREX, PRECIOUS, METALS, TREASURIES, BRIEF';
export const WIRE_SLUG = new RegExp(`(?<![^\\n])(?:(?:${SLUG_WORDS.split(', ').join('|')})(?: \\d{1,2})?-)+(?=\\S)`, 'g');

/** the epithets a ruler's or a saint's name takes after "the" ("Peter the Great", "Pliny the Elder"): no name of their own */
export const EPITHETS: ReadonlySet<string> = new Set(['Great', 'Elder', 'Younger', 'Conqueror', 'Terrible', 'Bold', 'Magnificent', 'Pious', 'Confessor', 'Venerable', 'Lionheart']);
