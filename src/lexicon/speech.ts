import type { Token } from '../core/types';
// words that report speech and name its source; lowercase, matched one token at a time
import { FRAME_SPEECH_VERBS, NEWS_SPEECH_VERBS } from './speech-verbs.generated';
import { MONTH_NAMES, NEGATIONS, NON_FINITE_WORDS, WEEKDAY_NAMES } from './function-words';
import { wordTable } from './table';

/**
 * reporting verbs by lemma, one group a line of thought; `*` marks a verb whose -ing form reports
 * speech too ("saying", "adding"), where most -ing forms name an act ("reporting", "continuing")
 */
const SPEECH_VERB_LEMMAS: ReadonlyArray<readonly [string, string]> = [
  ['the everyday reporting verbs', 'say* tell* add* write* ask* reply* respond* continue explain* note* state* recall* report'],
  [
    'verbs of claim and stance (they take a quote as well as a clause)',
    'claim* declare* insist* argue* warn* acknowledge* admit* announce* concede* conclude contend* counter* suggest* vow* ' +
      'promise* pledge* predict* joke* quip urge* emphasize* emphasise stress* boast* complain* charge* allege assert maintain ' +
      'remark observe testify proclaim* describe* call* dub* label* deny* blast* accuse* demand agree confirm caution mention ' +
      'repeat reiterate reveal thank praise* laud* commend',
  ],
  [
    'verbs that characterise something in the source\'s own words ("condemned the test as “provocative”")',
    'condemn* liken* hail* dismiss* criticize* criticise exhort slam* rate rule bemoan* attack mock* decry* brand* pound* refer ' +
      'reference wonder type deride*',
  ],
  ['channels and manners of saying', 'tweet* post* shout yell exclaim chant* scream mutter whisper quote cite read put'],
  ['verbs of naming ("termed the deal “a disaster”")', 'term* deem'],
];

/** past forms no rule makes */
const IRREGULAR_PAST: Readonly<Record<string, string>> = wordTable({ say: 'said', tell: 'told', write: 'wrote', read: 'read', put: 'put' });
/** verbs that double their last consonant before -ed and -ing (the stress falls on it: "admitted", "quipped") */
const DOUBLING = new Set(['admit', 'quip', 'slam', 'dub', 'refer']);
/** forms of another spelling the rules do not make */
const SPELLING_VARIANTS = ['labelled', 'labelling'];

