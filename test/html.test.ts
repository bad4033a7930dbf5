import { DramatisError, type Extraction, extract } from '../src';
import { toHtml } from '../src/html';
import { fixtureTexts } from './helpers';

const fromHtml = (s: string) =>
  s.replace(/&lt;|&gt;|&quot;|&#39;|&amp;/g, (e) => ({ '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' })[e]!);
const tags = (html: string) => html.match(/<[^>]*>/g) ?? [];
// the only markup the fragment may hold: our own divs and spans, every attribute value double-quoted with no quote or bracket inside
const OUR_TAG = /^<(?:(?:div|span)(?: [a-z-]+="[^"<>]*")*|\/div|\/span)>$/;
const empty: Extraction = { actors: [], organizations: [], locations: [], quotes: [], warnings: [] };

describe('toHtml keeps hostile text inert', () => {
  it.each([
    ['a script element', '<script>alert(1)</script> Angela Merkel spoke in Berlin.'],
    ['an onerror attribute', 'Joe Biden said <img src=x onerror=alert(1)> in Paris.'],
    ['a quoted onerror', '“We will win,” said Mette Frederiksen" onerror="alert(1)'],
    ['quotation marks in a quote', '"He said \'no\' and "left"," Olaf Scholz told reporters in Berlin.'],
    ['ampersands and entities', 'AT&T and Procter &amp; Gamble met in Paris &lt;France&gt;.'],
    ['a closing tag in a name', 'Xi Jinping</span><script>x()</script> met Joe Biden.'],
    ['a comment and CDATA', '<!-- Emmanuel Macron --> <![CDATA[ Paris ]]> said Macron.'],
  ])('%s: only our tags, and the text comes back character for character', (_what, text) => {
    const html = toHtml(text, extract(text), { legend: false });
    expect(tags(html).filter((t) => !OUR_TAG.test(t))).toEqual([]);
    expect(fromHtml(html.replace(/<[^>]*>/g, ''))).toBe(text);
    expect(tags(html).filter((t) => t.startsWith('</')).length).toBe(tags(html).filter((t) => !t.startsWith('</')).length);
  });

  it('escapes canonical names, aliases and the title, which can hold anything', () => {
    const text = 'Acme said it would sue.';
    const r: Extraction = {
      ...empty,
      organizations: [
        {
          id: 'o1',
          name: 'Acme <b>"Corp"</b>',
          aliases: ["<img src=x onerror='x()'>"],
          mentions: [{ start: 0, end: 4, text: 'Acme', source: 'lexicon' }],
          salience: 1,
          country: null,
        },
      ],
    };
    const html = toHtml(text, r, { standalone: true, title: '</title><script>x()</script>' });
    expect(html).not.toMatch(/<script|<b>|<img/);
    expect(html).toContain('data-name="Acme &lt;b&gt;&quot;Corp&quot;&lt;/b&gt;"');
    expect(html).toContain('<small>(&lt;img src=x onerror=&#39;x()&#39;&gt;)</small>');
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;</title>');
  });
});

describe('toHtml marks', () => {
  it('every mention by type, every quote by kind with its speaker, on the seed article', () => {
    const [[, seed]] = fixtureTexts();
    const r = extract(seed);
    const html = toHtml(seed, r, { legend: false });
    const count = (re: RegExp) => (html.match(re) ?? []).length;
    expect(count(/class="dm dm-actor"/g)).toBe(r.actors.flatMap((a) => a.mentions).length);
    expect(count(/class="dm dm-organization"/g)).toBe(r.organizations.flatMap((a) => a.mentions).length);
    expect(count(/class="dm dm-(?:location|feature)"/g)).toBe(r.locations.flatMap((a) => a.mentions).length);
    expect(count(/class="dm dm-feature"/g)).toBeGreaterThan(0);
    for (const q of r.quotes) expect(html).toContain(`class="dm dm-quote dm-${q.kind}" data-start="${q.start}" data-end="${q.end}"`);
    expect(html).toContain('data-speaker="Gideon Sa’ar"');
  });

  it('splits a mention that crosses a quote’s edge, so the markup nests', () => {
    const text = 'He named "New York" City.';
    const r: Extraction = {
      ...empty,
      locations: [
        {
          id: 'l1',
          name: 'New York City',
          aliases: [],
          mentions: [{ start: 10, end: 24, text: 'New York" City', source: 'test' }],
          salience: 1,
          kind: 'city',
          countryCode: 'US',
          coordinates: null,
          qualifiers: [],
        },
      ],
      quotes: [{ id: 'q1', text: '"New York"', start: 9, end: 19, kind: 'scare', speaker: null, cue: null, nested: [] }],
    };
    const html = toHtml(text, r, { legend: false });
    expect(html).toMatch(
      /<span class="dm dm-quote dm-scare"[^>]*>&quot;<span class="dm dm-location"[^>]*>New York&quot;<\/span><\/span><span class="dm dm-location"[^>]*data-part="continued"[^>]*> City<\/span>\./,
    );
  });

  it('a legend names every entity by its canonical name, a standalone page forbids scripts', () => {
    const text = 'Angela Merkel met Joe Biden in Berlin. Merkel left.';
    const html = toHtml(text, extract(text), { standalone: true });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toMatch(/<li>Angela Merkel <small>\(Merkel\)<\/small> ×2<\/li>/);
  });
});

describe('toHtml checks its input', () => {
  it.each<[string, () => string, string, RegExp]>([
    ['an extraction of another text', () => toHtml('Paris.', extract('Joe Biden.')), 'INVALID_INPUT', /does not belong to this text/],
    ['a text that is no string', () => toHtml(42 as never, empty), 'INVALID_INPUT', /got number/],
    ['an unknown option', () => toHtml('x', empty, { standalon: true } as never), 'INVALID_OPTIONS', /unknown toHtml\(\) option "standalon"/],
    ['a title that is no string', () => toHtml('x', empty, { title: 3 } as never), 'INVALID_OPTIONS', /title must be a string/],
  ])('%s', (_what, call, code, message) => {
    expect(call).toThrow(message);
    expect(() => call()).toThrow(DramatisError);
    try {
      call();
    } catch (e) {
      expect((e as DramatisError).code).toBe(code);
    }
  });
});
