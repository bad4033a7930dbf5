// a `that` after a cue: an adjunct before it, and whether a determiner `that` opens a clause all the same
import { isVerbal } from '../../../core/tokens';
import type { Token } from '../../../core/types';
import { POSSESSIVE_DETERMINERS } from '../../../lexicon/function-words';
import { DATE_WORDS } from '../../../lexicon/speech';
import { ADJUNCT_POS, isPremodifyingParticiple, toDocumentRecipient } from '../../phrase';
import { isStop } from './shape';

/** parts of speech a bare noun phrase runs on with (`that talks`, `that new rules`) */
const NOUN_PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** how many tokens after `that` its subject's prepositional phrases may run */
const NOUN_PHRASE_REACH = 8;

/**
 * the words from `k` to the `that` at `c` are adjuncts of the cue (`on Monday`, `in a statement`, `in a televised statement`),
 * not its object (`discussed the challenges that …`)
 */
export function afterAdjunct(t: readonly Token[], k: number, c: number): boolean {
  if (k >= c || (t[k].pos !== 'ADP' && !DATE_WORDS.has(t[k].lower))) return false;
  for (let m = k + 1; m < c; m++)
    if (!ADJUNCT_POS.has(t[m].pos) && t[m].text !== ',' && !DATE_WORDS.has(t[m].lower) && !toDocumentRecipient(t, m) && !isPremodifyingParticiple(t, m))
      return false;
  return true;
}

/**
 * the determiner `that` at `c` opens a clause all the same when a verb follows its noun phrase: wink
 * reads `that` as a determiner before a bare noun after an adjunct (`said on Monday that talks would
 * resume`); one that points at a noun (`since that point`, `in that statement`) has no verb after it
 */
export function opensClause(t: readonly Token[], c: number, ceil: number): boolean {
  let k = c + 1;
  while (k < ceil && NOUN_PHRASE_POS.has(t[k].pos)) k++;
  if (k === c + 1) return false;
  // the noun may take a prepositional phrase before its verb (`that encounters at the border fell`, `that supply of its chips would`)
  while (k + 1 < ceil && t[k].pos === 'ADP' && k < c + NOUN_PHRASE_REACH) {
    let m = k + 1;
    if (t[m].pos === 'DET' || POSSESSIVE_DETERMINERS.has(t[m].lower)) m++;
    const head = m;
    while (m < ceil && NOUN_PHRASE_POS.has(t[m].pos)) m++;
    if (m === head) return false;
    k = m;
  }
  // `said in an interview that trials, with expert witnesses, were instrumental`: a phrase set off by commas before the verb
  if (k < ceil && t[k].text === ',') k = pastSetOff(t, k, ceil);
  return k < ceil && isVerbal(t[k]);
}

/** how many tokens a phrase set off between a subject and its verb may run */
const SET_OFF_REACH = 12;

/** after the comma at `c`, the token after the comma closing a phrase set off there (no stop between), or `c` when none closes it in reach */
function pastSetOff(t: readonly Token[], c: number, ceil: number): number {
  for (let m = c + 1; m < ceil && m <= c + SET_OFF_REACH; m++) {
    if (isStop(t[m].text)) return c;
    if (t[m].text === ',') return m > c + 1 ? m + 1 : c;
  }
  return c;
}
