import type { Entity } from '../core/types';
import type { Link, LinkReason } from '../schema';
import type { EntityContext } from './context';
import { countryName, countryOf, demonymOf, knownOrg } from '../lexicon/gazetteer';
import { nameKey } from '../core/names';

/** the location entity of a country, when the article names it */
const countryEntity = (ctx: EntityContext, code: string): Entity | undefined =>
  ctx.entities.find((e) => e.type === 'location' && e.details.countryCode === code && e.details.kind === 'country');

export function countryLink(ctx: EntityContext, code: string, reason: LinkReason): Link {
  const e = countryEntity(ctx, code);
  return { name: e?.name ?? countryName(code), entityId: e?.id ?? null, countryCode: code, reason };
}

const entityLink = (e: Entity, reason: LinkReason): Link => {
  const code = e.type === 'location' && e.details.kind === 'country' ? e.details.countryCode : null;
  return { name: e.name, entityId: e.id, countryCode: code ?? null, reason };
};

/** a link to whatever tokens `[a, b)` name: an entity of the article, a country, or a bare name */
export function spanLink(ctx: EntityContext, a: number, b: number, reason: LinkReason): Link {
  const owned = ctx.owner[a];
  if (owned && owned.type !== 'person') return entityLink(owned, reason);
  const text = ctx.doc.tokens
    .slice(a, b)
    .map((t) => t.view)
    .join(' ');
  const code = countryOf(text) ?? (b - a === 1 ? demonymOf(text) : null);
  if (code) return countryLink(ctx, code, reason);
  const key = nameKey(text);
  const known = knownOrg(text);
  const named = ctx.entities.find(
    (e) => e.type !== 'person' && (nameKey(e.name) === key || e.aliases.some((x) => nameKey(x) === key) || (!!known && knownOrg(e.name)?.name === known.name)),
  );
  if (named) return entityLink(named, reason);
  return { name: known?.acronym === text ? text : (known?.name ?? text), entityId: null, countryCode: null, reason };
}

/** adds a link unless one to the same place is there already */
export function addLink(list: Link[], link: Link): void {
  const same = (x: Link) =>
    (link.entityId && x.entityId === link.entityId) || (link.countryCode && x.countryCode === link.countryCode) || nameKey(x.name) === nameKey(link.name);
  if (!list.some(same)) list.push(link);
}
