import type { Entity } from '../core/types';
import type { LocationDetails, LocationKind } from '../schema';
import { DIRECTIONS } from '../lexicon/features';
import { tokenAt, type EntityContext } from './context';
import { tokenOf } from '../core/tokens';
import { placeOf, type Place } from '../lexicon/gazetteer';

/** the bundled gazetteer's view of a location: country code from the gazetteer source first, then names */
function lookup(e: Entity): Place | null {
  const coded = e.mentions.find((m) => m.countryCode);
  if (coded) return placeOf(coded.text);
  for (const name of [e.name, ...e.aliases]) {
    const p = placeOf(name);
    if (p) return p;
  }
  return null;
}

/**
 * kind, ISO code, coordinates and qualifiers of a location: a caller's kind wins, then the bundled
 * gazetteers (countries, regions, cities), then the kind the pattern that found it gave
 */
export function placeDetails(e: Entity<'location'>, ctx: EntityContext): LocationDetails {
  const place = lookup(e);
  const caller = e.mentions.find((m) => m.tier === 'caller' && m.kind)?.kind;
  const found = e.mentions.find((m) => m.kind)?.kind;
  const qualifiers = new Set<string>();
  for (const m of e.mentions) {
    const before = tokenOf(ctx.doc.tokens, tokenAt(ctx.doc.tokens, m.start) - 1);
    if (DIRECTIONS.has(before.lower) && before.low) qualifiers.add(before.lower);
  }
  return {
    kind: (caller ?? place?.kind ?? found ?? 'other') as LocationKind,
    countryCode: place?.countryCode ?? null,
    coordinates: place?.coordinates ?? null,
    qualifiers: [...qualifiers],
  };
}
