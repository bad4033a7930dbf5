// function words rules read around names and quotes: determiners, prepositions, pronouns, clause openers

/** determiners before a people named as a group that make it a government or a team (`the Americans`), not an actor */
export const GROUP_DETERMINERS = new Set(['the', 'these', 'those']);

/** prepositions after which a name is a place, not a person a clause leans on (`voters in New York, who …`) */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'across', 'throughout', 'outside', 'inside']);

/** English small words inside a place's or a body's name: `Bank of England`, `Sadis & Goldberg`, `the Tax Policy Center` */
export const ENGLISH_NAME_GLUE: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', '&']);

/** small words left out of a name's initials (`Bank of England` → be) */
export const NAME_SMALL_WORDS = new Set([...ENGLISH_NAME_GLUE, 'de', 'la', 'du']);

/** words that join two names into one, which a person's name never holds: "Hafijj Hotel and Socotra", "Game of Quidditch" */
export const JOINING_WORDS = new Set(['and', 'of', 'the', '&']);

/** lowercase words a run of capitalised words keeps inside it, for the tagger's run features: "Bank of England", "Ludwig van Beethoven" */
export const NAME_RUN_JOINERS = new Set(['of', 'and', 'for', '&', 'de', 'du', 'der', 'von', 'van', 'la', 'del']);

/** words that join a role to where it is held: `chief executive of`, `an economist at`, `spokeswoman for` */
export const ROLE_JOINS = new Set(['of', 'at', 'for']);

/** words that put a place inside an organisation's name: "University of Texas at Arlington" */
export const PLACE_JOINERS = new Set(['of', 'at', 'in']);

/** the words that negate a verb, as the document splits them (`did not want`, `did n't`, `didn’t`) */
export const NEGATIONS = new Set(['not', "n't", 'n’t']);

/** modals and the infinitive marker: a verb after them tells of no act that took place (`will say`, `would discuss`, `was right to urge`) */
export const IRREALIS = new Set(['will', 'would', 'could', 'should', 'might', 'may', 'can', 'must', 'shall', 'to', "'ll", '’ll']);

/** words that open an adverbial clause, which a verb of saying before them does not report (`tweeted after Clinton argued that …`) */
export const SUBORDINATORS = new Set(['after', 'before', 'while', 'whilst', 'when', 'whenever', 'since', 'because', 'although', 'though', 'until', 'unless', 'whereas', 'if']);
/** words opening a subordinate clause before its subject: the subordinators, and `as`, `where` (`As Blumenthal spoke, …`) */
export const SUBJECT_CLAUSE_OPENERS: ReadonlySet<string> = new Set([...SUBORDINATORS, 'as', 'where']);

/** `After saying …, she was …`: a participle opening an adverbial clause */
export const CLAUSE_OPENERS = new Set(['after', 'before', 'while', 'when', 'since', 'upon', 'on', 'without', 'by', 'in']);

/** the words besides prepositions that prepositions of several words are written with: `in addition to`, `instead of`, `rather than` */
export const PREPOSITION_WORDS = new Set(['addition', 'instead', 'rather', 'to']);

/**
 * prepositions after which a name may be the subject of the participle right after it (`footage of
 * Trump saying`, `with Gorka noting`, `a tweet from Trump saying`); after any other (`responded on
 * Facebook writing`, `backed Cruz on Wednesday, saying`) the name is a place or an object
 */
export const PARTICIPLE_HOSTS = new Set(['of', 'with', 'from', 'by']);

/** prepositions after which `claims`, `reports`, `calls` are nouns (not `to` or `for`: `calls for calm` is a verb) */
export const NOUN_PREPOSITIONS = new Set(['as', 'of', 'about', 'from', 'in', 'on', 'by', 'at', 'with', 'against']);

/** articles between a characterising verb and its quoted term (`called it a “disgrace”`) */
export const ARTICLES = new Set(['a', 'an', 'the']);
/**
 * the words that open a conjunct saying there is another before it: `Hawkins and others`, `Trump and other Republicans`,
 * and the possessives that point back to it (`Mr. Rubio and his advisers`, `She and her husband`)
 */
export const COMPANION_OPENERS: ReadonlySet<string> = new Set(['other', 'others', 'his', 'her', 'its', 'their']);
/** the articles that open a new thing, never a group of people (`the accused said`, but no `an accused said`) */
export const INDEFINITE_ARTICLES = new Set(['a', 'an']);

