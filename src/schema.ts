import { z } from 'zod';
import { expected, oneOf, unknownKeys } from './options/messages';

// every span is [start, end) in UTF-16 code units of the caller's text, and text.slice(start, end) === text

const start = z.number().int().nonnegative().describe("offset of the first character, in UTF-16 code units of the caller's text");
const end = z.number().int().nonnegative().describe("offset just past the last character: text.slice(start, end) is the span's text");

export const SpanSchema = z
  .object({
    start,
    end,
    text: z.string().describe("the caller's text from start to end, as written"),
  })
  .describe("a character range [start, end) of the caller's text");

export const MentionSchema = SpanSchema.extend({
  source: z
    .string()
    .describe(
      'the rule or model that found this mention: its tier (caller, pattern, gazetteer, tagger, context), the rule (pattern:title-name, gazetteer:country:DK, caller:<entry name>), then what later steps did (tagger+split-place); for people reading a result, not a closed set',
    ),
}).describe('one place the article names the entity');

const entityFields = {
  id: z.string().describe('stable within one result (a1, o2, l3); quotes and links refer to entities by it'),
  name: z.string().describe('the canonical (fullest) form'),
  aliases: z.array(z.string()).describe('the other surface forms the article uses'),
  mentions: z.array(MentionSchema).describe('every place the article names the entity, in text order'),
  salience: z.number().min(0).max(1).describe('0–1: how central the entity is to the article (mentions, first position, quoted)'),
};

export const TitleSchema = SpanSchema.extend({
  qualifiers: z.array(z.string()).describe('qualifiers kept apart from the title: former, acting, deputy, ...'),
}).describe('a title or office the article gives the person, as a span');

/** the rule that made a link: the article's words (`demonym-title`: "the Danish minister") or a bundled list */
export const LinkReasonSchema = z
  .enum([
    'demonym-title',
    'possessive-title',
    'organization-title',
    'appositive-of',
    'appositive-for',
    'appositive-at',
    'counterpart',
    'bundled-org',
    'org-name-country',
    'country-before-org',
  ])
  .describe('the rule that made the link: demonym-title ("the Danish minister"), bundled-org (a bundled list), ...');

export const LinkSchema = z
  .object({
    name: z.string().describe('the organisation or country linked to'),
    entityId: z.string().nullable().describe('id of the organisation or location entity when the article names it'),
    countryCode: z.string().nullable().describe('ISO 3166-1 alpha-2 code when the link is a country'),
    reason: LinkReasonSchema,
  })
  .describe('an organisation or country an entity belongs to or acts for');

// each type's own fields, its details: what the entities stage reads from the article for it

export const PersonDetailsSchema = z.object({
  titles: z.array(TitleSchema).describe('titles and offices the article gives the person ("Foreign Minister")'),
  affiliations: z.array(LinkSchema).describe('the organisations and countries the person acts for'),
});

export const OrganizationDetailsSchema = z.object({
  country: LinkSchema.nullable().describe('country the organisation belongs to, when the article or a bundled list says so'),
});

export const LocationKindSchema = z
  .enum(['country', 'region', 'city', 'feature', 'water', 'continent', 'other'])
  .describe('what kind of place: a named feature is a road, crossing, building or the like');

export const LocationDetailsSchema = z.object({
  kind: LocationKindSchema,
  countryCode: z.string().nullable().describe('ISO 3166-1 alpha-2 of the country, or of the country the place lies in'),
  coordinates: z
    .object({ lat: z.number().describe('latitude in degrees'), lon: z.number().describe('longitude in degrees') })
    .nullable()
    .describe('latitude and longitude in degrees, from the bundled gazetteer; null when the place is not in it'),
  qualifiers: z.array(z.string()).describe('directional or partial qualifiers met in mentions: "northern" in "northern Gaza"'),
});

export const ActorSchema = z.object({ ...entityFields, ...PersonDetailsSchema.shape }).describe('a person the article names');

