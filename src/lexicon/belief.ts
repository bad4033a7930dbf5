// verbs of belief and intention: they report what someone holds or means to do ("X believes that …",
// "X wants to …"), not words said, so they head reported statements but govern no quotation
import { wordTable } from './table';
import { verbForms } from './speech';

/** lemmas by group: what someone holds, what they mean to do, what a finding shows, whom or what they back */
const BELIEF_LEMMAS = [
  'believe think hope fear expect worry doubt suspect wish assume guess reckon',
  'intend plan want seek decline',
  'show find indicate estimate',
  'endorse support defend oppose propose reject question blame',
].join(' ');

/** past forms no rule makes */
const IRREGULAR_PAST: Readonly<Record<string, string>> = wordTable({ think: 'thought', find: 'found', seek: 'sought' });

/** belief and intention verbs in their third-person, past and -ing forms */
export const BELIEF_VERBS = new Set(
  BELIEF_LEMMAS.split(' ').flatMap((lemma) => {
    const { third, past, ing } = verbForms(lemma);
    return [lemma, third, IRREGULAR_PAST[lemma] ?? past, ing];
  }),
);

/** cues of the quote table that report no statement of their own: `continued to`, `deemed it` */
export const NOT_REPORTING = new Set(['continue', 'continues', 'continued', 'continuing', 'deem', 'deems', 'deemed']);