/** a lemma's third-person, past and -ing forms, by the regular rules of English spelling */
export function verbForms(lemma: string): { third: string; past: string; ing: string } {
  const consonantY = /[^aeiou]y$/.test(lemma);
  const stem = DOUBLING.has(lemma) ? lemma + lemma.at(-1) : lemma;
  const third = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : consonantY ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const past = IRREGULAR_PAST[lemma] ?? (lemma.endsWith('e') ? `${lemma}d` : consonantY ? `${lemma.slice(0, -1)}ied` : `${stem}ed`);
  const ing = /ie$/.test(lemma) ? `${lemma.slice(0, -2)}ying` : /[^e]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${stem}ing`;
  return { third, past, ing };
}

/** the generated rows by lemma, for the forms the spelling rules do not make (`written`) */
const GENERATED_ROWS = new Map([...NEWS_SPEECH_VERBS, ...FRAME_SPEECH_VERBS].map((row) => [row.split(' ')[0], row.split(' ')] as const));

/** a lemma's irregular participle as the generated tables give it (`as she had written`), or none */
const participleOf = (lemma: string, made: readonly string[]): string[] =>
  (GENERATED_ROWS.get(lemma) ?? []).filter((w) => !made.includes(w) && !w.endsWith('ing'));

/**
 * reporting verbs in every form a news story uses them ("said", "says", "told", "adds"): WordNet's
 * verb.communication verbs that news uses to introduce quotations (speech-verbs.generated.ts), and
 * SPEECH_VERB_LEMMAS for what WordNet files elsewhere ("tweet", "slam", "joke" as news uses it)
 */
export const SPEECH_VERBS = new Set([
  ...NEWS_SPEECH_VERBS.flatMap((row) => row.split(' ')),
  ...SPEECH_VERB_LEMMAS.flatMap(([, lemmas]) =>
    lemmas.split(' ').flatMap((entry) => {
      const lemma = entry.replace('*', '');
      const { third, past, ing } = verbForms(lemma);
      const forms = [lemma, third, past, ...participleOf(lemma, [lemma, third, past])];
      return entry.endsWith('*') ? [...forms, ing] : forms;
    }),
  ),
  ...SPELLING_VARIANTS,
]);

/**
 * verbs of saying whose plural noun names things as often (`UNITED STATES`, `CONSUMER REPORTS`, `SMALL CLAIMS COURT`):
 * in capitals, where the part of speech cannot be told, they are no headline's verb
 */
export const SAYING_PLURALS = new Set(['states', 'reports', 'notes', 'claims', 'records', 'comments', 'remarks', 'answers', 'questions', 'letters', 'calls', 'demands', 'warnings', 'pleas', 'charges', 'orders', 'promises', 'threats', 'requests', 'replies', 'responses', 'returns', 'offers', 'signals', 'alerts', 'reviews', 'forecasts']);

/** the reporting verbs' base forms ("say", "recall", "report"), which agree with no singular subject */
export const SPEECH_LEMMAS: ReadonlySet<string> = new Set([
  ...NEWS_SPEECH_VERBS.map((row) => row.split(' ')[0]),
  ...SPEECH_VERB_LEMMAS.flatMap(([, lemmas]) => lemmas.split(' ').map((entry) => entry.replace('*', ''))),
]);

/**
 * the other verb.communication verbs ("implored", "gushed", "interjected"): cues only in the tight
 * frames news keeps for speech whatever the verb, right after a quotation (`“…,” Trump implored.`)
 * or right before the colon that opens one (`Trump interjected: “…”`)
 */
export const FRAME_SPEECH_VERBS_SET: ReadonlySet<string> = new Set(FRAME_SPEECH_VERBS.flatMap((row) => row.split(' ')).filter((w) => !SPEECH_VERBS.has(w)));

/** multi-word cues read as one cue; the source follows them ("according to a source") */
export const SOURCE_FIRST_CUES: readonly string[][] = [
  ['according', 'to'],
  ['in', 'the', 'words', 'of'],
];

/**
 * verbs of saying that put their speaker after them (`“…,” said Sa'ar`, `added the minister`);
 * other cues take who is spoken of as their object (`described the deal as`, `blasted Clinton`)
 */
export const INVERTING_VERBS = new Set([
  'say', 'says', 'said', 'add', 'adds', 'added', 'write', 'writes', 'wrote', 'reply', 'replies', 'replied',
  'respond', 'responded', 'continue', 'continues', 'continued', 'explain', 'explains', 'explained', 'note',
  'notes', 'noted', 'state', 'states', 'stated', 'recall', 'recalls', 'recalled', 'declare', 'declares',
  'declared', 'insist', 'insists', 'insisted', 'argue', 'argues', 'argued', 'warn', 'warns', 'warned',
  'counter', 'countered', 'conclude', 'concluded', 'admit', 'admitted', 'acknowledge', 'acknowledged',
  'announce', 'announced', 'report', 'reports', 'reported', 'claim', 'claims', 'claimed', 'tweet',
  'tweeted', 'post', 'posted', 'joke', 'joked', 'quip', 'quipped', 'predict', 'predicted', 'remark',
  'remarked', 'observe', 'observed', 'complain', 'complained', 'boast', 'boasted', 'contend', 'contended',
  'suggest', 'suggested', 'shout', 'shouted', 'yell', 'yelled', 'exclaim', 'exclaimed', 'whisper',
  'whispered', 'mutter', 'muttered', 'scream', 'screamed', 'chant', 'chanted', 'concede', 'conceded',
  'maintain', 'maintained', 'assert', 'asserted', 'emphasize', 'emphasized', 'stress', 'stressed', 'vow',
  'vowed', 'promise', 'promised', 'pledge', 'pledged', 'testify', 'testified', 'confirm', 'confirmed',
  'caution', 'cautioned', 'urge', 'urged', 'allege', 'alleged', 'charge', 'charged', 'wonder', 'wondered',
  'ask', 'asks', 'asked',
]);

/**
 * nouns for something said that govern a quote after them: `Trump’s claim that there have been “…”`,
 * `chants of “Bobby!”`; the last row are WordNet noun.communication nominalisations of the news
 * speech verbs (`suggest` → suggestion, `remark` → remark) that name an act of saying, not a thing
 * or a text (`title`, `report`, `note`, `call`, `portrait` and `quotation` left out)
 */
export const SPEECH_NOUNS = new Set([
  'claim', 'claims', 'phrase', 'slogan', 'promise', 'promises', 'pledge', 'vow', 'chant', 'chants',
  'cry', 'cries', 'refrain', 'mantra', 'catchphrase', 'warning', 'assertion', 'insistence', 'boast',
  'response', 'answer', 'reply', 'retort', 'motto', 'dictum',
  'accusation', 'accusations', 'admission', 'admissions', 'announcement', 'announcements', 'argument', 'arguments', 'assurance', 'assurances', 'complaint', 'complaints', 'concession', 'concessions', 'declaration', 'declarations', 'demand', 'demands', 'description', 'descriptions', 'explanation', 'explanations', 'joke', 'jokes', 'proclamation', 'proclamations', 'pronouncement', 'pronouncements', 'proposal', 'proposals', 'quip', 'quips', 'remark', 'remarks', 'suggestion', 'suggestions', 'testimony', 'testimonies',
]);

/** a particle that makes any verb an answer before the quotation it opens: `shot back:`, `hit back,` */
export const ANSWER_PARTICLES = new Set(['back']);

/**
 * verbs of naming: they take the quote as a name for someone, so even a short quote is a partial quote; and they report
 * nothing when a name is all that follows them (`a group called Black Votes Matter`, `Obama called Abedini`, which is phoning)
 */
export const NAMING_VERBS = new Set([
  'call', 'calls', 'called', 'calling', 'name', 'names', 'named', 'naming', 'dub', 'dubs', 'dubbed', 'dubbing', 'label', 'labels',
  'labeled', 'labelled', 'labeling', 'labelling', 'describe', 'describes', 'described', 'describing',
  'term', 'terms', 'termed', 'brand', 'brands', 'branded', 'rate', 'rates', 'rated', 'deem', 'deemed',
]);

/**
 * words that put a characterisation right before the quote: `pounding Trump as a “con artist”`,
 * `blasted Clinton as a “disgrace”`; with a verb before them the quote is someone's words
 */
export const CHARACTERISING = new Set(['as']);

/** words that read as an unnamed source when they head the speaker phrase */
export const ANONYMOUS_HEADS = new Set([
  'source', 'sources', 'official', 'officials', 'spokesperson', 'spokesman', 'spokeswoman',
  'operative', 'operatives', 'aide', 'aides', 'insider', 'insiders', 'person', 'people', 'witness',
  'witnesses', 'observer', 'observers', 'analyst', 'analysts', 'expert', 'experts', 'diplomat',
  'diplomats', 'staffer', 'staffers', 'adviser', 'advisers', 'advisor', 'advisors', 'friend',
  'friends', 'resident', 'residents', 'critic', 'critics', 'supporter', 'supporters', 'member',
  'members', 'report', 'reports', 'statement', 'letter', 'doctor', 'lawyer', 'attorney', 'attorneys',
  // `Lawyers for the victims said`: the plurals, and those who act or speak for someone
  'doctors', 'lawyers', 'prosecutor', 'prosecutors', 'investigator', 'investigators', 'representative',
  'representatives', 'negotiator', 'negotiators', 'spokespeople',
]);

/** determiners that make a noun phrase an unnamed source rather than a known one ("a source") */
/**
 * what may follow an unnamed source and still describe it: "a source close to the talks", "people
 * familiar with the matter", "an official with knowledge of the plan", "officials in Washington"
 */
export const SOURCE_POSTMODIFIERS: ReadonlyArray<readonly string[]> = [
  ['close', 'to'], ['familiar', 'with'], ['with', 'direct', 'knowledge', 'of'], ['with', 'knowledge', 'of'],
  ['briefed', 'on'], ['involved', 'in'], ['knowledgeable', 'about'], ['in'], ['at'], ['from'], ['for'], ['to'],
];

/** the links of SOURCE_POSTMODIFIERS after which a noun for people is a source too: "economists at Goldman Sachs", "aid workers in Gaza" */
export const PEOPLE_POSTMODIFIERS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'for']);

