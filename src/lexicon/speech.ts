// words that report speech and name its source; lowercase, matched one token at a time
import { wordTable } from './table';

/** reporting verbs in every form a news story uses them: "said", "says", "told", "adds" */
export const SPEECH_VERBS = new Set([
  // the everyday reporting verbs
  'say', 'says', 'said', 'tell', 'tells', 'told', 'add', 'adds', 'added', 'write', 'writes', 'wrote',
  'ask', 'asks', 'asked', 'reply', 'replies', 'replied', 'respond', 'responds', 'responded',
  'continue', 'continues', 'continued', 'explain', 'explains', 'explained', 'note', 'notes', 'noted',
  'state', 'states', 'stated', 'recall', 'recalls', 'recalled', 'report', 'reports', 'reported',
  // verbs of claim and stance (they take a quote as well as a clause)
  'claim', 'claims', 'claimed', 'declare', 'declares', 'declared', 'insist', 'insists', 'insisted',
  'argue', 'argues', 'argued', 'warn', 'warns', 'warned', 'acknowledge', 'acknowledges',
  'acknowledged', 'admit', 'admits', 'admitted', 'announce', 'announces', 'announced', 'concede',
  'concedes', 'conceded', 'conclude', 'concludes', 'concluded', 'contend', 'contends', 'contended',
  'counter', 'counters', 'countered', 'suggest', 'suggests', 'suggested', 'vow', 'vows', 'vowed',
  'promise', 'promises', 'promised', 'pledge', 'pledges', 'pledged', 'predict', 'predicts',
  'predicted', 'joke', 'jokes', 'joked', 'quip', 'quips', 'quipped', 'urge', 'urges', 'urged',
  'emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasised', 'stress', 'stresses',
  'stressed', 'boast', 'boasts', 'boasted', 'complain', 'complains', 'complained', 'charge',
  'charges', 'charged', 'allege', 'alleges', 'alleged', 'assert', 'asserts', 'asserted',
  'maintain', 'maintains', 'maintained', 'remark', 'remarks', 'remarked', 'observe', 'observes',
  'observed', 'testify', 'testifies', 'testified', 'proclaim', 'proclaims', 'proclaimed',
  'describe', 'describes', 'described', 'call', 'calls', 'called', 'dub', 'dubs', 'dubbed',
  'label', 'labels', 'labeled', 'labelled', 'deny', 'denies', 'denied', 'blast', 'blasts', 'blasted',
  'accuse', 'accuses', 'accused', 'demand', 'demands', 'demanded', 'agree', 'agrees', 'agreed',
  'confirm', 'confirms', 'confirmed', 'caution', 'cautions', 'cautioned', 'mention', 'mentions',
  'mentioned', 'repeat', 'repeats', 'repeated', 'reiterate', 'reiterates', 'reiterated',
  'reveal', 'reveals', 'revealed', 'thank', 'thanks', 'thanked', 'praise', 'praises', 'praised',
  'laud', 'lauds', 'lauded', 'commend', 'commends', 'commended', 'vow', 'vows', 'vowed', 'pledge',
  'pledges', 'pledged',
  // verbs that characterise something in the source's own words ("condemned the test as “provocative”")
  'condemn', 'condemns', 'condemned', 'liken', 'likens', 'likened', 'hail', 'hails', 'hailed',
  'dismiss', 'dismisses', 'dismissed', 'criticize', 'criticizes', 'criticized', 'criticise',
  'criticised', 'exhort', 'exhorts', 'exhorted', 'slam', 'slams', 'slammed', 'rate', 'rates', 'rated',
  'rule', 'rules', 'ruled', 'bemoan', 'bemoans', 'bemoaned', 'attack', 'attacks', 'attacked',
  'mock', 'mocks', 'mocked', 'decry', 'decries', 'decried', 'brand', 'brands', 'branded',
  'pound', 'pounding', 'referred', 'refers', 'referenced', 'references', 'wonder', 'wonders',
  'wondered', 'type', 'typed', 'chanting', 'condemning', 'criticizing', 'blasting', 'slamming',
  // channels and manners of saying
  'tweet', 'tweets', 'tweeted', 'post', 'posts', 'posted', 'shout', 'shouts', 'shouted', 'yell',
  'yells', 'yelled', 'exclaim', 'exclaims', 'exclaimed', 'chant', 'chants', 'chanted', 'scream',
  'screamed', 'mutter', 'muttered', 'whisper', 'whispered', 'quote', 'quotes', 'quoted', 'cite',
  'cites', 'cited', 'read', 'reads', 'put', 'puts', 'telling', 'writing', 'saying', 'adding',
  'claiming', 'noting', 'arguing', 'calling', 'describing', 'warning', 'insisting', 'declaring',
  'asking', 'explaining', 'stating', 'vowing', 'promising', 'urging', 'accusing', 'charging',
  'tweeting', 'posting', 'recalling', 'suggesting', 'boasting', 'complaining', 'insisting',
  'replying', 'responding', 'joking', 'proclaiming', 'dubbing', 'labeling', 'labelling',
  'announcing', 'admitting', 'stressing', 'emphasizing', 'predicting', 'pledging', 'conceding',
  'contending', 'countering', 'acknowledging', 'denying', 'bemoaning', 'decrying',
  'deriding', 'derided', 'derides', 'mocking', 'praising', 'lauding', 'hailing', 'dismissing', 'branding', 'likening',
  // verbs of naming ("termed the deal “a disaster”")
  'term', 'terms', 'termed', 'terming', 'deem', 'deems', 'deemed',
]);

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
]);

