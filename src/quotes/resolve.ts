import type { Entity } from '../core/types';
import { SPEAKER_PRONOUNS } from '../lexicon/speech';
import { tokenAt, type QuoteContext } from './context';

/** how far back (in paragraphs) a pronoun or a nominal may look for its entity */
const LOOKBACK_PARAGRAPHS = 4;

/** the latest mention before `anchor`, outside quotations, of an entity that `fits` */
function latest(ctx: QuoteContext, anchor: number, fits: (e: Entity) => boolean): Entity | undefined {
  const t = ctx.doc.tokens;
  const at = Math.min(tokenAt(t, anchor), t.length - 1);
  const floor = (t[at]?.paragraph ?? 0) - LOOKBACK_PARAGRAPHS;
  let best: Entity | undefined;
  let bestEnd = -1;
  for (const e of ctx.entities) {
    if (!fits(e)) continue;
    for (const m of e.mentions) {
      if (m.end > anchor || m.end <= bestEnd) continue;
      const k = tokenAt(t, m.start);
      if (ctx.quoted[k] || (t[k]?.paragraph ?? 0) < floor) continue;
      best = e;
      bestEnd = m.end;
    }
  }
  return best;
}

/** the entity a speaking pronoun stands for: nearest compatible mention before it */
export function resolvePronoun(ctx: QuoteContext, pronoun: string, anchor: number): Entity | undefined {
  const spec = SPEAKER_PRONOUNS[pronoun];
  if (!spec) return undefined;
  const fits = (e: Entity) =>
    spec.types.includes(e.type) && (!spec.gender || e.type !== 'person' || !e.gender || e.gender === spec.gender);
  return latest(ctx, anchor, fits);
}

/** the entity a nominal ("the minister") stands for: nearest person holding that role */
export function resolveNominal(ctx: QuoteContext, head: string, anchor: number): Entity | undefined {
  const fits = (e: Entity) => e.roles.some((r) => r === head || r.endsWith(` ${head}`));
  return latest(ctx, anchor, fits);
}