/** the verbs that define a sentence's subject: "Zentrova is a maker of pumps" */
export const COPULAS = new Set(['is', 'are', 'was', 'were']);

/** forms of be and have that may be their clause's only verb (`was blunt`, `had a message`) */
export const MAIN_AUXILIARIES = new Set([...COPULAS, 'has', 'had', 'have']);

/**
 * words English writes in lowercase inside a sentence and a name holds almost never: pronouns,
 * auxiliaries, prepositions other than a name's own ("of", "the", "and", "on" stay: "Bank of
 * England", "Trinidad And Tobago", "Southend On Sea"); "his", "her" open styles ("Her Majesty");
 * written with a capital, they make a line of title case (mentions/no-names.ts)
 */
export const TITLE_LINE_WORDS: ReadonlySet<string> = new Set([
  ...['you', 'your', 'our', 'we', 'my', 'it', 'they', 'their', 'them', 'me'],
  ...MAIN_AUXILIARIES,
  ...['do', 'does', 'did', 'be', 'been'],
  ...['for', 'with', 'from', 'to', 'by', 'at', 'into', 'about', 'than', 'but', 'or'],
]);

/** the small words a sentence in title case writes with a capital (mentions/common-words.ts): TITLE_LINE_WORDS, the articles, "and", "in", "on" */
export const TITLE_CASE_SMALL: ReadonlySet<string> = new Set([...TITLE_LINE_WORDS, ...ARTICLES, 'and', 'in', 'on']);

/** what opens the rest of a headline's label after its speaker: `Obama on Climate Change:`, `Clinton to Planned Parenthood:`, `Mukasey at RNC:` */
export const LABEL_ADDRESS_WORDS: ReadonlySet<string> = new Set(['on', 'to', 'at']);

/** determiners before a quoted term that make it a term used, not words said (`the “final” draft`) */
export const QUOTE_DETERMINERS = new Set(['a', 'an', 'the', 'so-called', 'this', 'that', 'its', 'his', 'her', 'their']);

/** pronouns and determiners, which name nobody ("He" opening a sentence, "HIM" in a headline); not "US" or "IT" */
export const PRONOUNS = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'his', 'its', 'their',
  'our', 'my', 'your', 'this', 'that', 'these', 'those',
]);

/** pronouns that name no one in particular, capitalised where they open a sentence ("Everything is fine", "Nobody said") */
export const INDEFINITE_PRONOUNS = new Set([
  'everything', 'everyone', 'everybody', 'nothing', 'nobody', 'something', 'someone', 'somebody', 'anything', 'anyone', 'anybody',
]);

/** words that count a group before `of` (`one of those advisers`, `some of the voters`, `most of them`); numbers count too */
export const QUANTIFIERS = new Set(['one', 'some', 'many', 'most', 'several', 'all', 'both', 'each', 'few', 'none', 'either', 'neither', 'any']);

/** quantifiers that stand alone as a clause's subject (`Most believe …`, `another said`) */
export const SUBJECT_QUANTIFIERS = new Set(['some', 'many', 'most', 'several', 'all', 'both', 'few', 'none', 'another', 'others']);

/** quantifiers that float off their subject to stand after an auxiliary or a pronoun (`have all attacked`, `they both vowed`) */
export const FLOATING_QUANTIFIERS = new Set(['all', 'both', 'each']);

/** the plural pronouns a floating quantifier may follow (`they all vowed`, `we can all agree`) */
export const PLURAL_PRONOUNS = new Set(['they', 'we', 'you']);

/**
 * words whose `'s` is a verb, never a possessive ending (`he’s predicting`, `it's clear`, `that's why`, `let's`): a pronoun
 * has its own possessive (`his`, `its`, `whose`), so the ending after one is `is`, `has` or `us`
 */
export const CONTRACTING_WORDS = new Set(['he', 'she', 'it', 'that', 'there', 'here', 'what', 'who', 'where', 'when', 'why', 'how', 'let']);

/** the demonstratives, which open a noun phrase as an article does (`that comment`) or stand for one */
export const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);

/** the subject pronoun of each possessive determiner's owner: `his claim` is his, `their demand` theirs */
export const POSSESSOR_PRONOUNS: Readonly<Record<string, string>> = { his: 'he', her: 'she', its: 'it', their: 'they', our: 'we', my: 'i' };

