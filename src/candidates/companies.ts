import type { Token } from '../core/types';
import { hyphenedTo, isPossessiveMark } from '../core/tokens';
import { placeOf } from '../lexicon/gazetteer';
import { PERSONAL_CLASSES, phraseClasses } from '../lexicon/known-phrases';
import { TITLE_WORDS } from '../lexicon/titles';
import { BODY_DEFINITIONS, COMPANY_POSSESSIONS, DOMAIN_ENDINGS, HOLDINGS } from '../lexicon/type-cues';
import { LEGAL_FORMS } from '../lexicon/organizations';
import { appositiveHead } from './described';
import { isName, nameRun, notPlace, phrase, type PatternRule } from './words';

/** the possessions by their words, lowercase, as the tokens after the possessive read them */
const POSSESSIONS = COMPANY_POSSESSIONS.map((w) => w.split(' '));

/** the words of a company's possession start at token `k` */
const possessionAt = (t: readonly Token[], k: number): boolean => POSSESSIONS.some((words) => words.every((w, j) => t[k + j]?.lower === w));

/** the kinds of bodies a description may head on */
const BODY_KINDS = new Set(BODY_DEFINITIONS);

/** the end of a name run from `end` on across words hyphened to it: "Rolls-Royce", "Hewlett-Packard" */
function acrossHyphens(t: readonly Token[], end: number): number {
  let j = end;
  while (hyphenedTo(t, j - 1) && isName(t[j + 1])) j += 2;
  return j;
}

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
    // "Amazon.com Inc said …", "Overstock.com Inc.": a capitalised word, a dot and a web address's ending, glued, then
    // a legal form, name a company, which the tokeniser cut at the dot as a sentence's end (the tagger then read "Inc"
    // alone as a body, and the speaker of "said"). A site named without a legal form ("Gawker.com", "Ask.com") is no
    // body to the labelled sets (12 such over GUM, Wikigold and UNER, none gold), so it is left alone; so is an
    // address with a path ("pic.twitter.com/x") or more labels after it ("Amazon.co.uk")
    reason: 'web-name',
    type: 'organization',
    find: (t, i) => {
      const [dot, ending] = [t[i + 1], t[i + 2]];
      if (!isName(t[i]) || dot?.view !== '.' || dot.start !== t[i].end || !ending || ending.start !== dot.end) return null;
      if (!DOMAIN_ENDINGS.has(ending.view)) return null;
      const after = t[i + 3];
      if (after && after.start === ending.end && /^[/.]$/.test(after.view) && t[i + 4]?.start === after.end && /^\w/.test(t[i + 4].view)) return null;
      if (t[i - 1] && t[i - 1].end === t[i].start && /^[/.@]$/.test(t[i - 1].view)) return null;
      let end = i + 3;
      while (t[end] && LEGAL_FORMS.has(t[end].lower.replace(/\.$/, '')) && t[end].cap) end++;
      return end > i + 3 ? { first: i, end } : null;
    },
  },
  {
    // "Shares in Rolls-Royce rose", "a 10% stake in Teck", "shareholders of Zentrova": a name of one to four words (with
    // its hyphened parts) whose shares are held is a company's, which the tagger leaves most where it opens no
    // sentence and is hyphened. Not a known place's ("shares in Tokyo", its market; "a stake in Ukraine"), nor a name
    // a possessive follows ("a stake in Musk's company", the company is held), nor a people's adjective ("shares in
    // Spanish banks"); fills only a gap
    reason: 'shares-in',
    type: 'organization',
    tier: 'context',
    find: (t, i) => {
      const [holding, prep] = [t[i - 2], t[i - 1]];
      if (!isName(t[i]) || !holding || !HOLDINGS.has(holding.lower) || (prep.lower !== 'in' && prep.lower !== 'of')) return null;
      const end = acrossHyphens(t, nameRun(t, i, 4));
      if (notPlace(t[i].view) || isPossessiveMark(t[end]?.lower ?? '', false) || placeOf(phrase(t, i, end)) || placeOf(t[i].view)) return null;
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
