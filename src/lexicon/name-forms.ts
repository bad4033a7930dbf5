import { NAME_SMALL_WORDS } from './function-words';
import { isTitleOrHonorific, opensOffice, QUALIFIERS, TITLE_WORDS } from './titles';
import { memoised } from '../core/memo';
import { nameKey } from '../core/names';
import { isNationality } from './nationality';
import { LEGAL_FORMS } from './organizations';
import { EZAFE_LINKS, NAME_SUFFIX, withoutHyphenedParticle } from './names';

// name keys: how two surface forms are compared when clustering (the key itself: core/names.ts)

/**
 * display form of a name: single spaces, case and apostrophes kept as the article writes them ("Brett O’Donnell", not
 * "Brett O'Donnell", which no mention of it reads; two mentions that differ in their apostrophe alone are one name by
 * their key, core/names.ts)
 */
export const displayName = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** a name written in capitals, as a dateline or a headline writes it: "KYIV", "ST LOUIS" (not "US" or "U.N.": too short to tell from an acronym) */
export const inCapitals = (s: string): boolean => /^[^\p{Ll}]*$/u.test(s) && (s.match(/\p{Lu}/gu)?.length ?? 0) > 2;

/** "ST LOUIS" → "St Louis": each word with its first letter capitalised, the rest lowercase */
export const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s'-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/** `Apple Inc.` → `Apple`: a company's name without its legal form (the text as given when it has none) */
export function withoutLegalForm(text: string): string {
  const cut = text.lastIndexOf(' ');
  return cut > 0 && LEGAL_FORMS.has(text.slice(cut + 1).toLowerCase()) ? text.slice(0, cut).replace(/,$/, '') : text;
}

/** the words of a name key; memoised, callers must not change the array */
export const nameWords: (s: string) => string[] = memoised((s) => nameKey(s).split(' ').filter(Boolean));

/** a person's name without its generation: "Harlan Voss Jr." is the Voss an article calls "Voss"; a reign's one name keeps its number ("Louis XV") */
export function withoutSuffix(name: string): string {
  const cut = name.lastIndexOf(' ');
  return cut > 0 && name.slice(0, cut).includes(' ') && NAME_SUFFIX.test(name.slice(cut)) ? name.slice(0, cut) : name;
}

/**
 * a person's name without the titles, honorifics and nationality a source left on it:
 * "President Joe Biden", "U.S. President Donald Trump", "Major general Fuad Basya" → the name; a
 * title standing alone for its holder stays whole ("Prime Minister")
 * (memoised: the stages ask it of the same names again and again)
 */
export const bareName: (s: string) => string = memoised((s) => {
  const words = displayName(s).split(' ');
  let cut = 0;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i].toLowerCase();
    if (isTitleOrHonorific(w) || QUALIFIERS.has(w) || opensOffice((j) => words[j]?.toLowerCase(), i)) cut = i + 1;
    else if (!opensCapital(words[i]) || !isNationality(words[i])) break;
  }
  // "Prime Minister" alone names its holder: cut to "Minister" it would name nobody
  const rest = words.slice(cut);
  const name = rest.every((w) => TITLE_WORDS.has(w.toLowerCase())) ? words : rest;
  return name.join(' ').replace(/['\u2019]s$/, '');
});

/** a lowercase word's letter in its name's initials: a word behind a hyphened article gives its own ("Hay'at Tahrir al-Sham" → HTS) */
const initialOf = (w: string): string => (withoutHyphenedParticle(w) ?? w)[0];

/** initials of a multi-word name: "Israel Defense Forces" → "idf" */
export const initials = (s: string): string =>
  nameWords(s)
    .filter((w) => !NAME_SMALL_WORDS.has(w))
    .map(initialOf)
    .join('');

/**
 * initials of a multi-word name with each part of a hyphened compound giving its own: "Counter-Terrorism Service" → "cts",
 * "Inter-Services Intelligence" → "isi" (where `initials` gives "cs", "ii"), a linking vowel giving none ("Pakistan Tehreek-e-Insaf"
 * → "pti"); a hyphened article's word as `initials` reads it
 */
export const compoundInitials = (s: string): string =>
  nameWords(s)
    .filter((w) => !NAME_SMALL_WORDS.has(w))
    .flatMap((w) => (withoutHyphenedParticle(w) === null ? w.split('-').filter((part) => part && !EZAFE_LINKS.has(part)) : [w]))
    .map(initialOf)
    .join('');

/** initials of every word of a name, its small words' too: "Government of Syria" → "gos", as a state acronym spells it ("GoS") */
export const everyInitial = (s: string): string => nameWords(s).map(initialOf).join('');

