import { createExtractor, DramatisError, extract, LexiconEntrySchema, OptionsSchema, type Options } from '../src';
import { readOptions } from '../src/options';

const word = (n: number) => 'x'.repeat(n);
const org = (name: string, more: object = {}) => ({ name, type: 'organization' as const, ...more });

// every option or entry the library would otherwise ignore is refused, naming the entry and the problem
describe('options that would be silently dropped are INVALID_OPTIONS', () => {
  it.each<[string, unknown, RegExp]>([
    ['a misspelt option', { maxlength: 5 }, /unknown option 'maxlength' \(did you mean 'maxLength'\?\)/],
    ['an unknown option', { verbose: true }, /unknown option 'verbose'$/],
    ['options that are not an object', 'fast', /invalid options: expected an object, got string/],
    ['a negative maxLength', { maxLength: -1 }, /maxLength must be a positive integer, got -1/],
    ['nestedNames that is not a boolean', { nestedNames: 'no' }, /nestedNames must be true or false, got string/],
    ['a misspelt nestedNames', { nestedName: false }, /unknown option 'nestedName' \(did you mean 'nestedNames'\?\)/],
    ['a lexicon that is not an array', { lexicon: { name: 'Acme' } }, /lexicon must be an array/],
    ['an entry that is not an object', { lexicon: ['Acme'] }, /lexicon\[0\]: expected an object/],
    ['a misspelt entry key', { lexicon: [org('Acme', { alias: ['A'] })] }, /lexicon\[0\] \("Acme"\): unknown key 'alias' \(did you mean 'aliases'\?\)/],
    ['an unknown entry key', { lexicon: [org('Acme', { country: 'US' })] }, /lexicon\[0\] \("Acme"\): unknown key 'country'$/],
    [
      'a misspelt type',
      { lexicon: [{ name: 'Acme', type: 'organisation' }] },
      /lexicon\[0\] \("Acme"\): type must be one of person, organization, location, got "organisation" \(did you mean 'organization'\?\)/,
    ],
    ['a missing name', { lexicon: [{ type: 'person' }] }, /lexicon\[0\]: name must be a string/],
    ['a whitespace-only name', { lexicon: [{ name: ' \t', type: 'person' }] }, /lexicon\[0\] \(" \\t"\): name is blank/],
    ['an empty name', { lexicon: [{ name: '', type: 'person' }] }, /lexicon\[0\] \(""\): name is blank/],
    ['a whitespace-only alias', { lexicon: [org('Acme'), org('Globex', { aliases: ['GX', ' '] })] }, /lexicon\[1\] \("Globex"\): aliases\[1\] is blank/],
    [
      'kind on a person',
      { lexicon: [{ name: 'Ronen Bar', type: 'person', kind: 'city' }] },
      /lexicon\[0\] \("Ronen Bar"\): kind is for locations only \(got "city" on a person\)/,
    ],
    [
      'kind on an organisation',
      { lexicon: [org('Acme', { kind: 'country' })] },
      /lexicon\[0\] \("Acme"\): kind is for locations only \(got "country" on an organization\)/,
    ],
    [
      'a word over 64 characters',
      { lexicon: [{ name: `Dr ${word(65)}`, type: 'person' }] },
      /lexicon\[0\] \("Dr x{65}"\): name has a run of 65 characters without a space; the tokenizer breaks runs over 64, so it could never match/,
    ],
    [
      'an alias word over 64 characters',
      { lexicon: [org('Acme', { aliases: [word(70)] })] },
      /lexicon\[0\] \("Acme"\): aliases\[0\] has a run of 70 characters without a space/,
    ],
    [
      'the same name with two types',
      {
        lexicon: [
          { name: 'Jordan', type: 'person' },
          { name: 'Jordan', type: 'location' },
        ],
      },
      /lexicon\[1\] \("Jordan"\): name "Jordan" is already lexicon\[0\] \("Jordan", person\)/,
    ],
    [
      'an alias that is another entry’s name',
      {
        lexicon: [
          { name: 'Jordan', type: 'location' },
          { name: 'Michael Jordan', type: 'person', aliases: ['Jordan'] },
        ],
      },
      /lexicon\[1\] \("Michael Jordan"\): alias "Jordan" is already lexicon\[0\] \("Jordan", location\)/,
    ],
    [
      'an alias of two organisations',
      { lexicon: [org('Acme Widgets', { aliases: ['Acme'] }), org('Acme Corp', { aliases: ['Acme'] })] },
      /lexicon\[1\] \("Acme Corp"\): alias "Acme" is already lexicon\[0\] \("Acme Widgets", organization\)/,
    ],
    [
      'a case-insensitive entry that takes another’s name',
      { lexicon: [org('Apple'), { name: 'apple', type: 'location', caseSensitive: false }] },
      /lexicon\[1\] \("apple"\): name "apple" is already lexicon\[0\] \("Apple", organization\)/,
    ],
    [
      'a name that differs only in spacing',
      { lexicon: [org('Acme  Widgets'), { name: 'Acme Widgets', type: 'person' }] },
      /lexicon\[1\] \("Acme Widgets"\): name "Acme Widgets" is already lexicon\[0\]/,
    ],
  ])('%s', (_what, options, message) => {
    let error: unknown;
    try {
      createExtractor(options as Options);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DramatisError);
    expect((error as DramatisError).code).toBe('INVALID_OPTIONS');
    expect((error as Error).message).toMatch(/^dramatis: invalid options: /);
    expect((error as Error).message).toMatch(message);
  });

  it('names the first problems and counts the rest', () => {
    const lexicon = [{ name: ' ', type: 'person' }, ...Array.from({ length: 5 }, (_, i) => org(`Acme ${i}`, { kind: 'city' }))];
    expect(() => createExtractor({ lexicon } as Options)).toThrow(
      /lexicon\[0\] \(" "\): name is blank; lexicon\[1\] \("Acme 0"\): kind .*; lexicon\[2\] .*; and 3 more problems$/,
    );
  });

  it('extract() refuses them the same way', () => {
    expect(() => extract('x', { maxlength: 5 } as Options)).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
  });
});