export const OrganizationSchema = z.object({ ...entityFields, ...OrganizationDetailsSchema.shape }).describe('an organisation the article names');

export const LocationSchema = z.object({ ...entityFields, ...LocationDetailsSchema.shape }).describe('a place the article names');

export const QuoteKindSchema = z
  .enum(['direct', 'partial', 'scare', 'indirect'])
  .describe(
    'direct: a whole statement; partial: words quoted inside reported speech; scare: a term or title held at a distance; indirect: words reported without quotation marks ("Netanyahu said Israel would not withdraw")',
  );

// the speaker sieves by name (src/quotes/sieves), in the order they are tried, then the shapes of
// reported speech (src/quotes/reported); a speaker's `sieve` is one of them
export const SIEVE_NAMES = [
  'turn-label',
  'cue-after',
  'cue-before',
  'colon-intro',
  'name-label',
  'credit-line',
  'characterise',
  'coordinate',
  'speech-noun',
  'cue-later',
  'continuation',
  'continuation-back',
  'outer-source',
  'previous-sentence',
  'previous-paragraph',
  'clause-subject',
  'reported:according-to',
  'reported:fronted',
  'reported:clause-after',
  'reported:raised',
  'reported:question',
  'reported:label',
] as const;

export const SpeakerSchema = z
  .object({
    name: z.string().describe('the speaker\'s canonical name, or the words that name an unnamed one ("a senior official")'),
    entityId: z
      .string()
      .nullable()
      .describe('the actor, organisation or location entity (a place speaking for its government: "Israel said"), null for unnamed sources such as "a source"'),
    form: z.enum(['name', 'pronoun', 'nominal', 'anonymous']).describe('how the speaker was named where the quote is attributed'),
    mention: SpanSchema.nullable().describe(
      'the words that name the speaker at the cue ("he", "the Spaniard", "a source close to the talks"); for a speaker carried over from an earlier quote, the words that named it there; null when no words in the text name it',
    ),
    sieve: z.enum(SIEVE_NAMES).describe('the sieve that attributed the quote, for debugging'),
  })
  .describe('who says a quote');

const cue = SpanSchema.nullable().describe('the reporting words that attribute the quote ("said", "told reporters"); null when none');

export const NestedQuoteSchema = z
  .object({
    text: z.string().describe('the nested quotation including its marks'),
    start,
    end,
    kind: QuoteKindSchema.describe('read within the enclosing quote: scare for a term or a title, else direct or partial'),
    speaker: SpeakerSchema.nullable().describe('who speaks it, read from a cue inside the enclosing quote; null when none'),
    cue: cue.describe('the reporting words inside the enclosing quote; null when none'),
  })
  .describe('a quotation inside a quote');

export const QuoteSchema = z
  .object({
    id: z.string().describe('stable within one result: q1, q2, in text order; indirect statements r1, r2, their own series'),
    text: z
      .string()
      .describe(
        'the quotation including its marks; several paragraphs when the quote continues; for an indirect statement, the reported words without speaker and cue',
      ),
    start,
    end,
    kind: QuoteKindSchema,
    speaker: SpeakerSchema.nullable().describe('who says it; null when no sieve could tell'),
    cue,
    nested: z.array(NestedQuoteSchema).describe('quotations inside this one (‘Shark Tank’ in a quoted answer): part of its words, not statements of their own'),
  })
  .describe('a quoted statement and who says it');