/**
 * the fewest letters an acronym needs to define a name, or to stand for one once its owner's is left out ("OCHA"): "(UN)" or
 * "(PM)" spell too little to be sure, but for the whole name of two words found right before them ("Islamic State (IS)",
 * mentions/propagate.ts)
 */
export const MIN_LETTERS = 3;

/**
 * the initials an acronym may spell for a name written with an acronym inside it, which gives all its
 * letters or, past the first word, none: "UN High Commissioner for Refugees" → unhcr, "Office of the UN
 * High Commissioner for Human Rights" → ohchr; as its first word, an owner's acronym the body's own may
 * leave out: "UN Office for the Coordination of Humanitarian Affairs" → unocha or ocha (as `spells` reads
 * them in the text); none for a name without one, whose `initials` serve, or all in capitals. Case tells
 * the acronym, so `s` is the name as written
 */
export function innerAcronymInitials(s: string): string[] {
  const words = s.split(/\s+/).filter((w) => w && !NAME_SMALL_WORDS.has(w.toLowerCase()));
  // a name all in capitals is a shout ("DNC CHAIR"), where no word tells an acronym
  if (words.length < 2 || !words.some((w) => acronymKey(w)) || words.every((w) => acronymKey(w))) return [];
  const whole = words.map((w) => acronymKey(w) ?? initialOf(w.toLowerCase())).join('');
  const passed = words.map((w, i) => (i > 0 && acronymKey(w) ? '' : (acronymKey(w) ?? initialOf(w.toLowerCase())))).join('');
  const out = whole === passed ? [whole] : [whole, passed];
  // the owner's acronym left out, the rest read as `passed` reads it
  const owned = acronymKey(words[0]) ? passed.slice(acronymKey(words[0])!.length) : '';
  return owned.length >= MIN_LETTERS && !out.includes(owned) ? [...out, owned] : out;
}

/** a capitalised word of a name as a pattern's source: letters, apostrophes and hyphens after the capital ("Kramer", "O’Neil", "Morgan-Short"); the curly apostrophe as its escape, which a raw string keeps as written */
export const NAME_WORD_SOURCE = String.raw`\p{Lu}[\p{L}'\u2019-]+`;

/** an initial with its dot as a pattern's source: "A." of "Kevin A. Boone" */
export const INITIAL_SOURCE = String.raw`\p{Lu}\.`;

/** what follows an e-mail address's display name: its closing straight quotation mark, then the address in angle brackets (`" <jane@example.com>`) */
export const ADDRESS_AFTER_NAME = /^"[ \t]*<[^\s<>@]*@/u;

/** how far past a display name its address's `@` is looked for */
const ADDRESS_REACH = 80;

/** `text` at `at` closes a display name before its e-mail address (ADDRESS_AFTER_NAME), read over a bounded window */
export const addressAfter = (text: string, at: number): boolean => ADDRESS_AFTER_NAME.test(text.slice(at, at + ADDRESS_REACH));

