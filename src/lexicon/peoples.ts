// peoples and faiths named as groups of people: "Afghans", "Muslims", "the Kurds"
import { countryIndex } from './country-index';

/** a faith's adherents, singular; the group takes an -s ("Muslims") */
export const ADHERENTS = new Set([
  'Muslim', 'Moslem', 'Christian', 'Jew', 'Hindu', 'Sikh', 'Buddhist', 'Catholic', 'Protestant',
  'Mormon', 'Shiite', 'Sunni', 'Evangelical',
  // as reports on the Middle East spell and name them ("Iraq's top Shia cleric", "Alawite villages")
  'Shia', 'Alawite', 'Yazidi', 'Ismaili', 'Salafi', 'Maronite', 'Copt',
  'Anglican', 'Methodist', 'Baptist', 'Lutheran', 'Presbyterian', 'Pentecostal',
]);

/**
 * words for people of one descent spread over many countries, an adjective or a noun for one person ("Latino
 * voters", "he is Hispanic"): no country's demonym, so the gazetteer knows none of them, and never a place
 */
export const DESCENT_WORDS = new Set(['Latino', 'Latina', 'Latinx', 'Hispanic', 'Chicano', 'Chicana']);

/** a plural demonym, a faith's adherents or people of one descent ("Afghans", "Muslims", "Latinos"): a people named as a whole */
export function pluralGroup(word: string): boolean {
  if (!word.endsWith('s')) return false;
  const one = word.slice(0, -1);
  return countryIndex().demonyms.has(one) || ADHERENTS.has(one) || DESCENT_WORDS.has(one);
}

/**
 * peoples with no country of their own, hence no demonym in the country gazetteer, and peoples of
 * history a biography or a textbook names ("the Tatars in southern Russia", "the persecution of the
 * Huguenots"), which the tagger reads as places; plural as written. not a people a club is named for
 * ("Vikings", "Saracens", "Celts")
 */
export const PEOPLES = new Set([
  'Kurds', 'Uighurs', 'Uyghurs', 'Tamils', 'Pashtuns', 'Hazaras', 'Tutsis', 'Hutus', 'Berbers',
  'Tibetans', 'Roma', 'Yazidis', 'Druze', 'Bedouins', 'Arabs', 'Maori',
  'Turks', 'Tatars', 'Huguenots', 'Hebrews', 'Israelites', 'Philistines', 'Phoenicians', 'Goths', 'Visigoths',
  'Ostrogoths', 'Huns', 'Mongols', 'Normans', 'Moors', 'Aztecs', 'Incas', 'Cossacks',
]);

/**
 * nouns for one person: they make the name they describe a person's ("Valeska Paris, an Australian
 * woman", candidates/patterns.ts), and news names a speaker it does not name by them ("A neighbour
 * said …", "the woman told …"), a pronoun after such a speaker standing for them (quotes/resolve.ts)
 */
export const PERSON_NOUNS = new Set([
  'man', 'woman', 'boy', 'girl', 'teenager', 'teen', 'child', 'mother', 'father', 'wife', 'husband',
  'son', 'daughter', 'sister', 'brother', 'widow', 'grandmother', 'grandfather', 'mom', 'dad', 'parent',
  'relative', 'neighbour', 'neighbor', 'colleague', 'fan', 'student', 'resident', 'native', 'citizen',
  'veteran', 'activist', 'protester', 'organiser', 'organizer', 'businessman', 'businesswoman', 'executive',
  'lawyer', 'nurse', 'teacher', 'actor', 'actress', 'singer', 'writer', 'author', 'journalist',
  'reporter', 'photographer', 'artist', 'musician', 'politician', 'lawmaker', 'candidate', 'voter',
  'worker', 'employee', 'volunteer', 'victim', 'survivor', 'refugee', 'immigrant', 'passenger', 'driver',
  'pilot', 'owner', 'patient', 'shopper', 'customer', 'farmer', 'priest', 'nun', 'pastor', 'soldier',
  'officer', 'detective', 'prosecutor', 'defendant', 'suspect', 'scientist', 'researcher', 'professor',
  'economist', 'historian', 'strategist', 'consultant', 'doctor', 'surgeon', 'engineer', 'entrepreneur',
  // wealth and trade, the arts and learning, faith and war, as biographies and reports describe a person
  'billionaire', 'millionaire', 'tycoon', 'magnate', 'mogul', 'philanthropist', 'banker', 'investor', 'industrialist',
  'financier', 'heir', 'heiress', 'explorer', 'inventor', 'poet', 'novelist', 'playwright', 'composer', 'painter',
  'sculptor', 'filmmaker', 'comedian', 'rapper', 'footballer', 'cricketer', 'athlete', 'chef', 'diplomat', 'physicist',
  'chemist', 'biologist', 'mathematician', 'philosopher', 'physician', 'scholar', 'campaigner', 'lobbyist', 'monk',
  'cleric', 'militant', 'gunman', 'prisoner', 'hostage', 'migrant', 'pensioner',
]);

/** a noun for a person or, in the plural, for people: "economist", "aid workers", "protesters" (PERSON_NOUNS) */
export const isPersonNoun = (lower: string): boolean =>
  PERSON_NOUNS.has(lower) || (lower.endsWith('s') && PERSON_NOUNS.has(lower.slice(0, -1))) || (lower.endsWith('men') && PERSON_NOUNS.has(`${lower.slice(0, -3)}man`));

/**
 * what a known person is, as a story calls them again after naming them: "the billionaire wrote", "the actor said";
 * not a source's noun ("the spokesman") nor a word for anyone ("the man", "a resident"), which name someone new as often
 */
export const STATUS_NOUNS: ReadonlySet<string> = new Set([
  'billionaire', 'millionaire', 'tycoon', 'magnate', 'mogul', 'philanthropist', 'industrialist', 'financier', 'heir',
  'heiress', 'actor', 'actress', 'singer', 'rapper', 'comedian', 'footballer', 'cricketer', 'athlete', 'novelist', 'poet',
  'playwright', 'filmmaker', 'composer', 'painter', 'sculptor', 'businessman', 'businesswoman', 'entrepreneur', 'star',
]);
