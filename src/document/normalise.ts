// a same-length view of the text: every offset into the view is an offset into the original
import { INSTRUMENT_CODE, WIRE_SLUG } from '../lexicon/not-names';
import { blank, MARKDOWN_RULES } from './markdown';

const REPLACEMENTS: Array<[RegExp, string | ((match: string, ...groups: string[]) => string), string]> = [
  [/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g, ' ', 'odd spaces read as a plain space'],
  [/[\u200b-\u200d\u2060\ufeff\u00ad]/g, ' ', 'invisible characters read as a space, so they split nothing'],
  [/\r/g, '\n', 'CR and CRLF line ends read as newlines'],
  [/(?<=\p{L})[\u2019\u02bc\u2032`](?=\p{L})/gu, "'", 'a curly apostrophe inside a word reads as a straight one'],
  [/[\u2010\u2011]/g, '-', 'unicode hyphens read as a hyphen-minus'],
  [
    INSTRUMENT_CODE,
    blank,
    'a wire\'s instrument code ("Airbus AIR.PA said", "(VOWG_p.DE)") reads as spaces: it names nothing, and read as words it makes the company a place',
  ],
  [
    WIRE_SLUG,
    blank,
    'a wire\'s slug glued to its headline ("UPDATE 2-Oil rises", "EXCLUSIVE-Apple plans") reads as spaces: it names nothing, and read as words it hides the name it is glued to',
  ],
  // markdown's marks (headings, block quotations, links, images, inline code, emphasis) read as spaces, their words kept: markdown.ts
  ...MARKDOWN_RULES,
];

export function normalise(text: string): string {
  let view = text;
  // (two calls for String.replace's two overloads: a fixed string, or a function of the match)
  for (const [pattern, r] of REPLACEMENTS) view = typeof r === 'string' ? view.replace(pattern, r) : view.replace(pattern, r);
  return view;
}