describe('options that mean something are accepted', () => {
  it.each<[string, Options]>([
    ['no options', {}],
    ['a word of exactly 64 characters', { lexicon: [{ name: word(64), type: 'person' }] }],
    ['the same entry twice', { lexicon: [org('Acme'), org('Acme')] }],
    ['an alias equal to the name', { lexicon: [{ name: 'Acme', type: 'organization', aliases: ['Acme'] }] }],
    ['two case-sensitive names that differ in case', { lexicon: [org('Apple'), { name: 'APPLE', type: 'location' }] }],
    ['kind on a location', { lexicon: [{ name: 'Gush Dan', type: 'location', kind: 'region' }] }],
    ['caseSensitive on any entry', { lexicon: [{ name: 'ibm', type: 'organization', caseSensitive: false }] }],
  ])('%s', (_what, options) => {
    expect(() => createExtractor(options)).not.toThrow();
  });
});

describe('the exported schemas say the same', () => {
  it.each<[string, unknown]>([
    ['kind on a person', { name: 'A', type: 'person', kind: 'city' }],
    ['an unknown key', { name: 'A', type: 'person', alias: [] }],
    ['a blank name', { name: ' ', type: 'person' }],
    ['a blank alias', { name: 'A', type: 'person', aliases: [''] }],
    ['a long word', { name: word(65), type: 'person' }],
  ])('LexiconEntrySchema refuses %s', (_what, entry) => {
    expect(LexiconEntrySchema.safeParse(entry).success).toBe(false);
  });
  it('OptionsSchema refuses an unknown key', () => {
    expect(OptionsSchema.safeParse({ maxlength: 5 }).success).toBe(false);
  });
});

