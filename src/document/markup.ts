// dramatis reads plain text: markup is read as words, and quotation marks written as entities
// (&quot; &ldquo;) are no quotation marks, so an article pasted as HTML loses its quotes silently

// tags of article markup, by name, so that "<Reuters>" or "a < b > c" in plain text is no tag
const TAG =
  /<\/?(?:html|head|body|p|div|span|a|br|hr|em|strong|b|i|u|h[1-6]|ul|ol|li|table|tr|td|th|img|meta|link|script|style|article|section|header|footer|nav|blockquote|q|figure|figcaption|time)\b[^<>]{0,500}>|<!doctype\s+html|<!--/gi;
const ENTITY = /&(?:quot|ldquo|rdquo|lsquo|rsquo|laquo|raquo|amp|nbsp|mdash|ndash|#\d{1,6}|#x[0-9a-f]{1,5});/gi;

// how many a text must hold before it looks like markup rather than prose that mentions a tag
const TAGS = 2;
const ENTITIES = 2;

const count = (re: RegExp, text: string, enough: number): number => {
  re.lastIndex = 0;
  let n = 0;
  while (n < enough && re.exec(text)) n++;
  return n;
};

/** a warning when the text looks like HTML, else none; linear in the text (bounded tag length) */
export function markupWarnings(text: string): string[] {
  const tags = count(TAG, text, TAGS);
  const entities = count(ENTITY, text, ENTITIES);
  if (tags < TAGS && entities < ENTITIES) return [];
  const what = tags >= TAGS ? 'HTML tags' : 'HTML entities such as &quot;';
  return [
    `dramatis:input: the text looks like HTML (it holds ${what}); dramatis reads plain text, so markup is read as words and quotes written as entities are missed: extract the text first`,
  ];
}
