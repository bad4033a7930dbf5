import { extract } from '../src';

// an article scraped to markdown names the same cast as its plain text (document/markdown.ts): the
// names, their types and the speakers are compared, the offsets being each text's own
const cast = (text: string) => {
  const r = extract(text);
  return {
    actors: r.actors.map((e) => e.name),
    organizations: r.organizations.map((e) => e.name),
    locations: r.locations.map((e) => e.name),
    quotes: r.quotes.map((q) => `${q.kind} ${q.speaker?.name ?? '-'}`),
  };
};

describe('markdown reads as the prose it marks up', () => {
  it.each([
    ['**Elon Musk** told *Reuters* that Tesla would expand in Texas.', 'Elon Musk told Reuters that Tesla would expand in Texas.'],
    ['__Angela Merkel__ said the talks in Berlin had failed.', 'Angela Merkel said the talks in Berlin had failed.'],
    ['`Elon Musk` said the plan worked.', 'Elon Musk said the plan worked.'],
    [
      'According to [Reuters](https://www.reuters.com/world/us/a-2024-05-01/), President Joe Biden will visit Kyiv.',
      'According to Reuters, President Joe Biden will visit Kyiv.',
    ],
    ['## Markets\n\n> “We expect a recession,” Jan Hatzius of Goldman Sachs wrote.', 'Markets\n\n“We expect a recession,” Jan Hatzius of Goldman Sachs wrote.'],
    [
      'HIGHLIGHTS\n• Hostilities in southern Idleb displaced civilians.\n• WFP reached 1.2 million people.',
      'HIGHLIGHTS\nHostilities in southern Idleb displaced civilians.\nWFP reached 1.2 million people.',
    ],
    ['![Kamala Harris at the podium in Kyiv](https://x.com/a.jpg)\n\nPresident Joe Biden arrived on Monday.', 'President Joe Biden arrived on Monday.'],
  ])('%j', (markdown, plain) => {
    expect(cast(markdown)).toEqual(cast(plain));
  });

  // must stay: a wire story's bullets and LDC's doubled quotation marks are the text's own
  it.each([
    ['* Stocks fell in Tokyo\n* Oil rose, Goldman Sachs said', ['Goldman Sachs'], ['Tokyo']],
    ["``We will win,'' Mr. Kamin said in Boston.", [], ['Boston']],
  ])('%j keeps its names', (text, organizations, locations) => {
    expect(cast(text)).toMatchObject({ organizations, locations });
  });
});
