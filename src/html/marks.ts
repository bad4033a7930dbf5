import type { Extraction, Location } from 'dramatis';

/** the nesting of marks, outermost first: a reported statement may hold a quotation, a quotation a mention */
export const LAYERS = ['statement', 'quote', 'inner'] as const;
export type Layer = (typeof LAYERS)[number];

/** what a mark stands for: an entity's mention, a quote, or the cue that attributes it */
export type MarkType = 'actor' | 'organization' | 'location' | 'feature' | 'quote' | 'cue';

export interface Mark {
  start: number;
  end: number;
  type: MarkType;
  /** reported statements sit outside, the quotations they hold inside them, mentions and cues innermost */
  layer: Layer;
  /** what the span reads in the text the extraction came from */
  text: string;
  attrs: Record<string, string | undefined>;
}

// a place the article names by a feature word (a corridor, a strait) is marked apart from towns and countries
const locationType = (l: Location): MarkType => (l.kind === 'feature' || l.kind === 'water' ? 'feature' : 'location');

const TYPE_LABEL: Record<MarkType, string> = {
  actor: 'actor',
  organization: 'organisation',
  location: 'location',
  feature: 'geographic feature',
  quote: 'quote',
  cue: 'speech cue',
};

export const label = (t: MarkType) => TYPE_LABEL[t];

/** every mention, quote and cue of the extraction as a mark; the hover title gives the canonical name */
export function collectMarks(r: Extraction): Mark[] {
  const marks: Mark[] = [];
  const entities = [
    ...r.actors.map((e) => ({ e, type: 'actor' as MarkType, extra: e.titles.map((t) => t.text).join(', ') })),
    ...r.organizations.map((e) => ({ e, type: 'organization' as MarkType, extra: e.country?.name ?? '' })),
    ...r.locations.map((e) => ({ e, type: locationType(e), extra: [e.kind, e.countryCode].filter(Boolean).join(' ') })),
  ];
  for (const { e, type, extra } of entities) {
    const title = `${label(type)}: ${e.name}${extra ? ` (${extra})` : ''}`;
    for (const m of e.mentions) {
      marks.push({
        start: m.start,
        end: m.end,
        text: m.text,
        type,
        layer: 'inner',
        attrs: { 'data-entity': e.id, 'data-name': e.name, 'data-source': m.source, title },
      });
    }
  }
  for (const q of r.quotes) {
    const speaker = q.speaker ? q.speaker.name : undefined;
    const title = `${q.kind} quote${speaker ? `: ${speaker}` : ', no speaker'}${q.speaker?.sieve ? ` (${q.speaker.sieve})` : ''}`;
    marks.push({
      start: q.start,
      end: q.end,
      text: q.text,
      type: 'quote',
      layer: q.kind === 'indirect' ? 'statement' : 'quote',
      attrs: { 'data-quote': q.id, 'data-kind': q.kind, 'data-speaker': speaker, 'data-entity': q.speaker?.entityId ?? undefined, title },
    });
    if (q.cue) marks.push({ ...q.cue, type: 'cue', layer: 'inner', attrs: { 'data-quote': q.id, title: `speech cue: ${speaker ?? 'no speaker'}` } });
  }
  return marks;
}
