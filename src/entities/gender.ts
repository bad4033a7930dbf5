import type { Entity, EntityFacts, Token } from '../core/types';
import { GENDER_WORDS } from '../lexicon/titles';
import { GENDERED_SUBJECT_PRONOUNS } from '../lexicon/function-words';
import { tokenRange, type EntityContext } from './context';
import { QUOTE_MARKS } from '../lexicon/quote-marks';
import { wordTable } from '../lexicon/table';
import { givenNameGender } from '../lexicon/known-phrases';

/** a person's grammatical gender, as pronouns, honorifics and given names show it */
export type Gender = 'male' | 'female';

const PRONOUNS: Readonly<Record<string, Gender>> = wordTable({
  he: 'male',
  him: 'male',
  his: 'male',
  himself: 'male',
  she: 'female',
  her: 'female',
  hers: 'female',
  herself: 'female',
});

/** a double quotation mark, or the doubled ASCII mark of LDC text (`''`, ``` `` ```) */
const isDoubleMark = (text: string) => QUOTE_MARKS[text]?.family === 'double' || text === "''" || text === '``';

/** the gender of the given name opening the entity's first mention of two words or more ("Mary Jones"), if the lexicon knows one */
function givenGender(e: Entity<'person'>, ctx: EntityContext): Gender | undefined {
  const t = ctx.doc.tokens;
  for (const m of e.mentions) {
    const [a, b] = tokenRange(t, m);
    if (b - a >= 2) return givenNameGender(t[a].lower);
  }
  return undefined;
}

/** parts of speech a possessive `her` stands before (`her plan`, `her own`), which an object `her` does not */
const OWNED_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** the pronoun at `i` is the object of a verb right after the mention ending before token `b`: `him`, or `her` before no noun */
const objectAfterVerb = (t: readonly Token[], i: number, b: number): boolean =>
  i - b <= 2 && t[i - 1]?.pos === 'VERB' && (t[i].lower === 'him' || (t[i].lower === 'her' && !OWNED_POS.has(t[i + 1]?.pos ?? '')));

/** how far after a mention its pronoun may stand, in tokens: bounds a run-on text's cost */
const PRONOUN_REACH = 60;

/**
 * votes: a gendered word right before a mention counts twice; the first third-person pronoun
 * after a mention (same or next sentence, before another person is named, outside quotation
 * marks, not the `he`/`she` the sentence had before the mention) counts once, when no other
 * person is named before the mention in its sentence; the given
 * name of the first mention that has one ("Mary Jones") counts once, so a pronoun against it
 * leaves the gender open
 */
export function personGender(e: Entity<'person'>, ctx: EntityContext): EntityFacts {
  const t = ctx.doc.tokens;
  const votes = { male: 0, female: 0 };
  const given = givenGender(e, ctx);
  if (given) votes[given]++;
  for (const m of e.mentions) {
    const [a, b] = tokenRange(t, m);
    for (let i = a - 1; i >= Math.max(0, a - 3); i--) {
      const g = GENDER_WORDS[t[i].lower];
      if (g) votes[g] += 2;
    }
    const last = t[b - 1]?.sentence ?? 0;
    // `Sanders will back Clinton and his supporters`: after a person named earlier in the sentence, a pronoun may be theirs
    let k = a - 1;
    const other = (j: number) => ctx.owner[j] !== undefined && ctx.owner[j] !== e && ctx.owner[j]?.type === 'person';
    // on the same pass back, the `he` or `she` nearest before the mention in its sentence, if any
    let before: string | undefined;
    while (k >= 0 && k > a - PRONOUN_REACH && t[k].sentence === t[a].sentence && !other(k)) {
      if (before === undefined && GENDERED_SUBJECT_PRONOUNS.has(t[k].lower)) before = t[k].lower;
      k--;
    }
    if (k >= 0 && t[k].sentence === t[a].sentence && other(k)) continue;
    let quoted = false;
    for (let i = b; i < t.length && i < b + PRONOUN_REACH && t[i].sentence <= last + 1; i++) {
      const owner = ctx.owner[i];
      if (owner && owner !== e && owner.type === 'person') break;
      // `Clinton said: “He has run …”`: a pronoun inside a quotation stands for someone the speaker names
      if (isDoubleMark(t[i].text)) quoted = !quoted;
      if (quoted) continue;
      const g = PRONOUNS[t[i].lower];
      // `Badenoch accused him of breaking his promises`: the object of the verb the name is the subject of is someone
      // else, and the pronouns after it are most likely theirs
      if (g && objectAfterVerb(t, i, b)) break;
      // `She was adamant …, telling Keyworth they wouldn't … She predicted …`: the pronoun the sentence's subject had before
      // the mention goes on naming that subject
      if (g && t[i].lower === before) break;
      if (g) {
        votes[g]++;
        break;
      }
    }
  }
  return votes.male === votes.female ? {} : { gender: votes.male > votes.female ? 'male' : 'female' };
}
