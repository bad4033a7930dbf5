import type { Token } from '../core/types';
import { isPossessiveMark } from '../core/tokens';
import { placeOf } from '../lexicon/gazetteer';
import { PERSONAL_CLASSES, phraseClasses } from '../lexicon/known-phrases';
import { TITLE_WORDS } from '../lexicon/titles';
import { BODY_DEFINITIONS, COMPANY_POSSESSIONS } from '../lexicon/type-cues';
import { appositiveHead } from './described';
import { isName, nameRun, phrase, type PatternRule } from './words';

/** the possessions by their words, lowercase, as the tokens after the possessive read them */
const POSSESSIONS = COMPANY_POSSESSIONS.map((w) => w.split(' '));

/** the words of a company's possession start at token `k` */
const possessionAt = (t: readonly Token[], k: number): boolean => POSSESSIONS.some((words) => words.every((w, j) => t[k + j]?.lower === w));

/** the kinds of bodies a description may head on */
const BODY_KINDS = new Set(BODY_DEFINITIONS);

/** companies named by what only a company has, and bodies by what they are described as */
export const COMPANY_RULES: PatternRule[] = [
  {
    // "In Europe, ASML, the Dutch maker of lithography machines, said", "Velmora, a Norwegian airline,": a
    // name of one to four words set off by an appositive headed by a body's kind is an organisation's,
    // which the tagger misses most as one word (an acronym, a sentence's opener); fills only a gap
    reason: 'body-described',
    type: 'organization',
    tier: 'context',
    find: (t, i) => {
      if (!isName(t[i]) || TITLE_WORDS.has(t[i].lower)) return null;
      const end = nameRun(t, i, 4);
      const head = appositiveHead(t, i, end);
      if (head < 0 || !BODY_KINDS.has(t[head].lower)) return null;
      return { first: i, end };
    },
  },
  {
    // "Dow's chief executive, Andrew Liveris", "HP's share price crumbled": a name of one to three
    // words whose possessive governs a company's office or its share price is a company's, which the
    // tagger misses most where it opens a sentence; not a known place's, nor a run opening with a
    // word the lexicon knows as a person's ("Warren Buffett's chief executive", his company's)
    reason: 'company-possession',
    type: 'organization',
    find: (t, i) => {
      if (!isName(t[i]) || (i > 0 && isName(t[i - 1])) || TITLE_WORDS.has(t[i].lower)) return null;
      const end = nameRun(t, i, 3);
      if (!isPossessiveMark(t[end]?.lower ?? '', false) || !possessionAt(t, end + 1)) return null;
      if ((end - i > 1 && phraseClasses(t[i].lower).some((c) => PERSONAL_CLASSES.has(c))) || placeOf(phrase(t, i, end))) return null;
      return { first: i, end };
    },
  },
];
