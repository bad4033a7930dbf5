// the words of titles and roles before a person's name ("Foreign Minister Gideon Sa'ar", "Mossad
// director David Barnea"): one table, one row a word, lowercase, matched one token at a time; every
// set the rules ask (TITLE_HEADS, QUALIFIERS, HONORIFICS, …) is read off it

/**
 * the part a word can play in a title: its head (the last word, which makes a run a title at all),
 * a modifier of one, or a portfolio, a title's word only right before its head ("Home Secretary",
 * not "Home Depot" or "Energy Transfer")
 */
type Part = 'head' | 'modifier' | 'portfolio' | '';

/**
 * what else a word is: kept in Title.qualifiers rather than the title (`qualifier`: "former"); a
 * head only when capitalised or after a capitalised title (`capitalised`: "Major General", not "a
 * major exhibition"); the next capitalised word is a person whatever a model says (`honorific`);
 * a full stop after it ends no sentence (`abbreviation`: "the Rev. Peter Wherry"); an office held
 * in an organisation (`office`: "Mossad director"; not "spokesman" or "aide", which follow people
 * too, "Clinton aide"); relating a person to someone else, an affiliation but no title
 * (`relational`: "his Israeli counterpart"); a style after "His" or "Her" (`style`: "His Highness"); the gender it
 * shows (`male`, `female`)
 */
type Trait = 'qualifier' | 'capitalised' | 'honorific' | 'abbreviation' | 'office' | 'relational' | 'style' | 'male' | 'female';

