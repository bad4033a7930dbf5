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
