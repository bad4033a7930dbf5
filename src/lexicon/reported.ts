// words the reported-statement shapes read around a cue (quotes/reported/shapes/)
import { SUBORDINATORS } from './function-words';
import { NOT_SPEAKERS, POLL_HEADS } from './speech';

/** verbs whose listener comes before the content: `told reporters (that) …`, `warned Republicans …` */
export const LISTENER_FIRST = new Set([
  'tell', 'tells', 'told', 'telling', 'ask', 'asks', 'asked', 'asking', 'warn', 'warns', 'warned', 'warning',
  'assure', 'assures', 'assured', 'remind', 'reminds', 'reminded', 'inform', 'informs', 'informed', 'urge', 'urges',
  'urged', 'urging', 'promise', 'promised', 'promises', 'convince', 'convinced', 'persuade', 'persuaded', 'advise', 'advised',
]);

/**
 * object pronouns that name the listener after such a verb (`…, the president told her.`, `told them the plan
 * would fail`); not `it`, which opens the content (`warned it would fail`)
 */
export const LISTENER_PRONOUNS: ReadonlySet<string> = new Set([...NOT_SPEAKERS].filter((w) => w !== 'it'));

/** relatives that, set off by a comma, add what their antecedent said or holds: `Cruz, who said …`, `The union, which endorsed Clinton, …` (PolNeAR-train marks `who` a source 422 times, `which` 80) */
export const ASIDE_RELATIVES: ReadonlySet<string> = new Set(['who', 'which']);

/** words that stand alone for a group of people as a verb's subject: `most say they …`, `many believe the …`, `others said` */
export const GROUP_SUBJECTS: ReadonlySet<string> = new Set(['most', 'many', 'some', 'few', 'others', 'both', 'several']);

/** words that open content rather than name a listener */
export const CONTENT_OPENERS = new Set(['that', 'if', 'whether', 'to', 'how', 'why', 'what', 'when', 'who', 'where']);

/** prepositions that measure a number and may open a reported clause's subject: `said about half of …`, `said over 100 …` */
export const MEASURES = new Set(['about', 'around', 'over', 'under', 'nearly', 'almost', 'roughly', 'approximately']);

/** two-word bounds of a number that open a reported clause's subject as MEASURES do: `said at least 12 fighters were killed`, `said up to 300 …` */
export const MEASURE_BOUNDS: ReadonlyMap<string, string> = new Map([
  ['at', 'least'],
  ['up', 'to'],
  ['more', 'than'],
  ['less', 'than'],
  ['fewer', 'than'],
]);

/** words that narrow a measure before it: `Only about 4 in 10 voters say`, `just over half` */
export const MEASURE_LIMITS: ReadonlySet<string> = new Set(['only', 'just']);

/** words that stand for all a verb of saying reports: `half said so`, `75 percent said yes`, `the candidate said no` (16 of 22 such cues in PolNeAR-train head a statement) */
export const PRO_FORMS = new Set(['so', 'yes', 'no']);

/** the adjective that, after `the`, stands for a statement made before: `three-quarters said the same of Sanders` */
export const SAME = 'same';

/** nouns a `the same` may take and still stand for what was said: `said the same thing` */
export const SAID_THINGS = new Set(['thing', 'things']);

/**
 * relative words that stand for what a verb reports when its subject comes between them and the verb: `what Trump has
 * threatened to do`, `which he refused to consider` (the gold content opens with the word in PolNeAR-train, 97 times)
 */
export const OBJECT_RELATIVES = new Set(['what', 'which']);

/** relative pronouns: `the man who said …` names someone, it reports nothing */
export const RELATIVES = new Set(['who', 'which', 'that', 'whom', 'whose']);

/** words that may open a sentence before a fronted `according to`: `But according to X, …` */
export const SENTENCE_OPENERS = new Set(['but', 'and', 'yet', 'so', 'still', 'also', 'now', 'however']);