const TITLE_TABLE: ReadonlyArray<readonly [string, Part, ...Trait[]]> = [
  // heads
  ['president', 'head', 'office'],
  ['minister', 'head'],
  ['secretary', 'head'],
  ['chancellor', 'head'],
  ['premier', 'head'],
  ['king', 'head', 'male'],
  ['queen', 'head', 'female'],
  ['prince', 'head', 'male'],
  ['princess', 'head', 'female'],
  ['sheikh', 'head', 'male'],
  ['emir', 'head', 'male'],
  ['pope', 'head'],
  ['cardinal', 'head'],
  ['bishop', 'head'],
  ['archbishop', 'head'],
  ['rabbi', 'head'],
  ['imam', 'head'],
  // the Shia and Sunni clergy as reports on Iraq and Iran name them ("Grand Ayatollah Ali al-Sistani", "Grand Mufti Shawki Allam")
  ['ayatollah', 'head', 'male'],
  ['mufti', 'head', 'male'],
  ['senator', 'head'],
  ['sen.', 'head', 'abbreviation'],
  ['congressman', 'head', 'male'],
  ['congresswoman', 'head', 'female'],
  ['rep.', 'head', 'abbreviation'],
  ['representative', 'head'],
  ['mp', 'head'],
  // local and state government (`Councilmember Traci Park`, `Assemblywoman Jane Doe`, `Sheriff Alex Villanueva`)
  ['councilman', 'head', 'male'],
  ['councilwoman', 'head', 'female'],
  ['councilmember', 'head'],
  ['councillor', 'head'],
  ['councilor', 'head'],
  ['assemblyman', 'head', 'male'],
  ['assemblywoman', 'head', 'female'],
  ['assemblymember', 'head'],
  ['alderman', 'head', 'male'],
  ['alderwoman', 'head', 'female'],
  ['legislator', 'head'],
  ['lawmaker', 'head'],
  ['supervisor', 'head'],
  ['treasurer', 'head'],
  ['comptroller', 'head'],
  ['sheriff', 'head'],
  ['magistrate', 'head'],
  ['governor', 'head', 'office'],
  ['gov.', 'head', 'abbreviation'],
  ['mayor', 'head'],
  ['ambassador', 'head'],
  ['envoy', 'head'],
  ['judge', 'head'],
  ['justice', 'head', 'capitalised'],
  // before the first of two names (`Justices Sonia Sotomayor and Ketanji Brown Jackson`)
  ['justices', 'head', 'capitalised'],
  ['attorney', 'head'],
  ['prosecutor', 'head'],
  ['commissioner', 'head'],
  ['general', 'head', 'capitalised'],
  ['gen.', 'head', 'abbreviation'],
  ['lieutenant', 'head', 'capitalised'],
  ['lt.', 'head', 'abbreviation'],
  ['colonel', 'head', 'capitalised'],
  ['col.', 'head', 'abbreviation'],
  ['major', 'head', 'capitalised'],
  ['maj.', 'head', 'abbreviation'],
  ['captain', 'head'],
  ['capt.', 'head', 'abbreviation'],
  ['sergeant', 'head', 'capitalised'],
  ['sgt.', 'head', 'abbreviation'],
  ['admiral', 'head', 'capitalised'],
  ['adm.', 'head', 'abbreviation'],
  ['brigadier', 'head', 'capitalised'],
  ['commander', 'head', 'office'],
  ['marshal', 'head', 'capitalised'],
  ['chief', 'head', 'office'],
  ['director', 'head', 'office'],
  ['head', 'head', 'capitalised', 'office'],
  ['spokesman', 'head', 'male'],
  ['spokeswoman', 'head', 'female'],
  ['spokesperson', 'head'],
  ['chairman', 'head', 'office', 'male'],
  ['chairwoman', 'head', 'office', 'female'],
  // a head too where it ends a title (`Fed Chair Jerome Powell`, `Tesla Chief Executive Elon Musk`), and a modifier before one (`Vice Chair`, `Executive Director`)
  ['chair', 'head', 'office'],
  ['executive', 'head', 'office'],
  ['ceo', 'head', 'office'],
  ['cfo', 'head', 'office'],
  ['founder', 'head', 'office'],
  ['leader', 'head'],
  // a head two holders share, hyphened on (`AfD co-leader Alice Weidel`, `co-founder Jane Smith`): one word to the tokeniser
  ['co-leader', 'head'],
  ['co-chair', 'head', 'office'],
  ['co-chairman', 'head', 'office', 'male'],
  ['co-chairwoman', 'head', 'office', 'female'],
  ['co-founder', 'head', 'office'],
  ['co-president', 'head', 'office'],
  ['co-director', 'head', 'office'],
  ['co-ceo', 'head', 'office'],
  ['coach', 'head', 'office'],
  ['manager', 'head', 'office'],
  ['counterpart', 'head', 'relational'],
  ['speaker', 'head'],
  ['officer', 'head'],
  ['economist', 'head'],
  ['analyst', 'head'],
  ['professor', 'head'],
  ['prof.', 'head', 'abbreviation'],
  ['dr.', 'head', 'honorific', 'abbreviation'],
  ['mr.', 'head', 'honorific', 'abbreviation', 'male'],
  ['mrs.', 'head', 'honorific', 'abbreviation', 'female'],
  ['ms.', 'head', 'honorific', 'abbreviation', 'female'],
  ['mr', 'head', 'honorific', 'male'],
  ['mrs', 'head', 'honorific', 'female'],
  ['ms', 'head', 'honorific', 'female'],
  ['dr', 'head', 'honorific'],
  // a ruler's or a dignitary's style after "His" or "Her" (`His Highness Sheikh Mohamed`, `Her Majesty the Queen`,
  // `His Excellency Anwar Ibrahim`, as Gulf and Asian news agencies write them): a title's words, never a name's
  ['highness', 'head', 'capitalised', 'style'],
  ['majesty', 'head', 'capitalised', 'style'],
  ['excellency', 'head', 'capitalised', 'style'],
  ['holiness', 'head', 'capitalised', 'style'],
  ['sir', 'head', 'capitalised', 'honorific', 'male'],
  ['dame', 'head', 'capitalised', 'honorific', 'female'],
  ['lord', 'head', 'capitalised', 'male'],
  ['lady', 'head', 'capitalised', 'female'],
  ['reverend', 'head'],
  ['rev.', 'head', 'abbreviation'],
  ['candidate', 'head'],
  ['nominee', 'head'],
  ['negotiator', 'head'],
  ['adviser', 'head'],
  ['advisor', 'head'],
  ['inspector', 'head'],
  ['detective', 'head'],
  ['correspondent', 'head'],
  ['striker', 'head'],
  ['defender', 'head'],
  ['midfielder', 'head'],
  ['goalkeeper', 'head'],
  ['whip', 'head'],
  // modifiers ("vice", "foreign", "former"), or titles only before another ("father")
  ['vice', 'modifier'],
  ['prime', 'modifier'],
  ['deputy', 'modifier', 'qualifier'],
  ['foreign', 'modifier'],
  ['defence', 'modifier'],
  ['defense', 'modifier'],
  ['finance', 'modifier'],
  ['interior', 'modifier'],
  ['economy', 'modifier'],
  ['trade', 'modifier'],
  ['health', 'modifier'],
  ['education', 'modifier'],
  // portfolios, words of other names too ("Home Depot", "Energy Transfer"): title words only before a head
  ['home', 'portfolio'],
  ['energy', 'portfolio'],
  ['transport', 'portfolio'],
  ['environment', 'portfolio'],
  ['culture', 'portfolio'],
  ['business', 'portfolio'],
  ['housing', 'portfolio'],
  ['treasury', 'portfolio'],
  // Kenya's and Britain's ministers by their seat in the cabinet (`Cabinet Secretary Musalia Mudavadi`, `Cabinet Minister`)
  ['cabinet', 'portfolio'],
  ['agriculture', 'portfolio'],
  ['commerce', 'portfolio'],
  ['immigration', 'portfolio'],
  ['climate', 'portfolio'],
  ['industry', 'portfolio'],
  ['homeland', 'portfolio'],
  ['security', 'portfolio'],
  ['state', 'modifier', 'capitalised'],
  ['former', 'modifier', 'qualifier'],
  ['acting', 'modifier', 'qualifier'],
  ['incumbent', 'modifier', 'qualifier'],
  ['presidential', 'modifier'],
  ['financial', 'modifier'],
  ['operating', 'modifier'],
  ['managing', 'modifier'],
  ['technology', 'modifier'],
  ['information', 'modifier'],
  ['marketing', 'modifier'],
  ['commercial', 'modifier'],
  ['superintendent', 'modifier'],
  ['agent', 'modifier'],
  ['father', 'modifier', 'capitalised', 'male'],
  ['sister', 'modifier', 'capitalised', 'female'],
  ['brother', 'modifier', 'capitalised', 'male'],
  ['majority', 'modifier'],
  ['minority', 'modifier'],
  // no part of a title, but qualifiers, abbreviations, offices or gender words
  ['assistant', '', 'qualifier'],
  ['caretaker', '', 'qualifier'],
  ['current', '', 'qualifier'],
  ['designate', '', 'qualifier'],
  ['elect', '', 'qualifier'],
  ['emeritus', '', 'qualifier'],
  ['ex', '', 'qualifier'],
  ['incoming', '', 'qualifier'],
  ['interim', '', 'qualifier'],
  ['late', '', 'qualifier'],
  ['longtime', '', 'qualifier'],
  ['outgoing', '', 'qualifier'],
  ['retired', '', 'qualifier'],
  ['then', '', 'qualifier'],
  ['veteran', '', 'qualifier'],
  ['amb.', '', 'abbreviation'],
  ['atty.', '', 'abbreviation'],
  ['cmdr.', '', 'abbreviation'],
  ['del.', '', 'abbreviation'],
  ['det.', '', 'abbreviation'],
  ['fr.', '', 'abbreviation'],
  ['hon.', '', 'abbreviation'],
  ['insp.', '', 'abbreviation'],
  ['msgr.', '', 'abbreviation'],
  ['supt.', '', 'abbreviation'],
  ['boss', '', 'office'],
  ['businessman', '', 'male'],
  ['businesswoman', '', 'female'],
];

