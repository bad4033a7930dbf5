import type { Token } from '../core/types';
import { QUOTE_MARKS } from '../lexicon/quote-marks';
import { isFirstName } from '../lexicon/known-phrases';
import { isTitleOrHonorific } from '../lexicon/titles';
import { isName, nameBefore, nameRun, type PatternRule } from './words';

/** the most words a given name before the nickname may run ("William Mailes"), and a surname after it ("Guzman Loera") */
const NAME_WORDS = 2;
/** the most words a nickname may run: `"Hands of Stone"` */
const NICKNAME_WORDS = 4;

/** the token after the quoted nickname that opens at `k` (`"El Mayo"`), or -1: a double mark or a curly single one, closed by its family's mark in the sentence */
function afterNickname(t: readonly Token[], k: number): number {
  const open = QUOTE_MARKS[t[k]?.view ?? ''];
  if (!open || open.hint === 'close' || t[k].view === "'" || !isName(t[k + 1]) || t[k + 1].start !== t[k].end) return -1;
  for (let j = k + 2; j <= k + 1 + NICKNAME_WORDS && j < t.length && t[j].sentence === t[k].sentence; j++) {
    const close = QUOTE_MARKS[t[j].view];
    if (close) return close.family === open.family && close.hint !== 'open' && t[j].start === t[j - 1].end ? j + 1 : -1;
  }
  return -1;
}

/** a title, an honorific or an abbreviation before a name, no part of it (`Del. Marcia "Cia" Price`) */
const titleBefore = (t: Token): boolean => isTitleOrHonorific(t.lower) || (t.view.endsWith('.') && t.view.length > 2);

/** a person's nickname, quoted between the given name and the surname */
export const NICKNAMED_RULES: PatternRule[] = [
  {
    // `Ismael "El Mayo" Zambada`, `Roberto "Hands of Stone" Duran`, `William Mailes "Cowboy" Cowley`: one person, the
    // nickname and its marks inside the name, as CoNLL and Wikigold mark all 7 such names (GUM 3 others its own way); the
    // tagger cut them at the marks into two or three names. A proper noun or a known given name before, none a title's or
    // an honorific's, a proper noun after
    reason: 'nicknamed',
    type: 'person',
    find: (t, i) => {
      // a given name opening the sentence may be read a verb ("Hector"): a known one stands for a proper noun
      if (nameBefore(t, i) && !titleBefore(t[i - 1])) return null;
      if (titleBefore(t[i]) || (t[i].pos !== 'PROPN' && !isFirstName(t[i].lower))) return null;
      const given = nameRun(t, i, NAME_WORDS);
      const after = given > i ? afterNickname(t, given) : -1;
      if (after < 0 || t[after]?.pos !== 'PROPN' || t[after].sentence !== t[i].sentence) return null;
      const end = nameRun(t, after, NAME_WORDS);
      return end > after ? { first: i, end } : null;
    },
  },
];
