import type { Entity } from '../core/types';
import { FIRST_PERSON, SPEAKER_PRONOUNS, SPEECH_VERBS } from '../lexicon/speech';
import { tokenAt, type QuoteContext } from './context';

/** how far back (in paragraphs) a pronoun or a nominal may look for its entity */
const LOOKBACK_PARAGRAPHS = 4;

/** how many sentences back a subject outranks a nearer mention ("Clinton says she … Machado's … she calls") */
const SUBJECT_SENTENCES = 2;

/** a mention that opens its sentence or is followed by a reporting verb reads as a subject */
function isSubject(ctx: QuoteContext, first: number, last: number): boolean {
  const t = ctx.doc.tokens;
  const next = t[last + 1];
  return first - ctx.doc.sentences[t[first].sentence].tokenStart <= 2 || (!!next && SPEECH_VERBS.has(next.lower));
}

/** the entity of the latest fitting mention before `anchor` outside quotations, subjects first */
function latest(ctx: QuoteContext, anchor: number, fits: (e: Entity) => boolean): Entity | undefined {
  const t = ctx.doc.tokens;
  const at = Math.min(tokenAt(t, anchor), t.length - 1);
  const floor = (t[at]?.paragraph ?? 0) - LOOKBACK_PARAGRAPHS;
  const near = (t[at]?.sentence ?? 0) - SUBJECT_SENTENCES;
  let best: [Entity, number] | undefined;
  let subject: [Entity, number] | undefined;
  for (const e of ctx.entities) {
    if (!fits(e)) continue;
    for (const m of e.mentions) {
      if (m.end > anchor) continue;
      const k = tokenAt(t, m.start);
      const last = Math.max(k, tokenAt(t, m.end) - 1);
      if (!t[k] || ctx.quoted[k] || t[k].paragraph < floor) continue;
      if (!best || m.end > best[1]) best = [e, m.end];
      if (t[k].sentence >= near && isSubject(ctx, k, last) && (!subject || m.end > subject[1])) subject = [e, m.end];
    }
  }
  return (subject ?? best)?.[0];
}

/** the entity a speaking pronoun stands for: nearest compatible mention before it */
export function resolvePronoun(ctx: QuoteContext, pronoun: string, anchor: number): Entity | undefined {
  const spec = SPEAKER_PRONOUNS[pronoun];
  // `I laughed and said, “…”`: outside a quotation the first person is the writer, whom no entity names
  if (!spec || FIRST_PERSON.has(pronoun)) return undefined;
  const fits = (e: Entity) => spec.types.includes(e.type) && (!spec.gender || e.type !== 'person' || !e.gender || e.gender === spec.gender);
  return latest(ctx, anchor, fits);
}

/** the entity a nominal ("the minister") stands for: nearest person holding that role */
export function resolveNominal(ctx: QuoteContext, head: string, anchor: number): Entity | undefined {
  const fits = (e: Entity) => e.roles.some((r) => r === head || r.endsWith(` ${head}`));
  return latest(ctx, anchor, fits);
}

/**
 * the person a definite description by nationality or age stands for (`the Spaniard`, `the
 * 42-year-old`): the latest person the article gives that country, else the one person named in
 * the sentences just before (none when two are, or when that one is given another country)
 */
export function resolveDescribed(ctx: QuoteContext, country: string | undefined, anchor: number): Entity | undefined {
  const countries = (e: Entity) => (e.type === 'person' ? e.details.affiliations : []).map((l) => l.countryCode).filter((c) => c !== null);
  if (country) {
    const given = latest(ctx, anchor, (e) => e.type === 'person' && countries(e).includes(country));
    if (given) return given;
  }
  const t = ctx.doc.tokens;
  const at = Math.min(tokenAt(t, anchor), t.length - 1);
  const near = (t[at]?.sentence ?? 0) - SUBJECT_SENTENCES;
  const recent = new Set<Entity>();
  for (const e of ctx.entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) {
      const k = tokenAt(t, m.start);
      if (m.end <= anchor && t[k] && !ctx.quoted[k] && t[k].sentence >= near) recent.add(e);
    }
  }
  const [one] = recent;
  if (recent.size !== 1 || (country && countries(one).some((c) => c !== country))) return undefined;
  return one;
}
