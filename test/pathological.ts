// texts shaped to make a pipeline superlinear, each built to a given length in UTF-16 code units:
// scripts/shapes.ts times them from 16 K to 1 M characters; test/shapes.test.ts checks their output stays linear

/** `unit(i)` repeated until the text is about n long (never longer, never cutting a unit) */
function fill(n: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; ; i++) {
    const u = unit(i);
    if (length + u.length > n) break;
    parts.push(u);
    length += u.length;
  }
  return parts.join('');
}

const cycle = (s: string) => (n: number) => fill(n, () => s);

/** a distinct capitalised word for every i: Bab, Bac, … (letters only, so every one is a new token) */
export function uniqueWord(i: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let w = '';
  for (let k = i + 26; k > 0; k = Math.floor(k / 26)) w = letters[k % 26] + w;
  return w[0].toUpperCase() + w.slice(1);
}

const half = (n: number, open: string, close: string) => {
  const h = Math.floor(n / (open.length + close.length));
  return open.repeat(h) + close.repeat(h);
};

export const SHAPES: Record<string, (n: number) => string> = {
  'nested-marks': (n) => half(n, '“', '”'),
  'nested-marks-words': (n) => half(n, '“he said ', 'no” '),
  'nested-mixed-marks': (n) => half(n, '“‘«', '»’”'),
  'title-chain': cycle('Foreign Minister Deputy Secretary General President Prime '),
  'long-run': cycle('x'),
  'long-run-punct': cycle('ab1.-/=“'),
  'capitalised-words': (n) => fill(n, (i) => `${uniqueWord(i)} `),
  'capitalised-repeat': cycle('Alpha Bravo Charlie Delta Echo Foxtrot '),
  'unique-names': (n) => fill(n, (i) => `${uniqueWord(i)} ${uniqueWord(i + 7)} met ${uniqueWord(i + 3)} ${uniqueWord(i + 11)} in ${uniqueWord(i + 5)}. `),
  'unbalanced-open': cycle('“a '),
  'unbalanced-close': cycle('a” '),
  'straight-quotes': cycle('x " '),
  'apostrophes': cycle("''"),
  'deep-brackets': (n) => half(n, '(', ')'),
  'deep-mixed-brackets': (n) => half(n, '([{<', '>}])'),
  'said-cues': cycle('“Yes,” he said. '),
  // one run-on sentence of quotes each after a colon: each colon's clause is read back for its cue
  'colon-quotes': cycle('x: "a" '),
  // a distinct quoted title every few characters: each title's repeats are looked for in the whole text (mentions/works.ts)
  'quoted-titles': (n) => fill(n, (i) => `“${uniqueWord(i)} ${uniqueWord(i + 3)}” `),
  // a first paragraph full of quotes before a story: each quote asks whether the headline echoes the story
  'quotes-before-story': (n) => `${fill(n - 11, () => 'He said “yes” and “no” then. ')}\n\nThe end.`,
  'said-no-quotes': cycle('Smith said Jones told Brown said '),
  'quotes-one-speaker': cycle('“We will win,” President Joe Biden told reporters in Washington. '),
  // one long paragraph whose every quote a pronoun attributes: each pronoun looks back for its entity
  'pronoun-speakers': cycle('John Smith met Mary Jones in Paris. "The deal is dead," he said. '),
  'unresolved-pronouns': cycle('John Smith met Peter Jones in Paris. "The deal is dead," she said. '),
  // quotations nested in others, each spoken by a pronoun: each nested quote's pronoun looks back for its entity
  'nested-pronoun-quotes': cycle('He said ‘“Kamala Harris insisted,” she said.’ '),
  'one-word-lines': cycle('Paris\n'),
  // a line of single marks after another, no double mark in the text: each line asks whether the text quotes in double marks (quotes/kind.ts)
  'single-marked-lines': cycle('‘Yes sir.’\n'),
  'unique-word-lines': (n) => fill(n, (i) => `${uniqueWord(i)}\n`),
  'results-table': cycle('1860 Munich 1 (Schwabl 38th) Borussia Dortmund 3 (Zorc 12th, Riedle 40th)\n'),
  'dot-runs': cycle('a.. '),
  'dots': cycle('.'),
  'emoji-run': cycle('😀'),
  'astral-words': cycle('J𠜎𠜎𠜎 said hi. '),
  'combining-marks': (n) => `a${'\u0301'.repeat(n - 1)}`,
  'zero-width': cycle('Joe\u200b'),
  'html-soup': cycle('<div><p class="story">Joe Biden</p><a href="/x?a=1&amp;b=2">“link”</a></div>'),
  'markdown-table': cycle('| Joe Biden | 3 | United States |\n'),
  // markdown's marks opened and never closed, on one line: each opening mark looks for its close (document/markdown.ts, 200 characters at most)
  'markdown-open-marks': cycle('*a _b **c __d `e [f '),
  // markdown's marks closed, on one line: emphasis, code and links read as spaces around their words
  'markdown-marks': cycle('**Joe Biden** told *Reuters* `x` [AP](https://apnews.com/a) '),
  // one line of references in one bracket: each cited name looks back for the bracket it stands in
  'citation-line': (n) => `(${fill(n - 1, () => 'Brieber Tolan Marsk, 2014; ')}`,
  'newlines': cycle('\n'),
  'same-sentence': cycle('Prime Minister Benjamin Netanyahu met Joe Biden in Washington on Tuesday. '),
};
