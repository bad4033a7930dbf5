// verbs of belief and intention: they report what someone holds or means to do ("X believes that …",
// "X wants to …"), not words said, so they head reported statements but govern no quotation
import { STANCE_VERBS as STANCE_ROWS } from './speech-verbs.generated';
import { wordTable } from './table';
import { SPEECH_LEMMAS, verbForms } from './speech';

/** what a finding shows: `polls show Clinton ahead`, `records show that …` */
const FINDING_LEMMAS = 'show find indicate estimate';

/** lemmas by group: what someone holds, what they mean to do, what a finding shows, whom or what they back */
const BELIEF_LEMMAS = [
  'believe think hope fear expect worry doubt suspect wish assume guess reckon',
  'intend plan want seek decline',
  FINDING_LEMMAS,
  'endorse support defend oppose propose reject question blame',
  // a stance shown rather than said (`expressed concern`, `voiced support`, `echoed the call`)
  'express voice echo tout highlight offer',
  // what someone asks of others or lets out (`ordered a review`, `pleaded for calm`, `disclosed the payments`)
  'order request plead threaten prefer disclose hint remind encourage challenge',
  // what someone came to know or sees ahead (`learned that the bridge was unsafe`, `recognized how hard it was`, `the deal envisions …`)
  'learn understand recognize envision',
  // a stance shown by a welcome or applause, and what a filing lists (`welcomed the ruling`, `listed investments in …`)
  'welcome applaud list',
].join(' ');

/** past forms no rule makes */
const IRREGULAR_PAST: Readonly<Record<string, string>> = wordTable({ think: 'thought', find: 'found', seek: 'sought', speak: 'spoke' });

/** a lemma in its third-person, past and -ing forms */
const formsOf = (lemma: string) => {
  const { third, past, ing } = verbForms(lemma);
  return [lemma, third, IRREGULAR_PAST[lemma] ?? past, ing];
};

/** verbs of perceiving and judging, views reported only in the present (PRESENT_VIEW_VERBS) */
const PRESENT_VIEW_LEMMAS = ['see', 'know', 'consider'];

/**
 * a stance lemma no other table reads: the verbs of saying keep the guards of their own cue table (quotes/cues.ts drops
 * `recall` in `Tesla's Cybertruck recall affects …`), the verbs of perceiving and judging theirs
 */
const stanceOnly = (lemma: string) => !PRESENT_VIEW_LEMMAS.includes(lemma) && !SPEECH_LEMMAS.has(lemma);

/** belief and intention verbs in their third-person, past and -ing forms */
export const BELIEF_VERBS = new Set(BELIEF_LEMMAS.split(' ').flatMap(formsOf));

/**
 * verbs of saying, thinking and feeling that WordNet files as such and news uses to report a view (`doubted the
 * plan would pass`, `lamented that …`, `embraced the idea`): speech-verbs.generated.ts, all their forms
 */
export const STANCE_VERBS: ReadonlySet<string> = new Set(
  STANCE_ROWS.flatMap((row) => (stanceOnly(row.split(' ')[0]) ? row.split(' ') : [])),
);

/** the stance verbs' base forms (`doubt`, `decide`), which after `to` or a modal report nothing of their own */
export const STANCE_LEMMAS: ReadonlySet<string> = new Set(STANCE_ROWS.map((row) => row.split(' ')[0]));

/** the verbs of a finding in all their forms */
export const FINDING_VERBS = new Set(FINDING_LEMMAS.split(' ').flatMap(formsOf));

/**
 * verbs of perceiving and judging in the present (`voters see Sanders as electable`, `Rubio knows what he'll do`,
 * `whom he considers a friend`): a view held now, reported only as a finite verb after its subject; their past
 * narrates (`I saw his surprise`, `she knew I had won`: a third of them gold in PolNeAR-train, against 60 % for the present)
 */
export const PRESENT_VIEW_VERBS = new Set(
  PRESENT_VIEW_LEMMAS.flatMap((lemma) => [lemma, verbForms(lemma).third]),
);