describe('lexicon names match in their own case unless an entry says caseSensitive: false', () => {
  const found = (text: string, lexicon: Options['lexicon']) =>
    extract(text, { lexicon })
      .organizations.flatMap((o) => o.mentions.filter((m) => m.source.startsWith('caller')).map((m) => m.text))
      .sort();
  it.each<[string, Options['lexicon'], string[]]>([
    ['She ate an apple pie, then Apple shares rose.', [org('Apple')], ['Apple']],
    ['The Times is not the end of the story.', [org('The')], ['The']],
    ['APPLE and apple and Apple.', [org('Apple', { caseSensitive: false })], ['APPLE', 'Apple', 'apple']],
    ['ACME WIDGETS fell; acme widgets rose.', [org('Acme Widgets', { caseSensitive: false })], ['ACME WIDGETS', 'acme widgets']],
    ['apple pie, IBM and Ibm.', [org('Apple'), org('ibm', { caseSensitive: false })], ['IBM', 'Ibm']],
    // a hyphened name matches however the tokenizer splits it: "Zyx-Qor" in three tokens, "X-Ray" in one
    ['Shares of Zyx-Qor rose; Blorp-Fen Capital sold.', [org('Zyx-Qor'), org('Blorp-Fen Capital')], ['Blorp-Fen Capital', 'Zyx-Qor']],
    ['The X-Ray Group grew.', [org('X-Ray Group')], ['X-Ray Group']],
    ['zyx-qor and ZYX-QOR and Zyx-Qor.', [org('Zyx-Qor', { caseSensitive: false })], ['ZYX-QOR', 'Zyx-Qor', 'zyx-qor']],
    // must stay: in its own case only, however the text spaces its words and signs
    ['zyx-qor and Zyx-Qor.', [org('Zyx-Qor')], ['Zyx-Qor']],
    ['Acme,Inc. fell; Acme , Inc. rose.', [org('Acme, Inc.')], ['Acme , Inc.', 'Acme,Inc.']],
  ])('%j', (text, lexicon, want) => {
    expect(found(text, lexicon)).toEqual(want);
  });
});

it('a hyphened alias finds its entry', () => {
  const lexicon: Options['lexicon'] = [{ name: 'Bo Ocasio-Vell', type: 'person', aliases: ['Ocasio-Vell'] }];
  const actors = extract('Rep. Bo Ocasio-Vell spoke first. Then Ocasio-Vell left.', { lexicon }).actors;
  expect(actors.map((a) => [a.name, a.mentions.map((m) => `${m.text} ${m.source}`)])).toEqual([
    ['Bo Ocasio-Vell', ['Bo Ocasio-Vell caller:Bo Ocasio-Vell', 'Ocasio-Vell caller:Bo Ocasio-Vell']],
  ]);
});

describe('extract(text, { lexicon }) compiles a lexicon array once', () => {
  const lexicon = Array.from({ length: 100_000 }, (_, i) => ({ name: `Name${i} Person${i}`, type: 'person' as const }));
  // no timed test (shared machines are noisy): the compiled lexicon is the very same object
  it('a second call with the same array reuses the first compilation', () => {
    const first = readOptions({ lexicon }).lexicon;
    expect(first).toBeDefined();
    expect(readOptions({ lexicon }).lexicon).toBe(first);
    expect(readOptions({ lexicon: [...lexicon] }).lexicon).not.toBe(first);
  });
  it('an array changed since is compiled again', () => {
    const names = [org('Acme')];
    const orgs = () => extract('Acme bought zorbl.', { lexicon: names }).organizations.map((o) => o.name);
    expect(orgs()).not.toContain('zorbl');
    names.push(org('zorbl'));
    expect(orgs()).toContain('zorbl');
  });
  it('an array that became invalid is refused', () => {
    const names = [org('Acme')];
    extract('Acme.', { lexicon: names });
    names.push({ name: ' ', type: 'organization' });
    expect(() => extract('Acme.', { lexicon: names })).toThrow(/lexicon\[1\] \(" "\): name is blank/);
  });
});