/**
 * pronouns for a person or a share of a group that a place or a body's phrase after `in`, `on`, `at`, `from` or `among`
 * only describes, the pronoun speaking: `someone in the audience`, `many in the Republican establishment`, `some on
 * Twitter`, `most in both states` (PolNeAR train's sources)
 */
export const DESCRIBED_PRONOUNS: ReadonlySet<string> = new Set([
  'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'nobody', 'many', 'some', 'most', 'few', 'several', 'others',
]);

/** the prepositions after such a pronoun: `some on Twitter`, `many among his supporters` */
export const PRONOUN_POSTMODIFIERS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'from', 'among', 'within', 'inside']);

/** the links between a person's name and a body's that say where the person works: "Jane Smith at Goldman Sachs", "Tom Lee from Fundstrat" */
export const WORKPLACE_LINKS: ReadonlySet<string> = new Set(['at', 'from']);

/** the words that link a speaker's name to where the speaker is from or works: `Senator John McCain of Arizona`, `Tom Lee from Fundstrat` */
export const ORIGIN_LINKS: ReadonlySet<string> = new Set([...WORKPLACE_LINKS, 'of', 'with']);

/** adverbs that may open an appositive before its noun phrase: `, then ambassador to Israel,`, `, now a professor`, `, also a GOP hopeful,` */
export const APPOSITIVE_ADVERBS: ReadonlySet<string> = new Set(['then', 'now', 'also']);