/** possessive determiners, which open a speaker's phrase: `her top aide Huma Abedin wrote`, `his wife said` */
export const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** conjunctions that open a reduced passive clause: `when asked`, `if pressed` (not `once`, an adverb as often: `Smith once described`) */
export const REDUCED_PASSIVE = new Set(['when', 'if', 'unless', 'until', 'whenever']);

/** words a name label is made of besides capitalised words: `and`, `of`, an initial's stop (`Frank Newport and Jim Harter:`) */
export const LABEL_GLUE = new Set(['and', 'of', '&', '.']);

/** particles and auxiliaries no subject stands before: `to say`, `being “strong”` */
export const NON_FINITE_WORDS = new Set(['to', 'be', 'been', 'being', 'having']);

/** the conjunctions that join clauses: after a quotation they open a clause of its own, not a reporting clause breaking into it (quotes/kind.ts) */
export const COORDINATORS = new Set(['and', 'but', 'or']);

/**
 * words that open a sentence before a name and never stand first in one, though the tagger may read them, capitalised,
 * as a proper noun: `Now Donald Trump, the most unconventional candidate, is promising`, `Even Lindsey Graham`, `Then
 * Oakland`, `Although Christie` (PolNeAR's and CoNLL's train text run 14 names so)
 */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  'now', 'even', 'meanwhile', 'yet', 'then', 'still', 'also', 'instead', 'however', 'perhaps', 'maybe', 'unlike', 'while',
  'although', 'though', 'after', 'before', 'against', 'from', 'to', 'because', 'since',
]);

/** the days of the week, in full */
export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** the months, in full */
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** the months' short forms, as news writes them without their full stop ("Dec", "Sept") */
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

/** the months in full and as news shortens them ("Dec.", "Sept"), lowercase with no full stop */
export const MONTHS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);

/**
 * the days and months in full: after a lowercase preposition they close a time phrase, not a name
 * (`… on Sunday`, `… in January`; no gold name over the labelled sets holds one so)
 */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES]);

/** words after a number that make it an amount ("1.8 billion euros", "10 percent"), not a model's number ("Airbus A320") */
export const AMOUNT_SCALES: ReadonlySet<string> = new Set(['thousand', 'million', 'billion', 'trillion', 'bn', 'mln', 'percent', 'per', '%']);

/** dashes set between words as a break: before a quote's credit line (`“…” ― Pamela Padilla`), after a paper's dateline (`WASHINGTON —`) */
export const DASHES = new Set(['\u2015', '\u2014', '\u2013', '-', '--']);

/** the words that join two names into one run: "Starry Lee and Holden Chow", "KeyCorp & Banc One" (mentions/split-and.ts) */
export const NAME_AND = new Set(['and', '&']);

/** what joins one item of a list to the one before: "kerala and goa", "paris, london" */
export const LIST_JOINS: ReadonlySet<string> = new Set([...NAME_AND, 'or', ',']);

/** words after a name that carry it on, so that it ends no list: an of- or for-phrase, a hyphen ("County of Maui", "American-Islamic") */
export const NAME_GOES_ON: ReadonlySet<string> = new Set(['of', 'for', '-', '–']);

/** words that carry an institution's `of` or `for` phrase on: "Centers for Disease Control and Prevention", "Society for the Protection of Birds" */
export const OBJECT_JOINS: ReadonlySet<string> = new Set([...NAME_AND, 'of']);

/** words whose phrase an "and" after them extends: "Department of Natural Resources and Mines" is one name (mentions/split-and.ts) */
export const PHRASE_PREPOSITIONS = new Set(['of', 'for', 'in', 'on']);

/**
 * words after a name's `'s` that show the possessive stands for a shop, a firm or a ground named
 * after someone, not for an owner of what follows: "sold to Macy's in 2006", "at Lord's and",
 * "Boatmen's was the prize" (mentions/possessive.ts)
 */
export const AFTER_STANDALONE_POSSESSIVE = new Set(['and', 'or', 'in', 'at', 'for', 'on', 'was', 'is', 'became', 'has', 'had', 'to', 'with', 'from', 'by']);

/** words that greet or address someone before their name, no part of it: "Hey Ginny", "Dear Nina", "Thanks Barb" (mentions/trim.ts) */
export const GREETINGS = new Set(['hey', 'hi', 'hello', 'dear', 'thanks', 'thank', 'cheers']);

