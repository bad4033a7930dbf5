import type { LocationDetails, OrganizationDetails, PersonDetails } from '../schema';
// internal shapes shared by every stage; public shapes live in ../schema.ts

/** `[start, end)` in UTF-16 code units of the caller's original text. */
export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  /** the original characters, `text.slice(start, end)` */
  text: string;
  /** the normalised view of the same characters (same length; ’ → ', NBSP → space) */
  view: string;
  /** lowercase of `view` */
  lower: string;
  /** universal POS tag from wink-nlp */
  pos: string;
  index: number;
  sentence: number;
  paragraph: number;
  /** opens with an uppercase letter (`Biden`, `US`, `McCain`) */
  cap: boolean;
  /** opens with a lowercase letter (`said`, `iPhone`) */
  low: boolean;
  /** no letter or digit: punctuation, quotation marks, symbols */
  punct: boolean;
  /** a possessive ending as the document splits it off a word: `'s`, or `'` after a plural */
  possessive: boolean;
  /** the first word of its sentence: only punctuation and quotation marks come before it there */
  opensSentence: boolean;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** token range `[tokenStart, tokenEnd)` */
  tokenStart: number;
  tokenEnd: number;
}

export interface Paragraph extends Span {
  index: number;
  sentenceStart: number;
  sentenceEnd: number;
}

export interface Doc {
  /** the caller's string, untouched */
  text: string;
  /** same length as `text`: whitespace, apostrophes and invisible characters normalised */
  view: string;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
}

export const ENTITY_TYPES = ['person', 'organization', 'location'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * the tier a candidate comes from (internal: which kind of source proposed it); earlier in the list
 * is stronger when spans tie. `context` rules guess from the words around a name or from the
 * article elsewhere, so they only fill gaps the others leave. The public `source` of a mention is
 * its `reason`, the rule that found it
 */
export const TIERS = ['caller', 'pattern', 'gazetteer', 'tagger', 'context'] as const;
export type Tier = (typeof TIERS)[number];

export interface Candidate extends Span {
  type: EntityType;
  tier: Tier;
  /**
   * the rule or model that produced it, e.g. `pattern:feature-suffix`, with what later steps did
   * (`>surname`): the public `source`, written for people; code branches on `rule`, never on this
   */
  reason: string;
  /** the id of the pattern rule that found it (`title-name`), for the rules that read other rules' finds */
  rule?: string;
  /** the ISO code of the country a gazetteer candidate names */
  countryCode?: string;
  /** location kind when the source knows it */
  kind?: string;
  /**
   * the source settles this mention's type only, not its name's elsewhere: a dateline's "NEW YORK"
   * is the city, and the "NEW YORK" of a results table below it still the team
   */
  local?: boolean;
  /** canonical name when the source knows it (caller lexicon entries; a known place written in lowercase, in its normal case) */
  canonical?: string;
  /**
   * the tagger's span leads "no name" by less than its model's least lead (meta.json decoding.minLead):
   * the mentions stage keeps it only where the words around it say the same type and no other candidate
   * claims its words (mentions/unsure.ts), and it stays so marked
   */
  unsure?: boolean;
}

/** a typed mention that survived the overlap policy */
export interface Mention extends Candidate {
  text: string;
  index: number;
}

/** each type's own public fields, from its schema's details */
export interface DetailsOf {
  person: PersonDetails;
  organization: OrganizationDetails;
  location: LocationDetails;
}

/**
 * one real-world entity: its mentions clustered, its canonical name chosen, and `details`, the
 * type's own public fields (titles, geography, ...), as its type's detail rule returns them
 */
export type Entity<T extends EntityType = EntityType> = T extends EntityType ? EntityBase & { type: T; details: DetailsOf[T] } : never;

interface EntityBase {
  id: string;
  name: string;
  aliases: string[];
  mentions: Mention[];
  /** grammatical gender when the article shows it (pronouns, honorifics, first names) */
  gender?: 'male' | 'female';
  /** lowercase role words ("minister", "director") the article gives the entity, for "the minister said" */
  roles: string[];
  salience: number;
}

/** what a fact rule learns of an entity from its context besides its details: its gender, its roles */
export type EntityFacts = Partial<Pick<EntityBase, 'gender' | 'roles'>>;
