import type { Entity } from '../core/types';
import type { Link, LinkReason, OrganizationDetails } from '../schema';
import { tokenAt, type EntityContext } from './context';
import { tokenOf } from '../core/tokens';
import { countryOf, demonymOf, knownOrg } from '../lexicon/gazetteer';
import { countryLink } from './links';

/** the country an organisation belongs to: the bundled list, then its name, then the words before it */
function countryCode(e: Entity, ctx: EntityContext): [string, LinkReason] | null {
  for (const name of [e.name, ...e.aliases]) {
    const known = knownOrg(name);
    if (known) return known.country ? [known.country, 'bundled-org'] : null;
  }
  const first = e.name.split(' ')[0];
  const named = e.name.includes(' ') ? (countryOf(first) ?? demonymOf(first)) : null;
  if (named) return [named, 'org-name-country'];
  const { tokens } = ctx.doc;
  for (const m of e.mentions) {
    const i = tokenAt(tokens, m.start);
    const before = tokenOf(tokens, i - 1);
    const code = demonymOf(before.view) ?? (before.lower === "'s" ? countryOf(tokenOf(tokens, i - 2).view) : null);
    if (code) return [code, 'country-before-org'];
  }
  return null;
}

export function organizationDetails(e: Entity<'organization'>, ctx: EntityContext): OrganizationDetails {
  const found = countryCode(e, ctx);
  const country: Link | null = found ? countryLink(ctx, found[0], found[1]) : null;
  return { country };
}
