// words that stand before a person's name as a title or role ("Foreign Minister Gideon Sa'ar",
// "Mossad director David Barnea"); lowercase, matched case-insensitively one token at a time

/** the words that make a run of title words a title at all (the last word of the title) */
export const TITLE_HEADS = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'premier', 'king', 'queen', 'prince',
  'princess', 'sheikh', 'emir', 'pope', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam',
  'senator', 'sen.', 'congressman', 'congresswoman', 'rep.', 'representative', 'governor', 'gov.',
  'mayor', 'ambassador', 'envoy', 'judge', 'justice', 'attorney', 'prosecutor', 'commissioner',
  'general', 'gen.', 'lieutenant', 'lt.', 'colonel', 'col.', 'major', 'maj.', 'captain', 'capt.',
  'sergeant', 'sgt.', 'admiral', 'adm.', 'brigadier', 'commander', 'marshal', 'chief', 'director',
  'head', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'ceo', 'founder',
  'leader', 'coach', 'manager', 'counterpart', 'speaker', 'officer', 'economist', 'analyst',
  'professor', 'prof.', 'dr.', 'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord',
  'lady', 'reverend', 'rev.', 'candidate', 'nominee', 'negotiator', 'adviser', 'advisor',
  'inspector', 'detective', 'correspondent', 'striker', 'defender', 'midfielder', 'goalkeeper',
  'whip',
]);

/** words that only modify a title ("vice", "foreign", "former") or are titles only before another */
const TITLE_MODIFIERS = [
  'vice', 'prime', 'chair', 'deputy', 'foreign', 'defence', 'defense', 'finance', 'interior',
  'economy', 'trade', 'health', 'education', 'state', 'former', 'acting', 'incumbent',
  'presidential', 'executive', 'superintendent', 'agent', 'father', 'sister', 'brother',
  'majority', 'minority',
];

/** every word that may stand in a title before a name */
export const TITLE_WORDS = new Set([...TITLE_HEADS, ...TITLE_MODIFIERS]);

/** abbreviated titles, after which a full stop ends no sentence (`the Rev. Peter Wherry`, `Msgr. Ray`) */
export const TITLE_ABBREVIATIONS = new Set([
  ...[...TITLE_HEADS].filter((w) => w.endsWith('.')),
  'msgr.', 'supt.', 'atty.', 'fr.', 'del.', 'cmdr.', 'insp.', 'det.', 'amb.', 'hon.',
]);

/** honorifics: the next capitalised word is a person whatever a model says */
export const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame']);

// lowercase offices held in an organisation; not "spokesman" or "aide", which follow people too ("Clinton aide")
export const ORG_OFFICES = new Set(['chief', 'director', 'head', 'chairman', 'chairwoman', 'president', 'commander', 'coach', 'manager', 'boss', 'governor']);

/** party labels written before a politician's name: `Republican Donald Trump` */
export const PARTY_LABELS = new Set(['republican', 'democrat', 'democratic', 'independent', 'labour', 'conservative', 'liberal']);
