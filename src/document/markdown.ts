// markdown's syntax in the view: an article scraped to markdown (reader services, notebooks, a
// model's output) marks up the same prose, and its marks read as words hid names and speakers:
// "**Elon Musk** told Reuters that …" typed the man a body and left the statement with no speaker,
// "## Markets" was a heading's marks before a word, "[Reuters](https://…)" a link's address in the
// sentence. Each rule reads as spaces only the marks, never the words they mark, so every offset
// stays the caller's; none of these shapes occurs in the labelled corpora (a bullet's "- " does, in
// wire copy, and stays). Every pattern is bounded, so the view stays linear in the text.

/** a match read as spaces, its length kept: the view's offsets are the text's (normalise.ts reads its own rules so too) */
export const blank = (s: string) => ' '.repeat(s.length);

/**
 * emphasis: the same run of `*` or `_` (one to three) opening before a word and closing after one,
 * within a line and 200 characters, as CommonMark reads it: an opening mark follows no letter or
 * digit (`snake_case`, `2*3` are no emphasis) and is followed by no space (`* item`, `* * *`), a
 * closing one follows no space (it may follow an inner one: `**Olaf _Scholz_**`)
 */
const EMPHASIS = /(?<![\p{L}\p{N}\\*_])(\*{1,3}|_{1,3})(?![\s*_])([^\n]{0,200}?[^\s\\])\1(?![\p{L}\p{N}*_])/gu;

/** an emphasis's marks as spaces, and the emphasis inside it (`**bold _italic_**`): the inner text is at most 200 characters, so the depth is small */
const unemphasise = (_match: string, mark: string, inner: string): string => blank(mark) + inner.replace(EMPHASIS, unemphasise) + blank(mark);

/** rules as data: a pattern, what it leaves (the marks blanked), and why */
export const MARKDOWN_RULES: Array<[RegExp, (match: string, ...groups: string[]) => string, string]> = [
  [/^[ \t]{0,3}#{1,6}(?=[ \t])/gm, blank, 'a heading\'s marks ("## Markets") are no word of the heading'],
  [
    /^[ \t]{0,3}[•●▪◦‣■□►▶➢✓](?=[ \t])/gm,
    blank,
    'a bullet ("• Hostilities in southern Idleb …", as situation reports and press releases list their points) is no word: the point\'s first word opens its sentence',
  ],
  [
    /^[ \t]{0,3}>(?:[ \t]*>)*(?=[ \t]|$)/gm,
    blank,
    'a block quotation\'s marks ("> “We expect a recession,” Hatzius wrote.") stand before its words, which read as any paragraph',
  ],
  [
    /!\[[^[\]\n]{0,200}\]\((?:https?:\/\/|www\.|\/|#|mailto:)[^()\s]{0,1000}\)/g,
    blank,
    "an image (its alternative text and address) is no part of the article's prose",
  ],
  [
    /\[([^[\]\n]{1,200})\]\((?:https?:\/\/|www\.|\/|#|mailto:)[^()\s]{0,1000}\)/g,
    (match: string, words: string) => ` ${words}${blank(match.slice(words.length + 1))}`,
    'a link reads as its words ("According to [Reuters](https://…), …"): the brackets and the address are no words of the sentence',
  ],
  [
    /(?<![`\\])`(?!`)([^`\n]{1,200})`(?!`)/g,
    (_match: string, words: string) => ` ${words} `,
    "inline code's single backticks (\"`Elon Musk`\") are no quotation marks: the doubled ones of LDC and NYT text (``…'') are, and stay",
  ],
  [EMPHASIS, unemphasise, 'emphasis ("**Elon Musk** told …", "*Reuters*") reads as the words it marks'],
];
