import { filterSpans } from '../src/core/spans';

const s = (start: number, end: number, tier = 'tagger') => ({ start, end, tier });

describe('filterSpans: the one overlap policy', () => {
  it.each([
    ['longest wins', [s(0, 5), s(0, 9)], [[0, 9]]],
    ['ties go to the earlier start', [s(2, 6), s(0, 4)], [[0, 4]]],
    ['then to the stronger tier', [s(0, 4, 'gazetteer'), s(0, 4, 'pattern')], [[0, 4, 'pattern']]],
    ['caller entries always win', [s(0, 9, 'tagger'), s(3, 5, 'caller')], [[3, 5, 'caller']]],
    [
      'disjoint spans all stay, in order',
      [s(6, 8), s(0, 2)],
      [
        [0, 2],
        [6, 8],
      ],
    ],
    [
      'touching spans do not overlap',
      [s(0, 3), s(3, 6)],
      [
        [0, 3],
        [3, 6],
      ],
    ],
  ])('%s', (_name, input, want) => {
    const got = filterSpans(input).map((x) => (want[0].length === 3 ? [x.start, x.end, x.tier] : [x.start, x.end]));
    expect(got).toEqual(want);
    expect(filterSpans([...input].reverse())).toEqual(filterSpans(input));
  });
});
