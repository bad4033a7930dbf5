import nlp from 'compromise';
import { extract } from '../src';
import plugin, { type DramatisMethods } from '../src/compromise';

type View = ReturnType<typeof nlp>;
nlp.plugin(plugin);
const doc = (text: string) => nlp<DramatisMethods<View>>(text);

const TEXT = 'Foreign Minister Gideon Sa\'ar met officials of the United Nations in Cairo. "We will not stop," Sa\'ar told reporters.';

describe('dramatis as a compromise plugin', () => {
  it('nlp(text).dramatis() is the extraction of the text', () => {
    expect(doc(TEXT).dramatis()).toEqual(extract(TEXT));
  });

  it('passes options through, and refuses bad ones as the library does', () => {
    const r = doc('Acme hired Jo Blogs.').dramatis({ lexicon: [{ name: 'Acme', type: 'organization' }] });
    expect(r.organizations.map((o) => o.name)).toEqual(['Acme']);
    expect(() => doc('Hi').dramatis({ bogus: 1 } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
  });

  it('a sub-view reads the whole document, so offsets are into the text given to nlp()', () => {
    const sub = doc(TEXT).match('Cairo') as View & DramatisMethods<View>;
    const r = sub.dramatis();
    for (const m of r.actors.flatMap((a) => a.mentions)) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
  });

  it.each<[Parameters<DramatisMethods['cast']>[0], string[]]>([
    ['actors', ["Gideon Sa'ar", "Sa'ar"]],
    ['organizations', ['United Nations']],
    ['locations', ['Cairo']],
    [undefined, ["Gideon Sa'ar", 'United Nations', 'Cairo', "Sa'ar"]],
  ])('.cast(%s) is a view over those mentions, in text order', (kind, texts) => {
    const view = doc(TEXT).cast(kind);
    expect(view.out('array')).toEqual(texts.map((t) => expect.stringContaining(t)));
  });

  it('.lines() is a view over the quotations', () => {
    expect(doc(TEXT).lines().text()).toMatch(/We will not stop/);
  });

  it('other compromise methods still work on the views it returns', () => {
    expect(doc(TEXT).cast('locations').has('Cairo')).toBe(true);
  });
});
