import { nameKey } from '../core/names';
import { isPossessiveMark, tokenOf, tokenRange } from '../core/tokens';
import type { Doc, Mention, Token } from '../core/types';
import { AFTER_STANDALONE_POSSESSIVE, NAME_AND } from '../lexicon/function-words';
import { placeOf } from '../lexicon/gazetteer';

/** the `'s` right after a name (at most one space between: web text writes "Del Frisco 's") */
const sAfter = (tokens: readonly Token[], last: number): Readonly<Token> | null => {
  const s = tokenOf(tokens, last + 1);
  return isPossessiveMark(s.lower, false) && s.sentence === tokens[last].sentence && s.start - tokens[last].end <= 1 ? s : null;
};

/** punctuation that closes a phrase; not an opening quote or bracket (`Microsoft's "Countdown" site`) */
const CLOSING = /^[,.;:!?)\]\u201d\u2019]$/;

/** a straight quote closes only when it touches the word before it */
const closes = (s: Readonly<Token>, next: Readonly<Token>) => CLOSING.test(next.text) || (/^["']$/.test(next.text) && next.start === s.end);

/**
 * the `'s` stands alone: nothing it owns follows, only a sentence's end, closing punctuation or a
 * word no noun phrase starts with; not "Macy's and Kohl's shoppers", where an "and" joins two owners
 */
function standsAlone(tokens: readonly Token[], s: Readonly<Token>): boolean {
  const next = tokenOf(tokens, s.index + 1);
  if (next.sentence !== s.sentence || closes(s, next)) return true;
  if (!AFTER_STANDALONE_POSSESSIVE.has(next.lower)) return false;
  if (!NAME_AND.has(next.lower) && next.lower !== 'or') return true;
  for (let k = s.index + 2; k < s.index + 6; k++) if (tokenOf(tokens, k).possessive) return false;
  return true;
}

/**
 * a shop, a firm or a ground named with an owner's `'s` keeps it: "Macy's", "Boatmen's", "Lord's".
 * a name whose `'s` somewhere in the article stands alone ("sold to Macy's in 2006") takes its `'s`
 * at its mentions before a lowercase word too ("Macy's stores"); a person's possessive never ("Goldsmith's, too"), nor a known
 * place's ("Britain's, not France's")
 */
export function possessiveNames(mentions: readonly Mention[], doc: Doc): Mention[] {
  const { tokens } = doc;
  const eligible = (m: Mention) => m.type !== 'person' && m.tier !== 'caller' && !placeOf(m.text);
  const ends = mentions.map((m) => {
    if (!eligible(m)) return null;
    const [a, b] = tokenRange(tokens, m);
    return b > a ? sAfter(tokens, b - 1) : null;
  });
  const named = new Set(mentions.filter((_, i) => ends[i] && standsAlone(tokens, ends[i])).map((m) => nameKey(m.text)));
  if (!named.size) return [...mentions];
  return mentions.map((m, i) => {
    const s = ends[i];
    // before a lowercase word only: not where a longer name or a quoted title goes on ("Nicholson's Broadcasting Service")
    if (!s || !named.has(nameKey(m.text)) || !(standsAlone(tokens, s) || tokenOf(tokens, s.index + 1).low)) return m;
    return { ...m, end: s.end, text: doc.text.slice(m.start, s.end) };
  });
}
