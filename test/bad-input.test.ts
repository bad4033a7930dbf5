import { createExtractor, DramatisError, ExtractionSchema } from '../src';
import { allSpans, strictExtract as extract } from './helpers';

describe('input that is not a string', () => {
  it.each([[undefined], [null], [42], [{ text: 'x' }], [['a']], [Symbol.for('x')]])('%p → INVALID_INPUT', (bad) => {
    expect(() => extract(bad as unknown as string)).toThrow(DramatisError);
    try {
      extract(bad as unknown as string);
    } catch (e) {
      expect((e as DramatisError).code).toBe('INVALID_INPUT');
      expect((e as Error).message).toMatch(/^dramatis: extract\(\) expects a string/);
    }
  });
});

describe('text over the limit', () => {
  it('names the library, the problem and the limit', () => {
    const ex = createExtractor({ maxLength: 10 });
    expect(() => ex.extract('x'.repeat(11))).toThrow(/dramatis: text is 11 characters, over the limit of 10/);
  });
  it('defaults to 1 MiB', () => {
    expect(() => extract('a '.repeat(524289))).toThrow(expect.objectContaining({ code: 'TEXT_TOO_LONG' }));
  });
  it('rejects bad options with a coded error', () => {
    expect(() => createExtractor({ maxLength: -1 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
  });
});

const NASTY: Array<[string, string]> = [
  ['empty', ''],
  ['whitespace only', ' \n\t\r\n  '],
  ['no entities', 'it was a quiet day and nothing much happened.'],
  ['NBSP', 'Prime\u00a0Minister Benjamin\u00a0Netanyahu met Joe\u00a0Biden in Washington.'],
  ['zero-width', 'Angela\u200bMerkel said\u200d “no”. Ber\u200clin\ufeff is calm.'],
  ['CRLF', 'Emmanuel Macron visited Berlin.\r\n\r\n“We agree,” Macron said.\r\n'],
  ['tabs', 'Boris\tJohnson\tleft\tLondon.'],
  ['curly and straight quotes', '"Straight," he said. “Curly,” she said. ‘Single,’ they said.'],
  ['unbalanced opening', '“This never closes. Joe Biden said so.\nNext paragraph with Kamala Harris.'],
  ['unbalanced closing', 'This closes” without opening, said Jane Doe.'],
  ['emoji and astral', '😀 Joe Biden 🇺🇸 met 𝒳 Xi Jinping in 北京 and said “ok 👍”.'],
  ['lone surrogates', 'Bad \ud800 surrogate \udfff with Emmanuel Macron.'],
  ['only punctuation', '“”“”’’‘‘«»""\'\'...!!!'],
  ['very long token', `${'x'.repeat(20000)} Joe Biden`],
  ['many lines', 'Paris.\n'.repeat(2000)],
  ['all caps', 'PRESIDENT JOE BIDEN MET IN LONDON WITH NATO CHIEFS'],
];

describe.each(NASTY)('odd text: %s', (_name, text) => {
  it('extracts without throwing, schema-valid, every span exact', () => {
    const r = extract(text);
    expect(ExtractionSchema.safeParse(r).success).toBe(true);
    for (const s of allSpans(r)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

it('empty text gives empty arrays', () => {
  expect(extract('')).toEqual({ actors: [], organizations: [], locations: [], quotes: [], warnings: [] });
});
