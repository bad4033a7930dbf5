// words that stand before a person's name as a title or role ("Foreign Minister Gideon Sa'ar",
// "Mossad director David Barnea"); lowercase, matched case-insensitively one token at a time

export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'chancellor', 'premier', 'king', 'queen',
  'prince', 'princess', 'sheikh', 'emir', 'pope', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam',
  'senator', 'sen.', 'congressman', 'congresswoman', 'rep.', 'representative', 'governor', 'gov.',
  'mayor', 'ambassador', 'envoy', 'judge', 'justice', 'attorney', 'prosecutor', 'commissioner',
  'general', 'gen.', 'lieutenant', 'lt.', 'colonel', 'col.', 'major', 'maj.', 'captain', 'capt.',
  'sergeant', 'sgt.', 'admiral', 'adm.', 'brigadier', 'commander', 'marshal', 'chief', 'director',
  'head', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'ceo',
  'founder', 'leader', 'coach', 'manager', 'striker', 'defender', 'midfielder', 'goalkeeper',
  'counterpart', 'deputy', 'foreign', 'defence', 'defense', 'finance', 'interior', 'justice',
  'economy', 'trade', 'health', 'education', 'state', 'former', 'acting', 'incumbent', 'speaker',
  'officer', 'analyst', 'economist', 'professor', 'prof.', 'dr.', 'mr.', 'mrs.', 'ms.', 'mr', 'mrs',
  'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'father', 'sister', 'brother', 'reverend', 'rev.',
  'candidate', 'nominee', 'presidential', 'representative', 'negotiator', 'adviser', 'advisor',
  'executive', 'officer', 'inspector', 'superintendent', 'detective', 'agent', 'correspondent',
]);

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
]);

/** honorifics: the next capitalised word is a person whatever a model says */
export const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame']);