export const INDEFINITE = new Set(['a', 'an', 'another', 'one', 'some', 'several', 'two', 'three', 'many', 'other', 'senior']);

/** the first person: outside a quotation the writer, inside one whoever speaks it */
export const FIRST_PERSON = new Set(['i', 'we']);

/**
 * pronouns no entity of the article stands for: the first person outside a quotation (the writer) and `you` (the
 * reader, or whoever a question asks: `if you want to get a sense of …`, `Q: Do you think …?`)
 */
export const UNRESOLVED_PRONOUNS: ReadonlySet<string> = new Set([...FIRST_PERSON, 'you']);

/** personal pronouns that can speak, with the entity they can stand for */
export const SPEAKER_PRONOUNS: Readonly<Record<string, { gender?: 'male' | 'female'; types: string[] }>> = wordTable({
  he: { gender: 'male', types: ['person'] },
  she: { gender: 'female', types: ['person'] },
  they: { types: ['organization', 'person'] },
  it: { types: ['organization'] },
  i: { types: ['person'] },
  we: { types: ['organization', 'person'] },
  you: { types: ['person'] },
});

/** small words that sit between a speaker and the verb without ending the phrase */
export const VERB_SKIP = new Set([
  'also', 'later', 'then', 'has', 'had', 'have', 'was', 'were', 'is', 'would', 'will', 'once',
  'previously', 'recently', 'repeatedly', 'often', 'again', 'further', 'simply', 'further', 'just',
  'has', 'even', 'still', 'publicly', 'privately', 'reportedly', 'frequently', 'flatly', 'first',
  // `Clinton has since apologized`
  'since',
]);