/** words after a comma that open an adverbial clause the reporter adds: `…, even though it wasn't the focus` */
export const ADVERBIAL_OPENERS = new Set([
  'when', 'while', 'though', 'although', 'even', 'because', 'compared', 'despite', 'whereas', 'unless', 'reflecting', 'citing',
]);

/**
 * conjunctions that open an adverbial clause before the main clause: `While voters said X, Y`, `When she said X, Y`: the
 * subordinators, and `once`, which opening a sentence opens a clause (`Once he said X, Y`) and elsewhere is mostly an adverb
 * (`he once said`); not `as`, whose clause reports the main one
 */
export const OPENING_CLAUSE: ReadonlySet<string> = new Set([...SUBORDINATORS, 'once']);

/** articles after a comma that follows a whole clause: `…, a swipe at his rivals` (an aside), `…, the crowd cheered` (a clause of the reporter's) */
export const ASIDE_OPENERS = new Set(['the', 'a', 'an']);

/** nouns of saying and holding that head a statement when a that-clause follows them: `Trump's claim that …`, `the warning that …` */
export const STATEMENT_NOUNS = new Set([
  'claim', 'claims', 'assertion', 'assertions', 'suggestion', 'argument', 'allegation', 'allegations', 'accusation', 'accusations',
  'statement', 'warning', 'warnings', 'promise', 'promises', 'pledge', 'vow', 'insistence', 'contention', 'assurance', 'assurances',
  'belief', 'view', 'notion', 'idea', 'report', 'reports', 'charge', 'charges', 'fear', 'fears', 'hope', 'concern', 'concerns',
]);

/** verbs of seeming, which raise the subject of what they report: `the deal appears to be dead`, `voters seemed pleased` */
export const RAISING_VERBS = new Set(['seem', 'seems', 'seemed', 'seeming', 'appear', 'appears', 'appeared', 'appearing']);

/** adverbs that report the clause they stand in, naming no source: `the group is reportedly spending $1.5 million` (19 of 29 gold cues in PolNeAR-train; `allegedly`, `apparently` far fewer) */
export const REPORTING_ADVERBS = new Set(['reportedly']);

/** passives of belief and report that raise the subject the same way: `Trump is expected to win`, `he is said to be ill` */
export const RAISING_PASSIVES = new Set(['expected', 'believed', 'thought', 'said', 'reported', 'rumored', 'rumoured', 'projected', 'predicted']);

/**
 * verbs of looking ahead: a time after what they report is when the thing expected happens (`expect a cut in June`),
 * not when it was said (`fear a recession next year`); 8 of 8 PolNeAR-train contents of `expect`, `predict`,
 * `anticipate` hold their time, and 5 of 5 of `fear`, `hope`, `worry`, against 5 of 14 for `endorsed`, `praised`,
 * `criticized`, `backed`, `attacked`, `blasted`
 */
export const EXPECTING_VERBS = new Set([
  'expect', 'expects', 'expected', 'expecting', 'predict', 'predicts', 'predicted', 'predicting', 'forecast', 'forecasts',
  'forecasting', 'anticipate', 'anticipates', 'anticipated', 'anticipating', 'fear', 'fears', 'feared', 'fearing', 'hope',
  'hopes', 'hoped', 'hoping',
]);

/** verbs of a question put to someone: `Asked about the vote, Smith …`, `Smith was asked to name …` report what was asked */
export const QUESTION_VERBS = new Set(['asked', 'questioned', 'pressed']);

/** words that open an adjunct a question stands in: `when asked whether …` */
export const ADJUNCT_OPENERS = new Set(['when', 'if', 'after', 'once', 'while', 'before']);

/** words before an `as` that make it compare or list rather than tell when or how: `such as his claim`, `the same as they said`, not `as she said` */
export const COMPARING_AS = new Set(['such', 'same']);