/** verbs that report with their particle, which is part of the cue: `referring to the convention`, `talked about jobs`, `called for a ban` (the verb alone reports nothing, or not what follows it) */
const PARTICLE_LEMMAS: Readonly<Record<string, string>> = wordTable({
  refer: 'to',
  point: 'to out',
  talk: 'about',
  rail: 'against',
  // a stance taken with a particle (`spoke about jobs`, `pushed for a vote`; not `focused on`, a statement 10 times in 41 over PolNeAR train and dev)
  speak: 'about out',
  push: 'for',
  advocate: 'for',
  campaign: 'for against',
  worry: 'about',
  agree: 'with',
  side: 'with',
  balk: 'at',
  apologize: 'for',
  // cues of their own whose particle opens what they report (`called for a ban`, `warned against cuts`, `asked for calm`)
  call: 'for',
  warn: 'against about of',
  complain: 'about',
  ask: 'for',
  argue: 'for against',
  believe: 'in',
  hint: 'at',
  caution: 'against',
});

/** each form of a particle verb with the particles that complete it */
export const PARTICLE_VERBS: ReadonlyMap<string, ReadonlySet<string>> = particleForms(PARTICLE_LEMMAS);

/** every form of each lemma (base, third person, past, -ing) with its particles */
function particleForms(lemmas: Readonly<Record<string, string>>): ReadonlyMap<string, ReadonlySet<string>> {
  return new Map(
    Object.entries(lemmas).flatMap(([lemma, particles]) => {
      const { third, ing } = verbForms(lemma);
      const past = IRREGULAR_PAST[lemma] ?? verbForms(lemma).past;
      const set = new Set(particles.split(' '));
      return [lemma, third, past, ing].map((form) => [form, set] as const);
    }),
  );
}

/**
 * cues of the quote table that report no statement of their own: `continued to`, `deemed it`, `given that …`, `ensure that …`
 * (a that-clause makes no statement of `ensure`: PolNeAR train and dev mark none of its 73)
 */
export const NOT_REPORTING = new Set([
  'continue', 'continues', 'continued', 'continuing', 'deem', 'deems', 'deemed', 'given', 'ensure', 'ensures', 'ensured', 'ensuring',
]);

/**
 * verbs of saying whose particle, before a determiner, gives them a sense that says nothing: `adding to her lead`,
 * `added to the picture` (PolNeAR train marks 1 of 26 `add to`)
 */
const OTHER_SENSE_LEMMAS: Readonly<Record<string, string>> = wordTable({
  add: 'to',
});

/** each form of a verb of `OTHER_SENSE_LEMMAS` with the particles that give it that sense */
export const OTHER_SENSE_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = particleForms(OTHER_SENSE_LEMMAS);

/**
 * verbs of saying that report a phrase as well as a clause: `announced his candidacy`, `tweeted her thanks`,
 * `pledged their support`, `stressed his experience`, `explained the plan` (PolNeAR-train marks 35 of 42 `announced`
 * before a determiner, 14 of 16 `tweeted`, 8 of 10 `explained`, 12 of 12 `emphasized`/`stressed`/`promised`, 6 of 9 `pledged`; `confirmed`
 * and `declared` were tried and left out: their phrases are mostly no statement, dev fell)
 */
export const PHRASE_SAYING_VERBS = new Set([
  'announce', 'announces', 'announced', 'tweet', 'tweets', 'tweeted', 'pledge', 'pledges', 'pledged', 'promise',
  'promises', 'promised', 'emphasize', 'emphasizes', 'emphasized', 'stress', 'stresses', 'stressed', 'explain', 'explains', 'explained',
]);

/**
 * verbs that report a clause, never a phrase: `polls find (that) voters …` but `find a way`, `maintains
 * that it is safe` but `maintains a lead` report nothing
 */
export const CLAUSE_ONLY = new Set(['find', 'finding', 'maintain', 'maintains', 'maintained', 'maintaining']);