const where = (test: (part: Part, traits: readonly Trait[]) => boolean) =>
  new Set(TITLE_TABLE.filter(([, part, ...traits]) => test(part, traits)).map(([word]) => word));

/** the words that make a run of title words a title at all (the last word of the title) */
export const TITLE_HEADS = where((part) => part === 'head');

/**
 * the heads of an office an appositive names its holder by ("Habeck, the economy minister"): a title's
 * head, written out, that is no adjective as often ("a major") and no honorific
 */
export const OFFICE_HEADS = where((part, traits) => part === 'head' && !traits.some((t) => t === 'capitalised' || t === 'abbreviation' || t === 'honorific'));

/** every word that may stand in a title before a name */
export const TITLE_WORDS = where((part) => part === 'head' || part === 'modifier');

/** a portfolio: part of a title right before its head only ("Home Secretary", "Energy Minister") */
export const PORTFOLIOS = where((part) => part === 'portfolio');

/** word `k` (lowercase, by `at`) is a portfolio of one or two words right before a title's head: "Home Secretary", "Homeland Security Secretary" */
export function opensOffice(at: (k: number) => string | undefined, k: number): boolean {
  if (!PORTFOLIOS.has(at(k) ?? '')) return false;
  const next = at(k + 1) ?? '';
  return TITLE_HEADS.has(next) || (PORTFOLIOS.has(next) && TITLE_HEADS.has(at(k + 2) ?? ''));
}

/** the words that join an office's head to its portfolio: "Secretary of State", "Minister for Foreign Affairs" */
export const OFFICE_JOINS: ReadonlySet<string> = new Set(['of', 'for', 'to', 'in']);

/** kept in Title.qualifiers rather than in the title: "former", "acting", "deputy" */
export const QUALIFIERS = where((_, traits) => traits.includes('qualifier'));

/** heads that are titles only when capitalised or after a capitalised title: "Major General", not "a major exhibition" */
export const CAPITALISED_HEADS = where((_, traits) => traits.includes('capitalised'));

/** honorifics: the next capitalised word is a person whatever a model says */
export const HONORIFICS = where((_, traits) => traits.includes('honorific'));

