// words around a name that say what it names, whatever a model guessed: "said Guilbeault" is a
// person, "shares of Zentrova" and "Zentrova chief executive" an organisation. one row a cue: the
// words before or after the name (lowercase, matched token by token), the type, and why

import type { EntityType } from '../core/types';
import { COMPASS_ADJECTIVES } from './features';
import { OFFICE_HEADS } from './titles';
import { DEMONYM_DESCRIPTORS } from './demonyms';

export interface TypeCue {
  reason: string;
  type: EntityType;
  /**
   * the words right before the name, or right after it; or, `defined`, the head noun of what a
   * sentence opening with the name says it is ("Zentrova is a Danish maker of pumps": `maker`)
   */
  side: 'before' | 'after' | 'defined';
  words: readonly string[];
  /**
   * names the cue says nothing of: a known place ("Tokyo shares" are its market's), a name that is no
   * known place, a country (a national side, a place as CoNLL reads it: "England striker"), a country or a region
   * (`land`: "an Iowa poll" asks the place, "a Gallup poll" the town's namesake pollster), an all-caps
   * acronym ("said KCNA", an agency), a name a verb follows, the subject of a reported clause
   * ("said Chechnya should be independent"), a person's full name, a given name opening it ("Ingrid Solberg founded
   * its museum": the pronoun is another name's), a name of more words than one (a full name whose given name no
   * list holds: "Elon Musk reported"), a name ending in a word of direction, an adjective before the cue's noun
   * ("Most Southern states")
   */
  unless: ReadonlyArray<'place' | 'unplaced' | 'country' | 'land' | 'acronym' | 'clause' | 'personal' | 'phrase' | 'direction'>;
  /**
   * the cue's word may stand up to this many words after the name, over lowercase words of its
   * clause only, and only where the name is a clause's subject (no preposition, determiner or verb
   * before it): "Byron received his", not "in Cambridge he formed". a reaching cue of two words reads
   * its first right after the name and its second within the reach after that: "Zentrova posted a
   * quarterly loss" (`posted … loss`)
   */
  reach?: number;
  /**
   * an `after` cue in the plural names each name of a list coordinated before it too: "Raqqa and Hasakeh
   * governorates", "Ras Al Ain, Tell Abiad and Ein Issa towns"; a `before` cue each name of a list coordinated
   * after it: "cities like Matosinhos, Maia and Gondomar"
   */
  list?: boolean;
  /**
   * an `after` cue's words close the name's noun phrase: no noun or possessive follows them ("Ariha town in
   * Idlib", not "a Trump town hall")
   */
  closes?: boolean;
}

const cue = (reason: string, type: EntityType, side: TypeCue['side'], unless: TypeCue['unless'], ...phrases: string[]): TypeCue[] =>
  phrases.map((p) => ({ reason, type, side, unless, words: p.split(' ') }));

const reaching = (reach: number, cues: TypeCue[]): TypeCue[] => cues.map((c) => ({ ...c, reach }));

const listed = (cues: TypeCue[]): TypeCue[] => cues.map((c) => ({ ...c, list: true }));

const closing = (cues: TypeCue[]): TypeCue[] => cues.map((c) => ({ ...c, closes: true }));

/** what a person does or is to someone */
const PERSON_KINDS = ['singer', 'actor', 'actress', 'rapper', 'guitarist', 'drummer', 'bassist', 'author', 'writer', 'novelist', 'poet', 'painter', 'artist', 'composer', 'journalist', 'photographer', 'architect', 'comedian', 'vocalist', 'pianist', 'striker', 'midfielder', 'defender', 'goalkeeper', 'coach', 'lawyer', 'spokesman', 'spokeswoman', 'analyst', 'economist', 'historian', 'scientist', 'professor', 'teacher', 'student', 'brother', 'sister', 'son', 'daughter', 'wife', 'husband', 'father', 'mother', 'friend', 'colleague'];

