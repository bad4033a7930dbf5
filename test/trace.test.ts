import type { TraceEvent } from '../src';
import { strictExtract as extract } from './helpers';

const traced = (text: string) => {
  const events: TraceEvent[] = [];
  extract(text, { trace: (e) => events.push(e) });
  return events.map((e) => `${e.rule} ${e.action} ${e.text}:${e.type}${e.to ? ` → ${e.to.text}:${e.to.type} (${e.to.source})` : ''}`);
};

describe('options.trace: every drop, trim, split, retype and addition, with its rule', () => {
  it.each([
    ['a lone opening adverb', '“Frankly, this is the kind of thinking we need,” she said.', 'mentions:sentence-opener drop Frankly:location'],
    ['an abbreviation inside a party-and-state note', 'Sen. Mary Jones (D-N.Y.) said so.', 'mentions:no-name-left drop Y.:location'],
    ['a surname repeated alone', 'Sa’ar met Gideon Sa’ar in Qatar.', 'mentions:name-repeat add Sa’ar:person'],
    ['places nested in a name', 'Officials at the University of Texas at Arlington said.', 'mentions:nested-name add Arlington:location'],
    ['a title run into a person', 'City Attorney Brad Holm said in the letter that the ad was false.', 'mentions:split-run add Brad Holm:person'],
    [
      'a surname that retypes a name',
      'Lotte 6 Hyundai 2\nHyundai 6 Lotte 5\nKim Hyundai pitched.',
      'mentions:reconcile-types change Hyundai:organization → Hyundai:person (tagger>surname)',
    ],
  ])('%s', (_why, text, want) => {
    expect(traced(text)).toContain(want);
  });

  it('reports nothing it did not do: a text with no names has no events', () => {
    expect(traced('it was a quiet day.')).toEqual([]);
  });

  it('tracing changes nothing in the result', () => {
    const text = 'Officials at the University of Texas at Arlington said. Gideon Sa’ar spoke. Later Sa’ar left.';
    expect(extract(text, { trace: () => {} })).toEqual(extract(text));
  });

  it('a trace that is not a function is refused', () => {
    expect(() => extract('x', { trace: 42 as unknown as () => void })).toThrow(/trace/);
  });
});