/** a title's word or an honorific, which opens no person's name of its own ("Minister", "Mr.") */
export const isTitleOrHonorific = (lower: string): boolean => TITLE_WORDS.has(lower) || HONORIFICS.has(lower);

/** a ruler's or a dignitary's styles, after "His" or "Her": "His Highness", "Her Majesty" */
export const STYLES = where((_, traits) => traits.includes('style'));

/** abbreviated titles, after which a full stop ends no sentence (`the Rev. Peter Wherry`, `Msgr. Ray`) */
export const TITLE_ABBREVIATIONS = where((_, traits) => traits.includes('abbreviation'));

/** lowercase offices held in an organisation */
export const ORG_OFFICES = where((_, traits) => traits.includes('office'));

/** offices held of a place, whose place before them names no body: "former Florida governor Jeb Bush" (a bank's is a body's: "Bundesbank governor") */
export const PLACE_OFFICES: ReadonlySet<string> = new Set(['governor']);

/** offices written as acronyms, in capitals in any text ("Apple CEO Tim Cook"); any other office in capitals is a headline's word */
export const OFFICE_ACRONYMS: ReadonlySet<string> = new Set(['ceo', 'cfo']);

/** heads that relate a person to someone else, giving an affiliation but no title: "his Israeli counterpart" */
export const RELATIONAL = where((_, traits) => traits.includes('relational'));

/** words that show a person's gender: honorifics and titles before the name (no prototype: "constructor" shows none) */
export const GENDER_WORDS: Readonly<Record<string, 'male' | 'female'>> = Object.assign(
  Object.create(null),
  Object.fromEntries(TITLE_TABLE.flatMap(([word, , ...traits]) => traits.filter((t) => t === 'male' || t === 'female').map((g) => [word, g]))),
);

/** party labels written before a politician's name: `Republican Donald Trump` */
export const PARTY_LABELS = new Set(['republican', 'democrat', 'democratic', 'independent', 'labour', 'conservative', 'liberal']);

/**
 * the US parties' words for a member or a stance (`Republican voters`, `a Democrat`), which the labelled
 * sets read as no name of ours (CoNLL's MISC 35 times alone); not `Labour`, `Liberal` or `Conservative`,
 * which they read as the party itself (`the Labour government`, an organisation, 10 times)
 */
export const PARTY_ADJECTIVES = new Set(['republican', 'democrat', 'democratic']);

/** a hyphen at `j` joining two title words into one ("Secretary-General", "Director-General", "Attorney-General") */
const joinsTitle = (at: (j: number) => string | undefined, j: number) => at(j) === '-' && TITLE_WORDS.has(at(j - 1) ?? '') && TITLE_WORDS.has(at(j + 1) ?? '');

/** where the run of title words ending before token `end` starts, not before `floor` (`end` when none): "Deputy Governor" in "Bank of England Deputy Governor Dave Ramsden", "Home Secretary" (a portfolio right before its head), "Secretary-General" */
export function titleRunStart(tokens: ReadonlyArray<{ lower: string }>, end: number, floor: number): number {
  let k = end;
  const at = (j: number) => tokens[j]?.lower;
  while (k > floor && (TITLE_WORDS.has(tokens[k - 1].lower) || opensOffice(at, k - 1) || (k - 1 > floor && joinsTitle(at, k - 1)))) k--;
  return k;
}

/**
 * Malaysia's and Brunei's honorifics, conferred titles a wire writes before the name ("Datuk Seri Anwar Ibrahim", "Tan
 * Sri Muhyiddin Yassin", "Tun Dr Mahathir Mohamad", "Dato' Sri Najib Razak"), no part of it; lowercase words, an apostrophe
 * as its own token, longest first. Not "Sri" or "Tan" alone, a given name and a surname as often ("Sri Mulyani", "Tan Wei")
 */
const MALAY_HONORIFIC_ROWS: ReadonlyArray<readonly string[]> = [
  ['tan', 'sri'], ['puan', 'sri'], ['toh', 'puan'], ['datuk', 'seri'], ['datuk', 'sri'], ['dato', "'", 'seri'], ['dato', "'", 'sri'],
  ['dato', 'seri'], ['dato', 'sri'], ['datin', 'seri'], ['datin', 'paduka'], ['datuk'], ['dato', "'"], ['dato'], ['datin'], ['tun'],
];

/** the Malay honorifics by their first word, each word list longest first */
export const MALAY_HONORIFICS: ReadonlyMap<string, ReadonlyArray<readonly string[]>> = MALAY_HONORIFIC_ROWS.reduce(
  (byFirst, words) => byFirst.set(words[0], [...(byFirst.get(words[0]) ?? []), words]),
  new Map<string, Array<readonly string[]>>(),
);