/** nouns for something said that govern a quote after them: `Trump’s claim that there have been “…”`, `chants of “Bobby!”` */
export const SPEECH_NOUNS = new Set([
  'claim', 'claims', 'phrase', 'slogan', 'promise', 'promises', 'pledge', 'vow', 'chant', 'chants',
  'cry', 'cries', 'refrain', 'mantra', 'catchphrase', 'warning', 'assertion', 'insistence', 'boast',
]);

/** verbs that take the quote as a name for someone, so even a short quote is a partial quote */
export const NAMING_VERBS = new Set([
  'call', 'calls', 'called', 'calling', 'dub', 'dubs', 'dubbed', 'dubbing', 'label', 'labels',
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
]);

/** determiners that make a noun phrase an unnamed source rather than a known one ("a source") */
/**
 * what may follow an unnamed source and still describe it: "a source close to the talks", "people
 * familiar with the matter", "an official with knowledge of the plan", "officials in Washington"
 */
export const SOURCE_POSTMODIFIERS: ReadonlyArray<readonly string[]> = [
  ['close', 'to'], ['familiar', 'with'], ['with', 'direct', 'knowledge', 'of'], ['with', 'knowledge', 'of'],
  ['briefed', 'on'], ['involved', 'in'], ['knowledgeable', 'about'], ['in'], ['at'], ['from'], ['for'],
];

export const INDEFINITE = new Set(['a', 'an', 'another', 'one', 'some', 'several', 'two', 'three', 'many', 'other', 'senior']);

/** personal pronouns that can speak, with the entity they can stand for */
/** the first person: outside a quotation the writer, inside one whoever speaks it */
export const FIRST_PERSON = new Set(['i', 'we']);

export const SPEAKER_PRONOUNS: Readonly<Record<string, { gender?: 'male' | 'female'; types: string[] }>> = wordTable({
  he: { gender: 'male', types: ['person'] },
  she: { gender: 'female', types: ['person'] },
  they: { types: ['organization', 'person'] },
  it: { types: ['organization'] },
  i: { types: ['person'] },
  we: { types: ['organization', 'person'] },
});

/** small words that sit between a speaker and the verb without ending the phrase */
export const VERB_SKIP = new Set([
  'also', 'later', 'then', 'has', 'had', 'have', 'was', 'were', 'is', 'would', 'will', 'once',
  'previously', 'recently', 'repeatedly', 'often', 'again', 'further', 'simply', 'further', 'just',
  'has', 'even', 'still', 'publicly', 'privately', 'reportedly', 'frequently', 'flatly', 'first',
]);

/** nouns that name a statement itself; "the statement said" speaks for its author */
export const DOCUMENT_HEADS = new Set(['statement', 'letter', 'report', 'release', 'memo', 'post', 'tweet', 'ad', 'article']);

/** capitalised words that never name a speaker ("Friday, Trump said") */
export const CALENDAR = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'today', 'yesterday', 'tonight', 'earlier', 'later', 'meanwhile', 'but', 'and', 'so', 'still',
]);

/** nouns of time, which head no speaker phrase (`“…” a year later`, `said a week ago`) */
export const TIME_NOUNS = new Set([
  'year', 'years', 'week', 'weeks', 'month', 'months', 'day', 'days', 'time', 'times', 'hour', 'hours',
  'decade', 'decades', 'moment', 'night', 'morning', 'afternoon', 'evening', 'century', 'minute', 'minutes',
]);

/** verb forms that are never nouns, read as a cue whatever the tagger says */
export const SURE_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'asked', 'replied', 'tweeted', 'explained', 'insisted', 'argued', 'declared', 'stated', 'continued']);

/** dashes that put a credit line after a quote (`“…” ― Pamela Padilla`) */
export const CREDIT_DASHES = new Set(['\u2015', '\u2014', '\u2013', '-', '--']);

/** forms of "be": a passive (`was described`), a progressive (`is promising`) or a copula (`was a “criminal” attempt`) */
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', "'re", '’re']);

/** verbs after a news outlet's name (`the Times reported`): the name is an organisation */
export const OUTLET_VERBS = new Set(['reported', 'reports']);

/** cues that report words only beside a named source (`put on a show`, `read the bill`) */
export const LOOSE_CUES = new Set(['put', 'puts', 'read', 'reads', 'post', 'posts', 'rule', 'rules', 'type', 'cite', 'cites', 'pound', 'thank', 'thanks']);

/** words before `as` that name a thing rather than cast someone in words */
export const NOT_CHARACTERISING = new Set(['such', 'known', 'so', 'same', 'well', 'just', 'served', 'serves', 'serving']);

/** object pronouns: never the subject who speaks (`told him`) */
export const NOT_SPEAKERS = new Set(['you', 'me', 'us', 'him', 'her', 'them', 'it']);
