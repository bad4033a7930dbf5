// words inside personal names

/** particles a surname may open with: "de Blasio", "van Gogh", "bin Salman" */
export const SURNAME_PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'van', 'von', 'der', 'den', 'le', 'la', 'du', 'al', 'el', 'bin', 'ibn', 'ben']);

/** "son of" and "daughter of" in Arabic and Malay names, written lowercase between a given name and a father's: "Mohammed bin Salman", "Ahmad ibn Hanbal", "Siti binti Aziz" */
export const PATRONYMIC_PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint', 'binti']);

/** Arabic's article in romanised names, written lowercase and hyphened to the next word: "Deir al-Zour", "Deir ez-Zor", "Hayat Tahrir al-Sham" */
export const HYPHENED_ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'ag', 'an', 'ar', 'as', 'ash', 'at', 'az', 'ed', 'es', 'ez', 'ul']);

/**
 * the linking vowel of Persian and Urdu names, hyphened between their words ("Tehreek-e-Insaf", "Lashkar-e-Taiba",
 * "Tehrik-i-Taliban"): like a hyphened article, no letter of the name's acronym ("PTI", "TTP")
 */
export const EZAFE_LINKS: ReadonlySet<string> = new Set(['e', 'i']);

/** English words spelled as one of those articles, which join hyphened phrases too: "Editor-at-Large", "State-as-Nazism" */
const ENGLISH_SPELLINGS: ReadonlySet<string> = new Set(['an', 'as', 'at']);

/** the article written between two capitalised words hyphened together, one name: "Deir-ez-Zor", "Ras-al-Ain", "Inzamam-ul-Haq" */
export const isInnerHyphenedArticle = (word: string): boolean => HYPHENED_ARTICLES.has(word) && !ENGLISH_SPELLINGS.has(word);

/** a surname's word, lowercase, without a particle or an article hyphened to its front: "al-assad" → "assad", "ash-sharaa" → "sharaa"; null when it has none */
export function withoutHyphenedParticle(word: string): string | null {
  const cut = word.indexOf('-');
  if (cut <= 0 || cut === word.length - 1) return null;
  const front = word.slice(0, cut);
  return SURNAME_PARTICLES.has(front) || HYPHENED_ARTICLES.has(front) ? word.slice(cut + 1) : null;
}

/**
 * a saint's title, opening a saint's name and the names of the places, churches and schools named for one: "St. Thomas",
 * "St Pancras", "Saint Jerome", "Ste. Anne" (as written, its full stop included)
 */
export const SAINT_WORDS: ReadonlySet<string> = new Set(['St.', 'St', 'Saint', 'Ste.', 'Ste', 'Sainte']);

/** particles that also join the words of places' and bodies' names ("Rio de Janeiro", "Universidade Federal de Santa Catarina") */
export const PLACE_PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'le', 'la', 'du']);

/**
 * the Romance languages' particles inside the name of a place or a body, lowercase between its words: "Paseo de la
 * Reforma", "Praça do Comércio", "Banco de Mexico", "Universidade da Coruña"
 */
export const ROMANCE_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'della', 'delle', 'dei', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'las', 'los']);

/**
 * what follows a person's name as part of it: a generation ("Jr.", "III") or a reign's number
 * ("Louis XV"); "I" only before a stop, a comma or "of" ("Elizabeth I of England"), where it is no
 * pronoun, and never "V" or "X" (a fixture's "v", a letter)
 */
export const NAME_SUFFIX = /^ (?:Jr\.?|Sr\.?|II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX|I(?=[.,;:)]|\s+of\s|\s*$))(?![\p{L}\p{N}'’-])/u;