export const ExtractionSchema = z
  .object({
    actors: z.array(ActorSchema).describe('the people the article names, most central first'),
    organizations: z.array(OrganizationSchema).describe('the organisations the article names, most central first'),
    locations: z.array(LocationSchema).describe('the places the article names, most central first'),
    quotes: z.array(QuoteSchema).describe('the quoted statements and, unless options.reported is false, the reported ones, in text order'),
    warnings: z.array(z.string()).describe('non-fatal problems met on the way, e.g. an unbalanced quotation mark or text that looks like HTML'),
  })
  .describe('the cast and lines of a news article');

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
  name: phrase.describe('the name as the article writes it; it is also the canonical name reported'),
  type: z.enum(ENTITY_TYPES, { error: oneOf(ENTITY_TYPES) }).describe('person, organization or location'),
  aliases: z
    .array(phrase, { error: expected('an array of strings') })
    .optional()
    .describe('other surface forms of the same entity'),
  kind: z
    .enum(LocationKindSchema.options, { error: oneOf(LocationKindSchema.options) })
    .optional()
    .describe('for locations: the kind to report'),
  caseSensitive: z
    .boolean({ error: expected('true or false') })
    .optional()
    .describe('false to match the name and aliases in any case ("ACME", "acme"); by default they match as written'),
};

export const LexiconEntrySchema = z.strictObject(entryShape, { error: unknownKeys('key', Object.keys(entryShape)) }).superRefine((entry, ctx) => {
  if (entry.kind !== undefined && entry.type !== 'location') {
    ctx.addIssue({ code: 'custom', path: ['kind'], message: `is for locations only (got "${entry.kind}" on ${aOrAn(entry.type)})` });
  }
});

const notPositive = (issue: { input?: unknown }) => `must be a positive integer, got ${issue.input}`;

const TracedSpanSchema = z.object({
  start: z.number().int().describe("offset of the span's first character"),
  end: z.number().int().describe("offset just past the span's last character"),
  text: z.string().describe("the span's text"),
  type: z.string().describe('the type the candidate had at this step: person, organization or location'),
  source: z.string().describe("the span's provenance (a mention's source)"),
});

/** what one pipeline step did to one candidate name; `options.trace` is called with each */
export const TraceEventSchema = TracedSpanSchema.extend({
  rule: z.string().describe('the step, as its stage names it: mentions:trim, mentions:overlap, mentions:reconcile-types, …'),
  action: z.enum(['drop', 'add', 'change']).describe('what the step did to the candidate'),
  to: TracedSpanSchema.optional().describe('a changed span after the step'),
});

const optionsShape = {
  maxLength: z
    .number({ error: expected('a positive integer') })
    .int({ error: notPositive })
    .positive({ error: notPositive })
    .optional()
    .describe('longest text accepted, in UTF-16 code units (default 1 MiB)'),
  lexicon: z
    .array(LexiconEntrySchema, { error: expected('an array') })
    .optional()
    .describe("names the caller knows; they always win over the library's own guesses. An array passed to extract() is compiled once"),
  strict: z
    .boolean({ error: expected('true or false') })
    .optional()
    .describe(
      'an error inside a stage (a dramatis bug) is thrown instead of costing what the stage found with a warning; for tests and for callers who would rather fail than get a partial result',
    ),
  trace: z
    .custom<(event: TraceEvent) => void>((v) => typeof v === 'function', { error: expected('a function') })
    .optional()
    .describe(
      'called with every candidate name a rule drops, trims, splits, retypes or adds on the way to the result ({ rule, action, start, end, text, type, source, to? }): why a name is missing or typed as it is',
    ),
  reported: z
    .boolean({ error: expected('true or false') })
    .optional()
    .describe("false to leave out reported statements (kind 'indirect') and list quotations only; on by default"),
  nestedNames: z
    .boolean({ error: expected('true or false') })
    .optional()
    .describe(
      'false to leave out the names found inside other names ("Canada" in "Bank of Canada", "U.S." in "U.S. Department of Agriculture"), so no two mentions overlap, as flat annotation (CoNLL-2003) marks names; on by default',
    ),
};

export const OptionsSchema = z.strictObject(optionsShape, { error: unknownKeys('option', Object.keys(optionsShape)) });

export type Span = z.infer<typeof SpanSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Title = z.infer<typeof TitleSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type LinkReason = z.infer<typeof LinkReasonSchema>;
export type SieveName = (typeof SIEVE_NAMES)[number];
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
