import { isVerbal, NOUN_PHRASE_WORD_POS } from '../../../core/tokens';
import type { Token } from '../../../core/types';
import { CONTENT_OPENERS, MEASURES, SPEECH_EVENTS } from '../../../lexicon/reported';
import type { QuoteContext } from '../../context';
import { ADJUNCT_POS } from '../../phrase';
import { DATE_WORDS, TIME_MODIFIERS, TIME_NOUNS } from '../../../lexicon/speech';

/** a word that modifies a noun of time (`last week`, `this year`); `that` is a determiner before one far more often than a time's */
export const isTimeModifier = (word: string | undefined) => word !== undefined && word !== 'that' && TIME_MODIFIERS.has(word);

/** a day or a month, or `earlier`, `today` (not `meanwhile`, which says when nothing was said) */
const isDay = (tok: Token | undefined) => !!tok && DATE_WORDS.has(tok.lower) && tok.lower !== 'meanwhile';

/** a time adjunct starts at `p`: `Friday`, `last week`, `in February`, `on Tuesday night`, `earlier this year` */
export function startsWhen(t: readonly Token[], p: number): boolean {
  // `A, said ` ending the text: no token there, no time (found by the fuzz, seed 20261206)
  if (!t[p]) return false;
  const tm = (q: number) => isTimeModifier(t[q]?.lower) && TIME_NOUNS.has(t[q + 1]?.lower ?? '');
  if (isDay(t[p]) || tm(p)) return true;
  return t[p].pos === 'ADP' && (isDay(t[p + 1]) || tm(p + 1) || speechEvent(t, p + 1));
}

/** how many words may come before the noun of a speech event: `a news conference`, `a campaign rally` */
const EVENT_REACH = 3;

/** an occasion of speaking heads the words at `p`: `a news conference`, `an interview`, `Tuesday's debate` */
function speechEvent(t: readonly Token[], p: number): boolean {
  for (let q = p; q < p + EVENT_REACH + 1 && t[q]; q++) {
    if (SPEECH_EVENTS.has(t[q].lower)) return true;
    if (t[q].pos !== 'DET' && t[q].pos !== 'ADJ' && t[q].pos !== 'NOUN' && t[q].pos !== 'PROPN' && !t[q].possessive) return false;
  }
  return false;
}

/** `said on Friday he met …`, `said Tuesday night Smith …`: the first token at or after `k` past when it was said */
export function pastWhen(t: readonly Token[], k: number, ceil: number): number {
  const when = (p: number) => p < ceil && (DATE_WORDS.has(t[p].lower) || TIME_NOUNS.has(t[p].lower));
  while (k < ceil) {
    if (DATE_WORDS.has(t[k].lower)) k++;
    // a noun of time only after a day or a modifier (`said times are hard` says something)
    else if (TIME_NOUNS.has(t[k].lower) && (DATE_WORDS.has(t[k - 1].lower) || TIME_MODIFIERS.has(t[k - 1].lower))) k++;
    else if ((t[k].lower === 'on' || isTimeModifier(t[k].lower)) && when(k + 1)) k++;
    else break;
  }
  return k;
}

/** how many tokens a setting between a verb of saying and its clause may run: `in a statement Thursday night` */
const SETTING_REACH = 8;

/**
 * `said in a statement Thursday they pulled …`, `said in politics it takes time …`: where the clause starts after a
 * prepositional setting at `k` with no `that`, where a pronoun or a new determiner opens a subject its verb follows;
 * `k` itself when no such clause follows
 */
export function pastSetting(ctx: QuoteContext, k: number, ceil: number): number {
  const t = ctx.doc.tokens;
  if (k >= ceil || t[k].pos !== 'ADP' || CONTENT_OPENERS.has(t[k].lower) || MEASURES.has(t[k].lower)) return k;
  let noun = false;
  for (let m = k + 1; m < ceil && m <= k + SETTING_REACH; m++) {
    if (ctx.quoted[m] || ctx.cues[m]) return k;
    const opens = t[m].pos === 'PRON' || (t[m].pos === 'DET' && noun);
    if (opens) return subjectVerbAt(ctx, m, ceil) ? m : k;
    if (!ADJUNCT_POS.has(t[m].pos) && !t[m].possessive) return k;
    noun ||= t[m].pos === 'NOUN' || t[m].pos === 'PROPN';
  }
  return k;
}

/** a subject opens at `m` and its finite verb follows within a few words */
function subjectVerbAt(ctx: QuoteContext, m: number, ceil: number): boolean {
  const t = ctx.doc.tokens;
  let v = m;
  while (v < ceil && v < m + SETTING_REACH && (NOUN_PHRASE_WORD_POS.has(t[v].pos) || t[v].possessive) && !ctx.quoted[v]) v++;
  return v > m && v < ceil && isVerbal(t[v]) && !t[v].lower.endsWith('ing') && !ctx.quoted[v];
}
