// peoples and faiths named as groups of people: "Afghans", "Muslims", "the Kurds"

/** a faith's adherents, singular; the group takes an -s ("Muslims") */
export const ADHERENTS = new Set([
  'Muslim', 'Moslem', 'Christian', 'Jew', 'Hindu', 'Sikh', 'Buddhist', 'Catholic', 'Protestant',
  'Mormon', 'Shiite', 'Sunni', 'Evangelical',
]);

/** peoples with no country of their own, hence no demonym in the country gazetteer; plural as written */
export const PEOPLES = new Set([
  'Kurds', 'Uighurs', 'Uyghurs', 'Tamils', 'Pashtuns', 'Hazaras', 'Tutsis', 'Hutus', 'Berbers',
  'Tibetans', 'Roma', 'Yazidis', 'Druze', 'Bedouins', 'Arabs', 'Maori',
]);

/** nouns for a person, which make the name they describe a person's: "Valeska Paris, an Australian woman" */
export const PERSON_NOUNS = new Set([
  'man', 'woman', 'boy', 'girl', 'teenager', 'teen', 'child', 'mother', 'father', 'wife', 'husband',
  'son', 'daughter', 'sister', 'brother', 'widow', 'grandmother', 'grandfather', 'mom', 'dad',
  'student', 'resident', 'native', 'citizen', 'veteran', 'activist', 'businessman', 'businesswoman',
  'lawyer', 'nurse', 'teacher', 'actor', 'actress', 'singer', 'writer', 'author', 'journalist',
  'reporter', 'photographer', 'artist', 'musician', 'politician', 'lawmaker', 'worker', 'employee',
  'volunteer', 'survivor', 'refugee', 'immigrant', 'farmer', 'priest', 'nun', 'pastor', 'soldier',
  'officer', 'scientist', 'researcher', 'professor', 'doctor', 'surgeon', 'engineer', 'entrepreneur',
]);
