// quotation marks by family; a close of one family never ends a quote opened by another
import { wordTable } from './table';

export type MarkFamily = 'double' | 'single' | 'angle';
/** what the glyph itself suggests before the context is read */
export type MarkHint = 'open' | 'close' | 'either';

export const QUOTE_MARKS: Readonly<Record<string, { family: MarkFamily; hint: MarkHint }>> = wordTable({
  '"': { family: 'double', hint: 'either' },
  '\u201c': { family: 'double', hint: 'open' }, // “
  '\u201d': { family: 'double', hint: 'close' }, // ”
  '\u201e': { family: 'double', hint: 'open' }, // „ (german, polish)
  '\u201f': { family: 'double', hint: 'open' }, // ‟
  '\u2033': { family: 'double', hint: 'either' }, // ″ (a double prime typed for a quote)
  "'": { family: 'single', hint: 'either' },
  '\u2018': { family: 'single', hint: 'open' }, // ‘
  '\u2019': { family: 'single', hint: 'close' }, // ’
  '\u201a': { family: 'single', hint: 'open' }, // ‚
  '\u00ab': { family: 'angle', hint: 'open' }, // «
  '\u00bb': { family: 'angle', hint: 'close' }, // »
  '\u2039': { family: 'angle', hint: 'open' }, // ‹
  '\u203a': { family: 'angle', hint: 'close' }, // ›
});

/**
 * the words that never follow a plural possessive, which a noun phrase follows ("the Joneses' house"): a conjunction, a
 * preposition, a verb or a relative after an s and a single close make the mark a quotation's end ("faced 'difficult choices' but …")
 */
export const NO_POSSESSED_AFTER = /^\s+(?:but|and|or|nor|as|in|on|at|to|from|for|with|by|of|is|was|were|are|which|that|when|while|after|before|than|because|if|so|then)\b/;
/** a second plural possessive joined on by `and` or `or`, which a possessive may go on with ("the players' and coaches' union") */
export const JOINED_POSSESSIVE = /^\s+(?:and|or)\s+\S*s['\u2019]/;

/** words that start with an apostrophe standing for missing letters, never a quote: 'em, '90s */
export const ELISIONS = /^(?:\d\d|em\b|til\b|cause\b|tis\b|twas\b|n\b|bout\b|round\b|nother\b|sup\b|y'all)/i;

/** characters after which a mark opens: the start of a line, space, brackets, dashes and the invisible format marks (zero-width, direction) pasted text carries */
export const OPENS_AFTER = /[\s([{\u2014\u2013\-/\u201c\u201e\u2018\u00ab"'\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/;

/** characters before which a mark closes: space, punctuation, brackets and dashes */
export const CLOSES_BEFORE = /[\s.,;:!?)\]}\u2014\u2013\-/\u201d\u2019\u00bb"'…]/;