/** nouns that name a statement itself; "the statement said" speaks for its author */
export const DOCUMENT_HEADS = new Set(['statement', 'letter', 'report', 'release', 'memo', 'post', 'tweet', 'ad', 'article']);

/** what counts people asked: `a March poll`, `the survey`; respondents it counts speak through it */
export const POLL_HEADS = new Set(['poll', 'polls', 'survey', 'surveys']);

/**
 * the words a headline's label may end in to name who says what follows its colon, besides a person's or a body's
 * name (quotes/reported/label.ts): `Poll: …`, `Report: …`, `Newspaper: …`, `Clinton camp: …`, `Wash Post Fact-Check: …`
 */
export const HEADLINE_SOURCES: ReadonlySet<string> = new Set([
  ...DOCUMENT_HEADS,
  ...POLL_HEADS,
  ...ANONYMOUS_HEADS,
  ...['newspaper', 'study', 'fact-check', 'camp', 'campaign'],
]);

/** words that make a phrase a share of those asked: `75 percent of Republicans`, `six in 10`, `a majority of voters` */
export const SHARE_WORDS = new Set(['percent', '%', 'majority', 'half', 'plurality', 'third', 'thirds', 'quarter']);

/** adverbs of time that stand alone before a subject: `Earlier, Trump said`, `Meanwhile Rihanna …` */
const TIME_ADVERBS = ['today', 'yesterday', 'tonight', 'earlier', 'later', 'meanwhile'];

/** words that say when: a day, a month, `today`, `later` (`said Friday`, `Smith on Monday said`, `asked earlier whether`) */
export const DATE_WORDS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES, ...TIME_ADVERBS]);

/**
 * capitalised words that never name a speaker ("Friday, Trump said", "But Trump said"): the words of when and the
 * conjunctions that open sentences; not words of when themselves (`said so many came` reports `so many came`)
 */
export const CALENDAR = new Set([...DATE_WORDS, 'but', 'and', 'so', 'still']);

/** words that say when on their own before a speaker's name (`Monday Smith said`), none of them a given name (months are: `April Mellody`) */
export const WHEN_WORDS = new Set([...WEEKDAY_NAMES, ...TIME_ADVERBS, 'now', 'then']);

/** nouns of time, which head no speaker phrase (`“…” a year later`, `said a week ago`) */
export const TIME_NOUNS = new Set([
  'year', 'years', 'week', 'weeks', 'month', 'months', 'day', 'days', 'time', 'times', 'hour', 'hours',
  'decade', 'decades', 'moment', 'night', 'morning', 'afternoon', 'evening', 'century', 'minute', 'minutes',
]);

/** words before a noun of time that make a when of it: `Smith last week said`, `Jones this morning told` */
export const TIME_MODIFIERS = new Set(['last', 'this', 'next', 'that', 'early', 'late', 'earlier', 'later']);

/** reflexives that only stress the subject before its verb: `Sanders himself acknowledged` */
export const INTENSIVE_PRONOUNS = new Set(['himself', 'herself', 'themselves', 'itself']);

/** verb forms that are never nouns, read as a cue whatever the tagger says */
export const SURE_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'asked', 'replied', 'tweeted', 'explained', 'insisted', 'argued', 'declared', 'stated', 'continued']);