/** one word in title case: a capital, then lowercase letters only ("Beth", "League"; not "BETH" nor "McManus") */
export const isTitleCaseWord = (s: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(s);

/**
 * a word written as a surname is, in title case or with a second capital after a surname's prefix or an apostrophe:
 * "Biden", "McGwire", "DeSantis", "O'Brien", "D’Alema"; not a company's inner capital ("SurveyMonkey", "NiMo")
 */
export const isNameCaseWord = (s: string): boolean => /^(?:\p{Lu}\p{Ll}+|(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}\p{Ll}+|\p{Lu}['’]\p{Lu}\p{Ll}+)$/u.test(s);

/** opens with a capital letter ("Biden", "US"): a string's case where no token carries it */
export const opensCapital = (s: string): boolean => /^\p{Lu}/u.test(s);

/** a capital, then a lowercase letter: "Mr", "Biden" (not "US", "eBay") */
export const opensTitleCase = (s: string): boolean => /^\p{Lu}\p{Ll}/u.test(s);

/** opens with a lowercase letter: "said", "de" */
export const opensLowercase = (s: string): boolean => /^\p{Ll}/u.test(s);

/** its first letter, past any marks and digits, a capital: "‘This is …", "“We" */
export const firstLetterCapital = (s: string): boolean => /^\P{L}*\p{Lu}/u.test(s);

/** lowercase letters only: "based", "moon" (not "Ki", "al-", "47th") */
export const isLowercase = (s: string): boolean => /^\p{Ll}+$/u.test(s);

/** words hyphened to a name that make an adjective of it ("Saudi-led", "New York-born", "Kremlin-run", "US-style") */
const ADJECTIVE_SUFFIXES = new Set(['born', 'run', 'made', 'style', 'era', 'like', 'free', 'wide', 'area', 'friendly', 'related', 'driven', 'chosen']);

/**
 * a word after a hyphen that makes an adjective of the name before it: a lowercase participle in -ed ("led", "backed")
 * or one of ADJECTIVE_SUFFIXES; `-ing` and `-en` are not read so, as they are syllables of names ("Hsieh Chang-ting", "Chen Shui-bian")
 */
export const isAdjectiveSuffix = (word: string): boolean => (word.length > 2 && word.endsWith('ed') && isLowercase(word)) || ADJECTIVE_SUFFIXES.has(word);

/** an initial with its full stop: "J.", "W." */
export const isInitial = (s: string): boolean => /^\p{Lu}\.$/u.test(s);

/** a word in capitals as a dateline writes it, two capitals at least or one and a full stop: "KYIV", "ST", "LOS", "N.Y." (not "A") */
export const isCapitalsWord = (s: string): boolean => /^\p{Lu}[\p{Lu}.'-]*$/u.test(s) && /\p{Lu}.*\p{Lu}|\p{Lu}\.$/u.test(s);

/** a word of a full name: a capital, then letters, full stops, apostrophes and hyphens ("Delwyn", "J.", "O’Neil", "Díaz-Vélez") */
export const isNameWord = (s: string): boolean => /^\p{Lu}[\p{L}.'’-]*$/u.test(s);

/** a capital and, as a whole, an acronym of letters: "US", "U.K.", "UAE" (not "Us", "U") */
export const isCapitalsAcronym = (s: string): boolean => /^\p{Lu}[\p{Lu}.]+$/u.test(s);

/** written as an acronym or a code: capitals, digits and `.&-` only ("KCNA", "U.S.", "AT&T", "F-16") */
export const isAcronymText = (s: string): boolean => /^[\p{Lu}\d.&-]+$/u.test(s);

/** a word of letters and digits together: "6PR", "MTV2", "Cloud9", "A64", "47th" */
export const hasLetterDigitWord = (s: string): boolean => /(?:^|\s)(?=\S*\p{L})(?=\S*\d)\S/u.test(s);

/** a road's number alone, capitals then digits: "I-44", "M1", "A64", "US-75" (a model's too: "F-14", "AK47") */
export const isRoadCode = (s: string): boolean => /^\p{Lu}{1,2}-?\d{1,4}$/u.test(s);

/** a government's, a department's or a ministry's acronym written with its lowercase "of": "GoI", "DoD", "MoFA" (a memorandum's too: "MoU") */
export const isStateAcronym = (s: string): boolean => /^[GDM]o\p{Lu}{1,3}$/u.test(s);

/** "U.S." → "us", "IDF" → "idf": an acronym with its dots removed */
export const acronymKey = (s: string): string | null => {
  const bare = s.replace(/\./g, '');
  return /^\p{Lu}{2,6}$/u.test(bare) ? bare.toLowerCase() : null;
};

/**
 * the initials of the name the acronym `s` stands for, its small words left out (as `initials` reads a
 * name): acronymKey's, or a state acronym's capitals ("GoS" → "gs": its "o" is the name's "of")
 */
export const acronymInitials = (s: string): string | null => acronymKey(s) ?? (isStateAcronym(s) ? (s[0] + s.slice(2)).toLowerCase() : null);

/** a monarch's or a pope's number after their given name, II to XXXIX: "Elizabeth II", "Louis XIV" (not "I", which is as often the pronoun) */
export const REGNAL_NUMBER = /^(?=[IVX]{2,}$|V$|X$)X{0,3}(?:IX|IV|V?I{0,3})$/;

/** a name's words before a family name with its Arabic article hyphened on: "Bashar al-Assad", "Abu Bakr al-Baghdadi" */
const FAMILY_ARTICLE_NAME = /^(?:\p{Lu}[\p{Ll}'’]+ ){1,3}(?:al|el|Al|El)-\p{Lu}[\p{Ll}'’]+$/u;

/** one to three words in title case, then a family name with its Arabic article hyphened on ("Muqtada al-Sadr") */
export const withFamilyArticle = (text: string): boolean => FAMILY_ARTICLE_NAME.test(text);

/** the capitalised words closing a text before its comma and space, up to three: "… in Washington, " → "Washington" */
const BEFORE_COMMA = /(?:^|[^\p{L}])(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}), $/u;

/** the name a text closes with before its comma ("the museum in Washington, " → "Washington"), null when none */
export const namesBeforeComma = (text: string): string | null => BEFORE_COMMA.exec(text)?.[1] ?? null;
