import type { Entity, EntityFacts } from '../core/types';
import { GENDER_WORDS } from '../lexicon/titles';
import { tokenRange, type EntityContext } from './context';
import { wordTable } from '../lexicon/table';

type Gender = 'male' | 'female';

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

/** how far after a mention its pronoun may stand, in tokens: bounds a run-on text's cost */
const PRONOUN_REACH = 60;

/**
 * votes: a gendered word right before a mention counts twice; the first third-person pronoun
 * after a mention (same or next sentence, before another person is named) counts once
 */
export function personGender(e: Entity<'person'>, ctx: EntityContext): EntityFacts {
  const t = ctx.doc.tokens;
  const votes = { male: 0, female: 0 };
  for (const m of e.mentions) {
    const [a, b] = tokenRange(t, m);
    for (let i = a - 1; i >= Math.max(0, a - 3); i--) {
      const g = GENDER_WORDS[t[i].lower];
      if (g) votes[g] += 2;
    }
    const last = t[b - 1]?.sentence ?? 0;
    for (let i = b; i < t.length && i < b + PRONOUN_REACH && t[i].sentence <= last + 1; i++) {
      const owner = ctx.owner[i];
      if (owner && owner !== e && owner.type === 'person') break;
      const g = PRONOUNS[t[i].lower];
      if (g) {
        votes[g]++;
        break;
      }
    }
  }
  return votes.male === votes.female ? {} : { gender: votes.male > votes.female ? 'male' : 'female' };
}
