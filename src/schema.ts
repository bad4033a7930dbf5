import { z } from 'zod';
import { expected, oneOf, unknownKeys } from './options/messages';

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

// each type's own fields, its details: what the entities stage reads from the article for it

export const PersonDetailsSchema = z.object({
  titles: z.array(TitleSchema),
  /** the organisations and countries the person acts for */
  affiliations: z.array(LinkSchema),
});

export const OrganizationDetailsSchema = z.object({
  /** country the organisation belongs to, when the article or a bundled list says so */
  country: LinkSchema.nullable(),
});

export const LocationKindSchema = z.enum(['country', 'region', 'city', 'feature', 'water', 'continent', 'other']);

export const LocationDetailsSchema = z.object({
  kind: LocationKindSchema,
  /** ISO 3166-1 alpha-2 of the country, or of the country the place lies in */
  countryCode: z.string().nullable(),
  coordinates: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  /** directional or partial qualifiers met in mentions: "northern" in "northern Gaza" */
  qualifiers: z.array(z.string()),
});

export const ActorSchema = z.object({ ...entityFields, ...PersonDetailsSchema.shape });

export const OrganizationSchema = z.object({ ...entityFields, ...OrganizationDetailsSchema.shape });

export const LocationSchema = z.object({ ...entityFields, ...LocationDetailsSchema.shape });

/** `indirect`: words reported without quotation marks (`Netanyahu said Israel would not withdraw`) */
export const QuoteKindSchema = z.enum(['direct', 'partial', 'scare', 'indirect']);

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
  /**
   * the quotation including its marks; several paragraphs when the quote continues. for an `indirect`
   * statement, the reported words without speaker and cue (`Israel would not withdraw`)
   */
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

// options are strict: a key or a value the library would ignore is an error, never silently dropped

/** the tokenizer reads a run of more non-space characters than this in pieces (LONG_RUN in document/tokens.ts) */
const LONGEST_RUN = 64;

const TOO_LONG_RUN = new RegExp(`\\S{${LONGEST_RUN + 1},}`);

const phrase = z.string({ error: expected('a string') }).superRefine((s, ctx) => {
  if (!/\S/.test(s)) ctx.addIssue({ code: 'custom', message: 'is blank' });
  else if (TOO_LONG_RUN.test(s)) {
    const run = (s.match(/\S+/g) ?? []).reduce((n, w) => Math.max(n, w.length), 0);
    ctx.addIssue({
      code: 'custom',
      message: `has a run of ${run} characters without a space; the tokenizer breaks runs over ${LONGEST_RUN}, so it could never match`,
    });
  }
});

const ENTITY_TYPES = ['person', 'organization', 'location'] as const;
const aOrAn = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

const entryShape = {
  name: phrase,
  type: z.enum(ENTITY_TYPES, { error: oneOf(ENTITY_TYPES) }),
  /** other surface forms of the same entity */
  aliases: z.array(phrase, { error: expected('an array of strings') }).optional(),
  /** for locations: the kind to report */
  kind: z.enum(LocationKindSchema.options, { error: oneOf(LocationKindSchema.options) }).optional(),
  /** false to match the name and aliases in any case ("ACME", "acme"); by default they match as written */
  caseSensitive: z.boolean({ error: expected('true or false') }).optional(),
};

export const LexiconEntrySchema = z.strictObject(entryShape, { error: unknownKeys('key', Object.keys(entryShape)) }).superRefine((entry, ctx) => {
  if (entry.kind !== undefined && entry.type !== 'location') {
    ctx.addIssue({ code: 'custom', path: ['kind'], message: `is for locations only (got "${entry.kind}" on ${aOrAn(entry.type)})` });
  }
});

const notPositive = (issue: { input?: unknown }) => `must be a positive integer, got ${issue.input}`;

const TracedSpanSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  type: z.string(),
  /** the span's provenance (a mention's `source`) */
  source: z.string(),
});

/** what one pipeline step did to one candidate name; `options.trace` is called with each */
export const TraceEventSchema = TracedSpanSchema.extend({
  /** the step, as its stage names it: `mentions:trim`, `mentions:overlap`, `mentions:reconcile-types`, … */
  rule: z.string(),
  action: z.enum(['drop', 'add', 'change']),
  /** a changed span after the step */
  to: TracedSpanSchema.optional(),
});

const optionsShape = {
  /** longest text accepted, in UTF-16 code units (default 1 MiB) */
  maxLength: z
    .number({ error: expected('a positive integer') })
    .int({ error: notPositive })
    .positive({ error: notPositive })
    .optional(),
  /** names the caller knows; they always win over the library's own guesses. An array passed to `extract()` is compiled once */
  lexicon: z.array(LexiconEntrySchema, { error: expected('an array') }).optional(),
  /**
   * an error inside a stage (a dramatis bug) is thrown instead of costing what the stage found with
   * a warning; for tests and for callers who would rather fail than get a partial result
   */
  strict: z.boolean({ error: expected('true or false') }).optional(),
  /**
   * called with every candidate name a rule drops, trims, splits, retypes or adds on the way to the
   * result (`{ rule, action, start, end, text, type, source, to? }`): why a name is missing or typed
   * as it is
   */
  trace: z.custom<(event: TraceEvent) => void>((v) => typeof v === 'function', { error: expected('a function') }).optional(),
  /** false to leave out reported statements (`kind: 'indirect'`) and list quotations only; on by default */
  reported: z.boolean({ error: expected('true or false') }).optional(),
};

export const OptionsSchema = z.strictObject(optionsShape, { error: unknownKeys('option', Object.keys(optionsShape)) });

export type Span = z.infer<typeof SpanSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Title = z.infer<typeof TitleSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type LocationKind = z.infer<typeof LocationKindSchema>;
export type Location = z.infer<typeof LocationSchema>;
export type PersonDetails = z.infer<typeof PersonDetailsSchema>;
export type OrganizationDetails = z.infer<typeof OrganizationDetailsSchema>;
export type LocationDetails = z.infer<typeof LocationDetailsSchema>;
export type QuoteKind = z.infer<typeof QuoteKindSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type NestedQuote = z.infer<typeof NestedQuoteSchema>;
export type Extraction = z.infer<typeof ExtractionSchema>;
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;
export type Options = z.infer<typeof OptionsSchema>;
export type TraceEvent = z.infer<typeof TraceEventSchema>;