/** a letter's or an e-mail's closing, alone on its line before the writer's name (candidates/mail-names.ts) */
export const SIGN_OFFS: ReadonlySet<string> = new Set([
  'yours', 'yours truly', 'yours sincerely', 'yours faithfully', 'yours ever', 'sincerely', 'sincerely yours', 'best',
  'best wishes', 'best regards', 'kind regards', 'warm regards', 'warmest regards', 'regards', 'cheers', 'love', 'much love',
  'thanks', 'thank you', 'many thanks', 'cordially', 'respectfully', 'warmly', 'all the best', 'take care', 'stay in touch',
  'affectionately', 'as ever', 'fondly',
]);

/** the words a greeting may greet people by, as what they are: `Hi Team,`, `Dear Customer,`, `Thanks Guys` (mentions/trim.ts) */
export const ADDRESSEE_NOUNS: ReadonlySet<string> = new Set([
  'team', 'all', 'everyone', 'everybody', 'guys', 'folks', 'friends', 'colleagues', 'sir', 'madam', 'customer', 'customers',
  'members', 'parents', 'students', 'neighbors', 'neighbours', 'readers', 'subscribers',
]);

/**
 * prepositions of an adjunct saying where, when or how: between a subject and its verb (`Trump in
 * his speech called`), or after the name a stance was taken on (`backed Clinton in Georgia`)
 */
export const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'during']);

/** prepositions of a where that describe the noun before them, not the clause (`voters in each state say`, `Democrats on the committee said`) */
export const NOUN_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'from', 'across', 'throughout', 'around', 'outside', 'inside']);

/** links after a past form that make it a participle describing the noun before (`a memo obtained by`, `accounts linked to`); `cheered as …` opens a clause */
export const PAST_PARTICIPLE_LINKS: ReadonlySet<string> = new Set(['by', 'to']);

/**
 * past participles of putting a document out, which describe the noun before them over any preposition (`a study published
 * in the journal Nature suggests`, `a poll released on Monday shows`, `a report issued last week found`)
 */
export const PUBLISHING_PARTICIPLES: ReadonlySet<string> = new Set(['published', 'released', 'issued', 'posted', 'conducted', 'commissioned', 'sponsored', 'funded']);

/** words after a participle that link it to who or what it names: `provided by`, `known as`, `sent to` */
export const PARTICIPLE_LINKS: ReadonlySet<string> = new Set(['by', 'as', 'to']);

/**
 * words that open what a comma sets after a name, saying who or what it is: `Woods, who turned pro`, `Sletten, a
 * caretaker`, `Lebed, whom Yeltsin ordered` (candidates/unknown-openers.ts: a lone unknown word opening a sentence
 * so is a name, a person's 58 times in 63 over CoNLL's train)
 */
export const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set(['who', 'whose', 'whom', 'a', 'an', 'the']);

/** adverbs of time or addition that may stand between a clause's subject and its verb: `Memon also said`, `Rathke later asked` */
export const ADVERBS_BEFORE_VERB: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'previously', 'recently', 'earlier', 'again', 'subsequently', 'further', 'repeatedly', 'publicly', 'first',
]);

/**
 * words wink reads with a full stop as one abbreviation (`in.` an inch, `no.` a number) that end sentences as
 * words far more often in news (`the senator weighed in.`, `he said no.`), with the part of speech the word
 * has there; each is still an abbreviation where `abbreviates` says (document/tokens.ts wordStops)
 */
export const ABBREVIATION_LOOKALIKES: Readonly<Record<string, { pos: string; abbreviates: 'after-number' | 'before-number' }>> = {
  'in.': { pos: 'ADP', abbreviates: 'after-number' }, //   `5 in. wide`
  'no.': { pos: 'INTJ', abbreviates: 'before-number' }, // `No. 1`, `no. 10`
};

/** the pronouns a sentence's subject may be before a person is named in it, each a gender's (entities/gender.ts) */
export const GENDERED_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/** the pronouns that are only objects (not `her`, a possessive too, nor `you` and `it`, subjects too): `didn't believe me` */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'him', 'us', 'them']);

/**
 * verbs whose object is the subject of the bare verb after it: `made her appear`, `let him say`; not `have`, `see` or
 * `hear`, whose object ends a relative as often (`people who have seen the draft said`)
 */
export const CAUSATIVES: ReadonlySet<string> = new Set(['make', 'makes', 'made', 'let', 'lets', 'help', 'helps', 'helped']);

/** determiners that pick out one someone the text does not name: `a Nevada Democrat`, `one New Hampshire Democrat`, `another Iowa Republican` */
export const SINGLE_INDEFINITES: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);
