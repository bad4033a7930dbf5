import { z } from 'zod';

// every span is [start, end) in UTF-16 code units of the caller's text, and text.slice(start, end) === text

export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

export const MentionSchema = SpanSchema.extend({
  /** the rule or model that found this mention, e.g. `tagger` or `pattern:feature` */
  source: z.string(),
});

const entityFields = {
  id: z.string(),
  /** the canonical (fullest) form */
  name: z.string(),
  /** the other surface forms the article uses */
  aliases: z.array(z.string()),
  mentions: z.array(MentionSchema),
  /** 0–1: how central the entity is to the article (mentions, first position, quoted) */
  salience: z.number().min(0).max(1),
};

export const TitleSchema = SpanSchema.extend({
  /** qualifiers kept apart from the title: former, acting, deputy, ... */
  qualifiers: z.array(z.string()),
});

export const LinkSchema = z.object({
  name: z.string(),
  /** id of the organisation or location entity when the article names it */
  entityId: z.string().nullable(),
  /** ISO 3166-1 alpha-2 code when the link is a country */
  countryCode: z.string().nullable(),
  /** the rule that made the link, e.g. `demonym-title` */
  reason: z.string(),
});

export const ActorSchema = z.object({
  ...entityFields,
  titles: z.array(TitleSchema),
  /** the organisations and countries the person acts for */
  affiliations: z.array(LinkSchema),
});

export const OrganizationSchema = z.object({
  ...entityFields,
  /** country the organisation belongs to, when the article or a bundled list says so */
  country: LinkSchema.nullable(),
});

export const LocationKindSchema = z.enum([
  'country',
  'region',
  'city',
  'feature',
  'water',
  'continent',
  'other',
]);

export const LocationSchema = z.object({
  ...entityFields,
  kind: LocationKindSchema,
  /** ISO 3166-1 alpha-2 of the country, or of the country the place lies in */
  countryCode: z.string().nullable(),
  coordinates: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  /** directional or partial qualifiers met in mentions: "northern" in "northern Gaza" */
  qualifiers: z.array(z.string()),
});

export const QuoteKindSchema = z.enum(['direct', 'partial', 'scare']);

export const SpeakerSchema = z.object({
  name: z.string(),
  /** the actor or organisation entity, null for unnamed sources such as "a source" */
  entityId: z.string().nullable(),
  /** how the speaker was named where the quote is attributed */
  form: z.enum(['name', 'pronoun', 'nominal', 'anonymous']),
  /** the ordered sieve that attributed the quote, for debugging */
  sieve: z.string(),
});

export const NestedQuoteSchema = z.object({
  /** the nested quotation including its marks */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** read within the enclosing quote: `scare` for a term or a title, else `direct` or `partial` */
  kind: QuoteKindSchema,
  /** who speaks it, read from a cue inside the enclosing quote (`“He told me, ‘We will win’”`); null when none */
  speaker: SpeakerSchema.nullable(),
  cue: SpanSchema.nullable(),
});

export const QuoteSchema = z.object({
  id: z.string(),
  /** the quotation including its marks; several paragraphs when the quote continues */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: QuoteKindSchema,
  speaker: SpeakerSchema.nullable(),
  cue: SpanSchema.nullable(),
  /** quotations inside this one (`‘Shark Tank’` in a quoted answer): part of its words, not statements of their own */
  nested: z.array(NestedQuoteSchema),
});

export const ExtractionSchema = z.object({
  actors: z.array(ActorSchema),
  organizations: z.array(OrganizationSchema),
  locations: z.array(LocationSchema),
  quotes: z.array(QuoteSchema),
  /** non-fatal problems met on the way, e.g. an unbalanced quotation mark */
  warnings: z.array(z.string()),
});

export const LexiconEntrySchema = z.object({
  name: z.string().min(1),
  type: z.enum(['person', 'organization', 'location']),
  /** other surface forms of the same entity */
  aliases: z.array(z.string().min(1)).optional(),
  /** for locations: the kind to report */
  kind: LocationKindSchema.optional(),
});

export const OptionsSchema = z.object({
  /** longest text accepted, in UTF-16 code units (default 1 MiB) */
  maxLength: z.number().int().positive().optional(),
  /** names the caller knows; they always win over the library's own guesses */
  lexicon: z.array(LexiconEntrySchema).optional(),
});

export type Span = z.infer<typeof SpanSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Title = z.infer<typeof TitleSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type LocationKind = z.infer<typeof LocationKindSchema>;
export type Location = z.infer<typeof LocationSchema>;
export type QuoteKind = z.infer<typeof QuoteKindSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type NestedQuote = z.infer<typeof NestedQuoteSchema>;
export type Extraction = z.infer<typeof ExtractionSchema>;
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;
export type Options = z.infer<typeof OptionsSchema>;