/** occasions of speaking, which say where something was said, not what: `endorsed Trump at a news conference`, `praised her in an interview` */
export const SPEECH_EVENTS = new Set([
  'interview', 'interviews', 'conference', 'rally', 'rallies', 'speech', 'speeches', 'debate', 'debates', 'briefing', 'hearing',
  'appearance', 'event', 'forum', 'meeting', 'statement', 'session', 'address',
]);

/**
 * verbs of saying whose form is far more often a plural noun: `Rust Belt states that have suffered`, `in their states
 * that …` (19 of 22 such cues in PolNeAR-train matched no statement); one reports only a that-clause opening with a subject
 * (`the letter states that courts should …`)
 */
export const PLURAL_NOUN_CUES = new Set(['states']);

/** words before a verb of perceiving that are no one holding a view: `you know`, `you see` are asides, `to see` an infinitive */
export const NO_VIEW_SUBJECTS = new Set(['to', 'there', 'it', 'you']);

/** nouns of a poll, whose findings an opening `In` reports like `according to`: `In a new Quinnipiac poll, Clinton leads by 4 points`, `In recent polling, …` */
export const POLL_NOUNS = new Set([...POLL_HEADS, 'polling']);

/**
 * verbs of stance with a physical sense as common in news: `Trump attacked Cruz` reports a stance, `Russian
 * forces attacked the city` none. Their phrase reports nothing when an armed force does it or a place or a
 * site takes it (quotes/reported/shapes/clause-after.ts)
 */
export const PHYSICAL_SENSES = new Set([
  'attack', 'attacks', 'attacked', 'attacking', 'pound', 'pounds', 'pounded', 'pounding', 'blast', 'blasts', 'blasted', 'blasting',
  // `Kurdish forces defended Kobani`, as `Clinton defended her record` does not
  'defend', 'defends', 'defended', 'defending',
]);

/** heads of a subject that fights rather than argues: `forces`, `troops`, `gunmen`, `drones` */
export const ARMED_HEADS = new Set([
  'forces', 'force', 'troops', 'soldiers', 'army', 'armies', 'militants', 'militia', 'militias', 'rebels', 'insurgents', 'fighters',
  'gunmen', 'gunman', 'terrorists', 'jets', 'warplanes', 'aircraft', 'drones', 'missiles', 'rockets', 'artillery', 'tanks', 'navy',
  'bombers', 'attackers', 'assailants', 'mob', 'shells', 'airstrikes', 'strikes', 'raiders',
]);

/**
 * heads of a place or a site an attack takes: `attacked the city`, `pounded rebel positions`, `attacked a diplomatic compound`;
 * and of the people it hits, whom no one argues with by attacking (`continued to attack civilians`, `attacked a patrol`)
 */
export const SITE_HEADS = new Set([
  'city', 'cities', 'town', 'towns', 'village', 'villages', 'capital', 'base', 'bases', 'compound', 'embassy', 'consulate',
  'convoy', 'convoys', 'positions', 'position', 'port', 'airport', 'hospital', 'hospitals', 'school', 'schools', 'border',
  'area', 'areas', 'region', 'district', 'districts', 'camp', 'camps', 'ship', 'ships', 'vessel', 'vessels', 'plant', 'station',
  'facility', 'facilities', 'building', 'buildings', 'bridge', 'infrastructure', 'targets', 'target', 'outpost', 'checkpoint',
  'checkpoints', 'civilians', 'soldiers', 'troops', 'policemen', 'worshippers', 'villagers', 'patrol', 'patrols', 'pilgrims',
]);

/** site heads that are views too after a possessive: `defended his position` (a site in `attacked army positions`) */
export const STANCE_SITES: ReadonlySet<string> = new Set(['position', 'positions']);

/** nouns of an attack that are verbs of stance too: `the Paris attacks`, `the Dec. 2 attack` (quotes/reported/cues.ts eventNoun) */
export const ATTACK_NOUNS = new Set(['attack', 'attacks']);
