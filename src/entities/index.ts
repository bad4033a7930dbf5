import type { DetailsOf, Doc, Entity, EntityFacts, EntityType, Mention } from '../core/types';
import { clusterMentions, KEY_OF, type Cluster } from './cluster';
import { entityContext, tokenAt, type EntityContext } from './context';
import { joinKnownAs } from './known-as';
import { GENDER_WORDS, HONORIFICS } from '../lexicon/titles';
import { countryName, countryOf } from '../lexicon/gazetteer';
import { type Gender, personGender } from './gender';
import { placeDetails } from './geography';
import { bareName, displayName, inCapitals, nameWords, titleCase } from '../lexicon/name-forms';
import { nameKey } from '../core/names';
import { organizationDetails } from './organizations';
import { personDetails, personRoles } from './titles';

const ID_PREFIX = { person: 'p', organization: 'o', location: 'l' } as const;

/** the display form of a mention per type: people without titles or honorifics */
const SHOWN_AS: Record<EntityType, (text: string) => string> = {
  person: bareName,
  organization: displayName,
  location: displayName,
};

/** forms that name an entity before any longer one: a country's common name over "the Jewish State" */
const PREFERRED: Record<EntityType, (shown: string) => boolean> = {
  person: () => false,
  organization: () => false,
  location: (shown) => {
    const code = countryOf(shown);
    return !!code && countryName(code) === shown;
  },
};

/** what an entity of a type reads from its context: its details, whole, then the facts (roles, gender) other rules learn */
interface TypeRules<T extends EntityType> {
  details: (e: Entity<T>, ctx: EntityContext) => DetailsOf[T];
  facts: ((e: Entity<T>, ctx: EntityContext) => EntityFacts)[];
}

const RULES: { [T in EntityType]: TypeRules<T> } = {
  location: { details: placeDetails, facts: [] },
  organization: { details: organizationDetails, facts: [] },
  person: { details: personDetails, facts: [personRoles, personGender] },
};

/** places first, so titles and organisations can link to them */
const ORDER: readonly EntityType[] = ['location', 'organization', 'person'];

const NO_DETAILS: { [T in EntityType]: () => DetailsOf[T] } = {
  person: () => ({ titles: [], affiliations: [] }),
  organization: () => ({ country: null }),
  location: () => ({ kind: 'other', countryCode: null, coordinates: null, qualifiers: [] }),
};

/** the details an entity has before its rules have read it: nothing found */
export const noDetails = <T extends EntityType>(type: T): DetailsOf[T] => NO_DETAILS[type]();

/** an entity's details and facts, as its type's rules return them */
function read<T extends EntityType>(e: Entity<T>, rules: TypeRules<T>, ctx: EntityContext): void {
  e.details = rules.details(e, ctx);
  for (const rule of rules.facts) Object.assign(e, rule(e, ctx));
}

/** the rule whose name in capitals is a place's name in its normal case ("KYIV, Ukraine (AP)" → Kyiv) */
const DATELINE = 'dateline';

/**
 * a mention's display form in its normal case: a name written in capitals ("KYIV" in a dateline,
 * "TOYOTA" in a headline) takes the case the article writes it in elsewhere, or else, for a
 * place a dateline gives, each word capitalised ("NICE" in the headline and the dateline → Nice)
 */
function normalCase(c: Cluster): (m: Mention) => string {
  const written = new Map<string, string>();
  for (const m of c.mentions) {
    const shown = SHOWN_AS[c.type](m.text);
    if (!inCapitals(shown)) written.set(nameKey(shown), written.get(nameKey(shown)) ?? shown);
  }
  for (const m of c.mentions) {
    const shown = SHOWN_AS[c.type](m.text);
    if (m.rule === DATELINE && !written.has(nameKey(shown))) written.set(nameKey(shown), titleCase(shown));
  }
  return (m) => {
    const shown = SHOWN_AS[c.type](m.text);
    return inCapitals(shown) ? (written.get(nameKey(shown)) ?? shown) : shown;
  };
}

/** the fullest form names the entity: a preferred form, then most words, then most frequent, then first met */
function canonicalName(c: Cluster): string {
  const caller = c.mentions.find((m) => m.canonical);
  if (caller?.canonical) return caller.canonical;
  const counts = new Map<string, number>();
  const normal = normalCase(c);
  for (const m of c.mentions) {
    const shown = normal(m);
    counts.set(shown, (counts.get(shown) ?? 0) + 1);
  }
  const preferred = PREFERRED[c.type];
  return [...counts.keys()].sort(
    (a, b) =>
      Number(preferred(b)) - Number(preferred(a)) ||
      nameWords(KEY_OF[c.type](b)).length - nameWords(KEY_OF[c.type](a)).length ||
      counts.get(b)! - counts.get(a)!,
  )[0];
}

function toEntity(c: Cluster, id: string): Entity {
  const name = canonicalName(c);
  const aliases = [...new Set(c.mentions.map((m) => m.text))].filter((a) => a !== name);
  return { id, type: c.type, name, aliases, mentions: c.mentions, roles: [], salience: 0, details: noDetails(c.type) } as Entity;
}

/** the gender of an honorific opening the mention or right before it: "Mrs. Clinton", "Mr. Clinton" */
function honorificGender(doc: Doc, m: Mention): Gender | undefined {
  const a = tokenAt(doc.tokens, m.start);
  const word = (i: number) => (HONORIFICS.has(doc.tokens[i]?.lower ?? '') ? GENDER_WORDS[doc.tokens[i].lower] : undefined);
  return word(a) ?? word(a - 1);
}

/** the article's mentions → one entity per real-world referent, ids in order of first mention */
export function buildEntities(mentions: readonly Mention[], doc: Doc): Entity[] {
  const counters = { person: 0, organization: 0, location: 0 };
  const clusters = joinKnownAs(
    clusterMentions(mentions, (m) => honorificGender(doc, m)),
    doc,
  );
  const entities = clusters.map((c) => toEntity(c, `${ID_PREFIX[c.type]}${++counters[c.type]}`));
  const ctx = entityContext(doc, entities);
  for (const type of ORDER) {
    // an entity's rules are its type's: TypeScript cannot see the pair agree, so the table is read loosely
    for (const e of entities) if (e.type === type) read(e, RULES[type] as TypeRules<EntityType>, ctx);
  }
  return entities;
}