/** what a person is to someone in a family */
const KIN_WORDS = ['wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'widow', 'widower', 'grandson', 'granddaughter', 'stepson', 'stepdaughter'];

/** what a company does, as business news names it: `planemaker Airbus`, `the carmaker said` */
export const COMPANY_KINDS = ['retailer', 'chain', 'lender', 'bank', 'insurer', 'conglomerate', 'manufacturer', 'miner', 'carmaker', 'automaker', 'drugmaker', 'chipmaker', 'planemaker', 'steelmaker', 'plane maker', 'car maker', 'chip maker', 'drug maker'];

/**
 * what a company is in its trade, before its name as COMPANY_KINDS are ("tech giant Huawei", "utility
 * Cukurova"), but an adjective or a noun before a place as often ("two giant Texas plants"): never read
 * before a known place's name. not "operator", a person's job as often ("questioned operator George F. Hauser")
 */
export const COMPANY_ROLES = ['giant', 'distributor', 'utility', 'brewer', 'startup', 'start-up', 'regulator', 'watchdog', 'broadcaster', 'airline'];

/**
 * a company's trade, or its rivalry, opening a sentence before its name ("Carmaker Rivian Automotive rose", "Rival
 * Rivian rose"): one word, no part of the name the tagger runs it into; not "bank" ("Bank Leumi") nor "giant" ("Giant Eagle")
 */
export const TRADE_OPENERS: ReadonlySet<string> = new Set([
  ...COMPANY_KINDS.filter((w) => !w.includes(' ') && w !== 'bank'),
  ...COMPANY_ROLES.filter((w) => w !== 'giant'),
  'rival',
]);

/** a company's kind or trade, written in lowercase right before its name: "planemaker Airbus", "watchdog Ofcom" (candidates/bodies.ts) */
export const KINDS_BEFORE_NAME: ReadonlySet<string> = new Set([...COMPANY_KINDS, ...COMPANY_ROLES].filter((w) => !w.includes(' ')));

/** bodies by their trade, in the plural, before a list of them: "firms such as Zentrova and Velmora", "suppliers such as Safran" */
const LISTED_BODY_KINDS = [
  'companies', 'firms', 'suppliers', 'banks', 'lenders', 'insurers', 'retailers', 'carmakers', 'automakers', 'airlines',
  'brands', 'outlets', 'newspapers', 'broadcasters', 'groups',
];

/** the kinds of bodies a sentence may define a name as */
export const BODY_DEFINITIONS = ['band', 'group', 'company', 'corporation', 'manufacturer', 'maker', 'chain', 'retailer', 'firm', 'label', 'club', 'team', 'organisation', 'organization', 'party', 'airline', 'newspaper', 'magazine', 'broadcaster', 'network', 'agency', 'association', 'society', 'charity', 'orchestra', 'foundation', 'institute', 'bank', 'publisher', 'union', 'league', 'federation'];

/**
 * body kinds that also count what their `of` names, in an appositive as often a description of the
 * words before the name: "in the Capitol, a group of Republicans and Democrats met"
 */
export const COLLECTIVE_KINDS: ReadonlySet<string> = new Set(['group', 'team', 'network', 'party', 'union', 'league', 'association', 'federation', 'society', 'band']);

/** the kinds of places a sentence may define a name as */
export const PLACE_DEFINITIONS = ['city', 'town', 'village', 'commune', 'hamlet', 'suburb', 'neighbourhood', 'neighborhood', 'municipality', 'county', 'province', 'region', 'country', 'island', 'river', 'lake', 'mountain', 'valley'];

/**
 * the kinds of places a name of one may follow, with `of`: "the town of Albu Kamal"; and the parts of one, and where
 * from it: "the countryside of Idleb", "the outskirts of Kherson", "the capital of Niger", "parts of Texas", "north of Baghdad"
 * (gold names so preceded, over the labelled sets: capital 12 in 13, island 7 in 7, area 8 in 8, parts 7 in 8, north,
 * east and west 48 in 48, south 12 in 17: four are the "Chechen" of "south of the Chechen capital", one a town CoNLL marks
 * a person). Not `state`,
 * which opens "the State of the Union"
 */
const PLACE_KINDS = [
  ...['town', 'towns', 'city', 'cities', 'village', 'villages', 'province', 'provinces', 'district', 'districts', 'region', 'regions'],
  ...['governorate', 'port', 'municipality', 'suburb', 'suburbs', 'county', 'counties', 'capital', 'island', 'islands'],
  ...['area', 'outskirts', 'countryside', 'vicinity', 'parts', 'north', 'south', 'east', 'west'],
];

/**
 * the endings of a company's web address that news writes as its name ("Amazon.com Inc", "Overstock.com Inc."),
 * lowercase: the tokeniser reads the dot as a full stop, so the candidates of candidates/companies.ts join them again
 */
export const DOMAIN_ENDINGS: ReadonlySet<string> = new Set(['com', 'net', 'org', 'io', 'co', 'ai']);

/**
 * what only a company has, after its name's possessive: "Zentrova's chief executive", "Zentrova's
 * share price" (not its shares or its founder, which a person may hold or be: "Musk's shares")
 */
export const COMPANY_POSSESSIONS = ['ceo', 'cfo', 'chief executive', 'chief financial officer', 'share price'];

/** the words before a name that hold a share of it: "shares in", "a stake of", "shareholders in" */
export const HOLDINGS: ReadonlySet<string> = new Set(['shares', 'stake', 'stakes', 'shareholders', 'shareholding']);

export const TYPE_CUES: readonly TypeCue[] = [
  // `“We will act,” said Guilbeault`: a verb of saying before the name puts its speaker there; not a country's name, the
  // subject of what is said as a rule ("Xi said China and Vietnam are good neighbours")
  ...cue('said-name', 'person', 'before', ['acronym', 'clause', 'country'], 'said', 'says', 'added', 'explained', 'insisted', 'replied', 'continued'),
  // a life's events and a person's pronoun right after the name: "Mara Vell was born", "Okafor died", "Okafor and his wife"
  ...cue('life', 'person', 'after', ['acronym', 'place'], 'was born', 'died', 'and his', 'and her'),
  // what is done to a person alone, right after the name: "Lincoln was shot", "Okafor was arrested" (gold names so followed
  // are persons 19 times in 20 over the labelled sets, the other a known place ending a subject's phrase: "a farm in northern
  // Costa Rica was kidnapped"); not `was elected`, `was named` or `was released`, said of parties, cities and records too
  ...cue(
    'life',
    'person',
    'after',
    ['acronym', 'place'],
    ...['shot', 'arrested', 'jailed', 'sentenced', 'charged', 'executed', 'hospitalized', 'hospitalised', 'fired', 'sacked', 'wounded', 'appointed', 'assassinated', 'murdered', 'indicted', 'convicted', 'imprisoned', 'detained', 'kidnapped', 'abducted'].map(
      (w) => `was ${w}`,
    ),
  ),
  // a biography's opening brackets: "Carter Beauford (born November 2, 1957)", "Angela Carder (née Stone)" (gold names so followed are persons 22 times in 22)
  ...cue('life', 'person', 'after', ['acronym', 'place'], '( born', '( née', '( nee'),
  // a person's kin, death and life after the name's possessive: "Okafor's wife", "Okafor's death"
  ...cue(
    'life',
    'person',
    'after',
    ['acronym', 'place'],
    ...['wife', 'husband', 'father', 'mother', 'son', 'daughter', 'brother', 'sister', 'parents', 'widow', 'death', 'funeral', 'childhood', 'lawyer'].map((w) => `'s ${w}`),
  ),
  // a candidate's campaign staff or a leader's government after the name: "Dole campaign manager Scott Reed",
  // "the Obama administration" (gold names followed by `campaign` or `administration` are persons 18 times in 24
  // over the labelled sets; the rest a contest, "UEFA Cup campaign", or a place, "the Hong Kong administration";
  // a campaign alone is a war's too, "the Fallujah campaign", so only its staff count)
  ...cue(
    'campaign',
    'person',
    'after',
    ['acronym', 'place'],
    'administration',
    ...['manager', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'aides', 'adviser', 'advisers', 'official', 'officials', 'staff', 'staffers'].map((w) => `campaign ${w}`),
  ),
  // a subject's own pronoun a few words on in its clause: "Byron received his early education", "Okafor said he would"
  ...reaching(6, cue('pronoun-after', 'person', 'after', ['acronym', 'place'], 'he', 'she', 'his', 'her', 'him', 'himself', 'herself')),
  // the same for a thing's pronoun: "Tesla recalled cars with its Autopilot", "Zentrova said its profit rose";
  // a known place's is a country's or a city's ("India would re-examine its position"). gold names so
  // followed are persons 7 times in 131 over the labelled sets and CoNLL train, places 32 (all but one known)
  ...reaching(6, cue('pronoun-after', 'organization', 'after', ['place', 'personal'], 'its', 'itself')),
  // a company's results or its recall, reported right after its name as the clause's subject: "Zentrova posted
  // a quarterly loss", "Velmora reported higher first-half profit", "Tesla recalled 120,000 cars" (gold names
  // a verb of reporting and then a result follow are organisations 15 times in 15 over the labelled sets and
  // CoNLL train); a person speaks of results ("Smith said profit fell"), which no row here reads. One-word names
  // only: the tagger reads a longer name by its own words, and a full name may report a result of its own
  ...reaching(
    5,
    cue(
      'company-results',
      'organization',
      'after',
      ['place', 'phrase'],
      ...['reported', 'posted', 'booked', 'recorded', 'reports', 'posts', 'books'].flatMap((verb) =>
        ['profit', 'profits', 'loss', 'losses', 'revenue', 'revenues', 'earnings', 'sales', 'income', 'dividend'].map((noun) => `${verb} ${noun}`),
      ),
      ...['recalled', 'recalls', 'recalling'].flatMap((verb) => ['cars', 'vehicles', 'trucks', 'models'].map((noun) => `${verb} ${noun}`)),
    ),
  ),
  // what is done to a person, right before the name: "thanked Macron", "met Raisi", "accused Peskov" (gold names so
  // preceded, no known place nor acronym, are persons 39 times in 48 over the labelled sets, the rest clubs and
  // bodies: "met United"); a country so named acts as one, a place as CoNLL reads it ("urged Pakistan")
  ...cue(
    'person-object',
    'person',
    'before',
    ['place', 'acronym'],
    ...['thanked', 'praised', 'criticized', 'criticised', 'accused', 'urged', 'congratulated', 'endorsed', 'interviewed', 'blamed', 'met', 'met with'],
  ),
  // company words: the office that runs a company, or its shares named as the company's
  ...cue('company', 'organization', 'before', [], 'shares of', 'ceo of', 'cfo of', 'chief executive of', 'chief executive officer of', 'subsidiary of', 'unit of'),
  // a founder's body, not a founded city ("the founder of Rome")
  ...cue('company', 'organization', 'before', ['place'], 'founder of'),
  // a minister's portfolio, the ministry that minister runs: "the Minister of Health", "Minister of Finance"
  // (gold names so preceded are organisations 5 times in CoNLL's train; GUM reads "Minister of Education"
  // as other, once); not a place's minister ("the prime minister of France")
  ...cue('portfolio', 'organization', 'before', ['place'], 'minister of', 'secretary of'),
  // the office that runs a body: "the head of Tesla", "chairman of Zentrova"; not of a place ("president of France")
  ...cue('body-office', 'organization', 'before', ['place'], 'head of', 'chairman of', 'chairwoman of', 'director of', 'president of'),
  ...cue('company', 'organization', 'after', [], 'ceo', 'cfo', 'chief executive', ...COMPANY_POSSESSIONS.map((w) => `'s ${w}`), "'s founder", "'s shares"),
  // an armed group's name before what kind it is: "the ELN guerrilla group", "the Wagner mercenary group", "Hamas militants"
  ...cue(
    'armed-group',
    'organization',
    'after',
    ['place'],
    ...['guerrilla', 'rebel', 'militant', 'armed', 'insurgent', 'jihadist', 'paramilitary', 'mercenary', 'terrorist'].map((w) => `${w} group`),
    ...['militants', 'guerrillas', 'fighters', 'rebels', 'militia', 'insurgents', 'jihadists', 'gunmen'],
  ),
  // a party's name before the lowercase word: "the ruling Morena party" (a city of India to the gazetteer), "the BJP party"
  // (gold names so followed over the labelled sets: 14 organisations, 8 others, the US parties' adjectives, which name nothing here)
  ...cue('party', 'organization', 'after', [], 'party'),
  // who polls: "a Gallup poll", "the latest Quinnipiac survey", "a poll by Gallup" (a town of New Mexico to the gazetteer),
  // not a country's or a state's polls ("an Iowa poll", "Kashmir polls": the place voting or asked)
  ...cue('pollster', 'organization', 'after', ['land'], 'poll', 'survey', 'polls', 'surveys'),
  ...cue('pollster', 'organization', 'before', ['land'], 'poll by', 'poll from', 'survey by', 'survey from', 'poll conducted by', 'survey conducted by'),
  // shares after a name: a company's, or a city's market ("Tokyo shares fell")
  ...cue('company', 'organization', 'after', ['place'], 'shares', 'stock', 'shareholders'),
  ...cue('company', 'organization', 'before', ['place'], 'shares in', 'stake in'),
  // a player's position after the club's name: "Chelsea defender Franck Leboeuf", "Ajax striker", a city's
  // club too ("Newcastle team mate Les Ferdinand"); not a country's (a national side, a place in CoNLL: "England
  // striker"). gold names so followed are organisations 25 times in 30 over CoNLL's train and dev, the
  // rest national sides
  ...cue('team-player', 'organization', 'after', ['country'], 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'central defender', 'team mate', 'teammate'),
  // a city's or a county's club in a match report, which the tagger reads as the place: "a 75-19 victory
  // over Gloucester", "homered for Seattle", "joined Milan from Torino"; only a known place's name, not
  // a country's (its national side: a place in CoNLL, a body in GUM), as political news has "a victory
  // over Sanders" and "joined Obama" (gold names of known places, no country, with these words before or
  // after are clubs 12 times in 13 over the labelled sets, the other in "the Atlanta Braves", where no cue is
  // read; names of every kind only 60 times in 159, the rest mostly a tennis player or a national side).
  // A player's or a coach's club and a match's other side too: "played with Footscray", "signed for Sion",
  // "coached Nice", "losing to Tulsa", "a match against Yorkshire" (gold names so preceded over the labelled sets are
  // bodies 21 times, 19 clubs and two bands an award went to, and places 9, each a country, a national side; the
  // rest persons, 10, which no gazetteer places)
  ...cue(
    'team-match',
    'organization',
    'before',
    ['unplaced', 'country'],
    ...[
      ...['victory over', 'win over', 'winners over', 'lead over', 'homered for', 'joined', 'beat', 'defeated', 'beating', 'defeating'],
      ...['played for', 'played with', 'playing for', 'plays for', 'signed for', 'signed with', 'coached', 'lost to', 'losing to'],
      ...['loss to', 'defeat to', 'defeat by', 'drew with', 'draw with', 'game against', 'match against', 'played against'],
    ].flatMap((w) => [w, `${w} the`]),
  ),
  // a player's or a coach's club whatever the gazetteer knows of its name: "played with Footscray", "signed with Coburg"
  // (gold names so preceded over the labelled sets are clubs 8 times in 10, the others "English", a people's word; no
  // person, and none of a person's full name: "played with Jimi Hendrix")
  ...cue(
    'team-player',
    'organization',
    'before',
    ['country', 'personal'],
    ...['played for', 'played with', 'playing for', 'plays for', 'signed for', 'signed with', 'coached'].flatMap((w) => [w, `${w} the`]),
  ),
  // the same club before a match's verb or its captain: "Cleveland beat Texas", "Surrey captain Chris Lewis"
  ...cue('team-match', 'organization', 'after', ['unplaced', 'country'], 'beat', 'defeated', 'captain', 'skipper', "'s lead"),
  // what a person does or is to someone, right before the name: "the poet Adam Mickiewicz", "his wife Manju Sam",
  // "midfielder Mauro Silva" (gold names so preceded are persons 116 times in 118 over the labelled sets; not
  // "manager", "producer" or "player", which a fund, a country or a device can be)
  ...cue('person-kind', 'person', 'before', ['place'], ...PERSON_KINDS),
  // kin set off by a comma before the name: "Trump's wife, Melania, spoke", "his son, Barron," (the tagger read both as places)
  ...cue('kin-appositive', 'person', 'before', ['place'], ...KIN_WORDS.map((w) => `${w} ,`)),
  // an eponym's possessive before what is named for them: "Parkinson's disease", "Crohn's disease", "Bernoulli's
  // principle" (gold names so followed are persons 5 times in 5 over the labelled sets); not a known place's ("Ohio's principle")
  ...cue('eponym', 'person', 'after', ['place'], "'s disease", "'s syndrome", "'s theorem", "'s principle", "'s paradox"),
  // a wire story's credit line: "Reporting by Pushkala Aripaka in Bengaluru; Editing by Josephine Mason" names its
  // reporters and editors (gold names after "written by" are persons 6 times in 6 over the labelled sets, which hold no wire
  // credit line; "compiled by" and "photo by" name a firm and a camp there, left out)
  ...cue('credit', 'person', 'before', [], 'reporting by', 'editing by', 'writing by', 'written by'),
  // a person's nationality as a noun right before the name: "Frenchman Didier Deschamps", "the Spaniard Rafael Nadal"
  ...cue('person-kind', 'person', 'before', ['place'], ...[...DEMONYM_DESCRIPTORS].flatMap((w) => [w.toLowerCase(), `the ${w.toLowerCase()}`])),
  // who works where, right before the name: "an analyst at Brickmoor", "a professor at Stanford", "an economist with Capital
  // Economics" (gold names so preceded and no known place are organisations 25 times in 29 over the labelled sets; the rest hospitals)
  ...cue(
    'employer',
    'organization',
    'before',
    ['place'],
    ...['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'researcher', 'researchers', 'professor', 'scientist', 'scientists', 'fellow', 'lecturer', 'spokesman', 'spokeswoman', 'spokesperson', 'executive', 'executives', 'engineer', 'engineers', 'partner', 'official', 'officials', 'director', 'employee', 'employees', 'expert', 'experts', 'trader', 'traders', 'dealer', 'dealers', 'banker', 'bankers', 'editor', 'reporter', 'correspondent', 'student', 'students'].flatMap((w) => [`${w} at`, `${w} with`]),
  ),
  // a body's kind right before its name: "the band Killing Joke", "the airline El Al", "the club Newcastle"
  // (gold names so preceded are organisations 89 times in 89 over the labelled sets)
  ...cue(
    'body-kind',
    'organization',
    'before',
    [],
    ...['band', 'group', 'company', 'firm', 'club', 'label', 'airline', 'newspaper', 'network', 'broadcaster', 'team', 'side'].flatMap((w) => [w, `the ${w}`]),
  ),
  // a journal, a paper or a publisher after "published in" or "published by": "a study published in Nature Genetics" (gold
  // names so preceded over the labelled sets are bodies 6 times in 7, the other a people's word); not a known place
  // ("published in London")
  ...cue('publisher', 'organization', 'before', ['place'], 'published in', 'published by'),
  // what a company does, right before its name, as business news writes it: "planemaker Airbus", "Swiss
  // lender UBS", "Japanese retailer Fast Retailing" (gold names so preceded are organisations 19 times in 20
  // over the labelled sets, the other a person after "insurer"); not a bare "maker" ("film maker Ken Loach")
  ...cue(
    'company-kind',
    'organization',
    'before',
    [],
    ...COMPANY_KINDS.flatMap((w) => [w, `the ${w}`]),
  ),
  // the same, with words that also stand before a place (gold names so preceded, no known place, are
  // organisations 6 times in 6 over the labelled sets)
  ...cue('company-kind', 'organization', 'before', ['place'], ...COMPANY_ROLES.flatMap((w) => [w, `the ${w}`])),
  // where something lies, right before the name: "near Khan Younis", "outside Grozny", "north of Arbil" (gold names so
  // preceded are places 113 times in 121 over the labelled sets, the rest bodies with an office there, "outside Air France")
  ...cue(
    'place-near',
    'location',
    'before',
    ['acronym'],
    ...['near', 'outside', 'north of', 'south of', 'east of', 'west of', 'northeast of', 'northwest of', 'southeast of', 'southwest of'],
  ),
  // where someone went or came from, right before the name: "withdrew from Khan Shaykhun", "fled to Turkey", "returned to
  // Baghdad", "displaced from Tell Rifaat", "fled Aleppo" (gold names so preceded are places 50 times in 52 over the labelled
  // sets, the others a person and a holiday; `displaced` and `evacuated` as humanitarian reports write of people moved)
  ...cue(
    'place-moved',
    'location',
    'before',
    ['acronym'],
    ...['withdrew', 'fled', 'retreated', 'returned', 'flew', 'travelled', 'traveled', 'moved', 'headed', 'deployed', 'displaced', 'evacuated'].flatMap((v) =>
      ['from', 'to', 'into', 'towards', 'toward'].map((p) => `${v} ${p}`),
    ),
    'fled',
    'arrived in',
    'arrived at',
  ),
  // what an armed force did to a place, right before the name: "shelled Kobani", "besieged Madaya", "airstrikes on Douma",
  // "the siege of Sarajevo" (gold names so preceded are places 5 times in 6 over the labelled sets and CoNLL train, the
  // other a people's adjective, "stormed German"; not `attacked`, `captured` or `seized`, which take people as often)
  ...cue(
    'place-attacked',
    'location',
    'before',
    ['acronym'],
    ...['shelled', 'bombed', 'besieged', 'stormed', 'retook', 'recaptured', 'overran', 'invaded'],
    ...['shelling of', 'siege of', 'bombardment of', 'airstrikes on', 'air strikes on', 'airstrike on', 'air strike on'],
  ),
  // the part of a place a compass adjective in lowercase marks, right before the name: "in southern Idleb", "northern
  // Hama", "western Anbar province" (gold names so preceded, no article before the adjective and the name ending its
  // phrase, are places 121 times in 125 over the labelled sets and CoNLL train; the others "eastern Prairie", no name,
  // and a university); a name before a noun is not so marked ("southern Indian state", a people's adjective), as no
  // `before` cue marks one
  ...cue('place-part', 'location', 'before', ['acronym'], ...COMPASS_ADJECTIVES),
  // the kind of place a name is, in the words right before it: "the town of Albu Kamal", "the villages of
  // al-Shafa and Hajin", "the province of Idlib" (gold names so preceded are locations 50 times in 50 over
  // the labelled sets)
  ...cue('place-kind', 'location', 'before', [], ...PLACE_KINDS.map((w) => `${w} of`)),
  // the seat a member of a parliament sits for: "the MP for Bath", "Labour MEP for London" (a place's name, the tagger
  // reading it the person's after a title; no labelled set has one, British and Irish news many)
  ...cue('constituency', 'location', 'before', ['acronym'], 'mp for', 'mps for', 'mep for', 'msp for', 'td for', 'parliament for'),
  // the same kind right after the name: "Idleb governorate", "Helmand province", "the Asia-Pacific region", and after a
  // list of names in the plural (gold spans so followed are locations 40 times over the labelled sets, never a person
  // or a body; the other 11 a people's adjective marked other, "Kurdish region"); `town`, `city` and `village` are
  // left out, which head compounds after a person's name: "a Trump town hall"
  ...cue('place-kind', 'location', 'after', ['acronym'], 'province', 'region', 'district', 'sub-district', 'governorate', 'municipality'),
  // and `town`, `village` and `city` where they close the phrase: "shelling hit Ariha town in Idlib", "Madhumalla
  // village earlier", "Tianjin city in" (gold names so followed are locations 5 times in 5 over the labelled sets)
  ...closing(cue('place-kind', 'location', 'after', ['acronym'], 'town', 'village', 'city')),
  // a site's noun after its name, closing the phrase: "the Oyu Tolgoi mine", "the Ruwais refinery" (gold names so followed
  // are places 7 times in 8 over the labelled sets, the other a company's refinery)
  ...closing(cue('place-kind', 'location', 'after', ['acronym'], 'mine', 'refinery', 'oilfield')),
  // the kind of place or company a list after the name is of: "cities like Matosinhos, Maia and Gondomar", "firms such as
  // Zentrova and Velmora" (gold names so listed after cities, towns or regions are places 6 times in 6 over the labelled
  // sets; after companies or firms bodies 8 times in 10, the other two places; most are known and found by the gazetteers anyway)
  ...listed(
    cue('place-kind', 'location', 'before', ['acronym'], ...['cities', 'towns', 'villages', 'provinces', 'regions'].flatMap((w) => [`${w} like`, `${w} such as`, `${w} including`])),
  ),
  // and after a trade's plural ("suppliers such as Safran and Thales", "banks like Citigroup", "groups such as Hamas")
  ...listed(
    cue(
      'company-kind',
      'organization',
      'before',
      ['place'],
      ...LISTED_BODY_KINDS.flatMap((w) => [`${w} like`, `${w} such as`, `${w} including`]),
    ),
  ),
  ...listed(
    cue('place-kind', 'location', 'after', ['acronym'], ...['provinces', 'regions', 'districts', 'sub-districts', 'governorates', 'municipalities', 'towns', 'villages', 'cities']),
  ),
  // and the plurals of other kinds of place: "the Ravi and Chenab rivers", "Gatwick and Stansted airports", "Oaxaca and
  // Guerrero states", "Henrico and Loudoun counties" (gold names right before these plurals are places 10 times in 10
  // over the labelled sets, beside demonyms typed other, "German airports", "Mexican states", and words no gold marks,
  // "Arab states"); not `camps`, a candidate's as often as a refugee's ("the Cruz and Rubio camps")
  ...listed(cue('place-kind', 'location', 'after', ['acronym', 'direction'], ...['counties', 'states', 'rivers', 'lakes', 'islands', 'airports', 'mountains'])),
  // what a sentence opening with the name defines it as, by the head of its noun phrase: "Zentrova is a
  // Danish maker of pumps", "Brinmouth Rovers are an English punk band", "Halden is a small village in …"
  ...cue('definition', 'organization', 'defined', [], ...BODY_DEFINITIONS),
  ...cue('definition', 'location', 'defined', [], ...PLACE_DEFINITIONS),
  ...cue('definition', 'person', 'defined', [], ...PERSON_KINDS),
  // an office the appositive or the copula gives the name: "Habeck, the economy minister", "Raisi is the president"; not a known place's ("France, the chair of …")
  ...cue('office', 'person', 'defined', ['place'], ...OFFICE_HEADS.values()),
];

/** a cue's votes: like a pattern's, it reads the text, so it outweighs several guesses of the tagger */
export const CUE_VOTES = 3;

/**
 * the rows of TYPE_CUES a span could match, found by one word instead of a pass over the table:
 * a `before` cue by its last word (the word before the name), an `after` cue by its first (the word
 * after it; a reaching cue of two words by its first too), a definition by its head noun; the reaching
 * cues of one word are always tried; built on first use, for the mentions stage's type votes
 * (mentions/cues.ts) and the places the cues find where no source proposed one (candidates/cued-places.ts)
 */
export interface CueIndex {
  before: Map<string, number[]>;
  after: Map<string, number[]>;
  defined: Map<string, number[]>;
  always: number[];
}
let cueIndex: CueIndex | undefined;
export function typeCueIndex(): CueIndex {
  if (cueIndex) return cueIndex;
  const index: CueIndex = { before: new Map(), after: new Map(), defined: new Map(), always: [] };
  const add = (map: Map<string, number[]>, word: string, k: number) => {
    const rows = map.get(word);
    if (rows) rows.push(k);
    else map.set(word, [k]);
  };
  TYPE_CUES.forEach((c, k) => {
    if (c.reach && c.words.length > 1) add(index.after, c.words[0], k);
    else if (c.reach) index.always.push(k);
    else if (c.side === 'defined') add(index.defined, c.words[0], k);
    else if (c.side === 'after') add(index.after, c.words[0], k);
    else add(index.before, c.words[c.words.length - 1], k);
  });
  cueIndex = index;
  return index;
}
