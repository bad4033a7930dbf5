// the one place a candidate becomes a mention
import type { Candidate, Mention } from '../core/types';

/**
 * `c` as a mention with its text and index, made as one literal with every field in one order: the
 * stages' candidates come in several shapes (a kind, a rule, a country code or none), and a spread of
 * them copies field by field into a new shape each time, where one literal keeps one shape for every
 * mention (the spread was 2 % of a short article's time). A field the candidate lacks is `undefined`,
 * which reads, and serialises, as absent.
 */
export const mentionOf = (c: Candidate, text: string, index: number): Mention => ({
  start: c.start,
  end: c.end,
  type: c.type,
  tier: c.tier,
  reason: c.reason,
  rule: c.rule,
  countryCode: c.countryCode,
  kind: c.kind,
  local: c.local,
  canonical: c.canonical,
  unsure: c.unsure,
  text,
  index,
});