/** forms of "be": a passive (`was described`), a progressive (`is promising`) or a copula (`was a “criminal” attempt`) */
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', "'re", '’re']);
/** the forms of have, which before an infinitive's `to` make a finite verb group (`has to argue`, `will have to say`) */
export const HAVE_FORMS: ReadonlySet<string> = new Set(['have', 'has', 'had']);
/** the forms of be that carry no tense: a progressive after them (`has been pounding`) leans on an auxiliary before */
export const UNTENSED_BE = new Set(['be', 'been', 'being']);

/** a form of be that carries tense and is no possessive ending (`is`, `were`, `’s` after a pronoun; not `been`, `Trump’s`) */
export const isTensedBe = (tok: Token): boolean => BE_FORMS.has(tok.lower) && !UNTENSED_BE.has(tok.lower) && !tok.possessive;

/**
 * the -ing form at token `k` after a form of be: a progressive, a finite verb group (`is promising`, `He’s comparing`);
 * not after a possessive ending (`Trump’s warning`, `the party’s polling`), which makes the -ing form a noun
 */
export const isProgressive = (t: readonly Token[], k: number): boolean =>
  t[k].lower.endsWith('ing') && BE_FORMS.has(t[k - 1]?.lower ?? '') && !t[k - 1].possessive;

/**
 * the -ing form at token `k` is a finite progressive: after a tensed be (`is criticizing`, `He’s comparing`), or after an
 * untensed one that a tensed auxiliary opens (`Puerto Rico has been warning`, `She will be challenging`, `I’ve been
 * saying`, an adverb or a negation between: `has not been saying`); not after `to be`, `being` or a bare `been`
 */
export function isFiniteProgressive(t: readonly Token[], k: number): boolean {
  if (!isProgressive(t, k)) return false;
  const be = t[k - 1].lower;
  if (!UNTENSED_BE.has(be)) return true;
  if (be === 'being') return false;
  let a = k - 2;
  while (a >= 0 && t[a].sentence === t[k].sentence && (t[a].pos === 'ADV' || NEGATIONS.has(t[a].lower))) a--;
  return a >= 0 && t[a].sentence === t[k].sentence && t[a].pos === 'AUX' && !NON_FINITE_WORDS.has(t[a].lower);
}

/** verbs after a news outlet's name (`the Times reported`): the name is an organisation */
export const OUTLET_VERBS = new Set(['reported', 'reports']);

/** cues that report words only beside a named source (`put on a show`, `read the bill`) */
export const LOOSE_CUES = new Set(['put', 'puts', 'read', 'reads', 'post', 'posts', 'rule', 'rules', 'type', 'cite', 'cites', 'pound', 'thank', 'thanks']);

/** words before `as` that name a thing rather than cast someone in words */
export const NOT_CHARACTERISING = new Set(['such', 'known', 'so', 'same', 'well', 'just', 'served', 'serves', 'serving']);

/** object pronouns: never the subject who speaks (`told him`) */
export const NOT_SPEAKERS = new Set(['you', 'me', 'us', 'him', 'her', 'them', 'it']);

/**
 * adjectives of a subject's disposition before an infinitive, whose subject is the subject of the be before them (`voters
 * are more likely to say`, `he was quick to deny`, `she is eager to prove`); not those that judge the act (`it is hard to
 * say`, `it's safe to assume`), whose subject names no one
 */
export const DISPOSITION_ADJECTIVES: ReadonlySet<string> = new Set([
  'likely', 'unlikely', 'quick', 'eager', 'willing', 'unwilling', 'ready', 'able', 'unable', 'reluctant', 'keen', 'careful',
  'slow', 'loath', 'loth', 'inclined', 'prepared', 'poised', 'determined', 'anxious', 'happy', 'glad', 'proud', 'afraid',
  // `he is correct to note`, `she was right to say`, `he was wrong to suggest`: judging the subject, who acts
  'correct', 'right', 'wrong',
]);

/** the forms of make, whose subject speaks in `made it clear that …` (the `it` there stands for the clause after) */
export const MAKE_FORMS: ReadonlySet<string> = new Set(['make', 'makes', 'made', 'making']);
