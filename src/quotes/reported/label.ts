import type { Quote } from '../../schema';
import { DASHES, LABEL_ADDRESS_WORDS, NAME_SMALL_WORDS, TITLE_CASE_SMALL } from '../../lexicon/function-words';
import { HEADLINE_SOURCES } from '../../lexicon/speech';
import { cueOf, type QuoteContext } from '../context';
import { cueAt } from '../cues';
import { headlineEnd } from '../headline';
import { readSpeaker } from '../speaker';
import { clauseEnd, isContent, trimmed } from './content';
import { isMark } from './shapes/shape';

/** the longest label before a headline's colon, in tokens (`McCain Challenger Kelli Ward`, `Former AG Mukasey at RNC`) */
const HEADLINE_LABEL = 10;
/** the longest label opening a paragraph of the story (a transcript's `FALLIN:`, `Mr. Trump:`), in tokens */
const PARAGRAPH_LABEL = 4;
/** the most words a label may describe its named speaker with before the name (`Former AG Mukasey`, `OK Gov Fallin`) */
const DESCRIBED = 3;
/** the fewest words after the colon that make a statement */
const MIN_WORDS = 3;

/** the label's tokens that name who speaks, `[from, to)`: past a kicker's dash, before `on`, `to` or `at` (headline only) */
function speakerRange(ctx: QuoteContext, first: number, colon: number, headline: boolean): [number, number] | null {
  const t = ctx.doc.tokens;
  let [from, to] = [first, colon];
  if (headline) {
    // `EXCLUSIVE – Roger Stone:`: a kicker before a dash stays out of the label
    for (let k = first; k < colon; k++) if (DASHES.has(t[k].text)) from = k + 1;
    // `Obama on Climate Change:`, `Clinton to Planned Parenthood:`: about what, to whom, where
    for (let k = from + 1; k < colon; k++)
      if (LABEL_ADDRESS_WORDS.has(t[k].lower)) {
        to = k;
        break;
      }
    // a story's paragraph labels with capitals only (`Mr. Trump:`), not a sentence's opening words (`In short:`)
  } else if (t.slice(first, colon).some((w) => !w.cap && w.text !== '-' && w.text !== '.' && !w.possessive)) return null;
  if (to <= from) return null;
  // `Carly Fiorina Endorses Ted Cruz:`, `Said Smith:`: a label holding a verb is a clause, not a name
  for (let k = from; k < colon; k++) if (cueAt(ctx, k) || ((t[k].pos === 'VERB' || t[k].pos === 'AUX') && !ctx.owner[k])) return null;
  // a person or a body the article names, the whole of the speaker's words (not a place: `Syria: Situation Report` names the topic)
  // (`Dr. Ben Carson:`, `Hacker Guccifer:`: a title or a description of up to DESCRIBED capitalised words before the name, no small word: not `Big Win For Bernie:`)
  const owner = ctx.owner[to - 1];
  let named = to - 1;
  while (named > from && ctx.owner[named - 1] === owner) named--;
  const described = t.slice(from, named).every((w) => (w.cap && !TITLE_CASE_SMALL.has(w.lower) && !NAME_SMALL_WORDS.has(w.lower)) || w.text === '.');
  if (owner && owner.type !== 'location' && named - from <= DESCRIBED && described) return [from, to];
  // `Poll:`, `Clinton camp:`, `Wash Post Fact-Check:`: a source's word closing a headline's label
  if (!headline) return null;
  // the label's last word as written, hyphens and all (`Fact-Check`), read back no further than the label's start
  const { view } = ctx.doc;
  const last = view.slice(Math.max(t[from].start, view.lastIndexOf(' ', t[to - 1].start) + 1), t[to - 1].end).toLowerCase();
  return HEADLINE_SOURCES.has(last) ? [from, to] : null;
}

/**
 * `Poll: Clinton and Trump in dead heat`, `Sanders: Clinton needs to get away from …`, `Obama on Climate Change: The Trends
 * Are ‘Terrifying.’`, a transcript's `FALLIN: Well, I think …`: a label opening a paragraph, before a colon, that names a
 * person or a body the article names reports what follows the colon as their statement; a headline's label may also be a
 * source's word (a poll, a report, a campaign: lexicon/speech.ts HEADLINE_SOURCES), open with a kicker before a dash, and
 * say with `on`, `to` or `at` about what, to whom or where, and its statement runs to the line's end, verb or no verb.
 * Not a label holding a verb (`Carly Fiorina Endorses Ted Cruz:`), a heading's (`The Latest:`), a place's (`Syria:`), nor a
 * quotation right after the colon, which the name-label sieve reads. PolNeAR marks a colon headline as an attribution 82
 * times in the 134 of its train split; the headline's label test keeps 63, of which 54 are (dev 8 of 8). One statement
 * per paragraph at most, with the colon's token
 */
export function labelStatements(ctx: QuoteContext): { j: number; s: Omit<Quote, 'id'> }[] {
  const { doc } = ctx;
  const t = doc.tokens;
  const headEnd = headlineEnd(doc);
  const out: { j: number; s: Omit<Quote, 'id'> }[] = [];
  for (const p of doc.paragraphs) {
    const s = doc.sentences[p.sentenceStart];
    if (!s) continue;
    const headline = headEnd >= 0 && p.index === 0;
    const reach = headline ? HEADLINE_LABEL : PARAGRAPH_LABEL;
    let colon = -1;
    for (let k = s.tokenStart + 1; k < s.tokenEnd && k <= s.tokenStart + reach; k++)
      if (t[k].text === ':') {
        colon = k;
        break;
      }
    if (colon < 0 || ctx.quoted[colon] || colon + 1 >= s.tokenEnd) continue;
    const range = speakerRange(ctx, s.tokenStart, colon, headline);
    if (!range) continue;
    // a headline's words run to its line's end, verb or no verb; a paragraph's to its clause's end, a clause
    let [a, b] = [colon + 1, colon + 1];
    if (headline) while (b < t.length && t[b].end <= headEnd) b++;
    else b = clauseEnd(ctx, a, s.tokenEnd);
    [a, b] = trimmed(t, [a, b]);
    while (b > a && (t[b - 1].text === '.' || t[b - 1].text === ';')) b--;
    const words = t.slice(a, b).filter((w) => !w.punct);
    if (words.length < MIN_WORDS || (!headline && !isContent(ctx, [[a, b]]))) continue;
    // `Trump: ‘We are going to win so much.’`: a quotation that is all the words is the name-label sieve's quote
    if (isMark(t[a]) && words.every((w) => ctx.quoted[w.index])) continue;
    const found = readSpeaker(ctx, range, t[a].start, 'reported:label');
    if (!found) continue;
    const [start, end] = [t[a].start, t[b - 1].end];
    const s2 = {
      text: doc.text.slice(start, end),
      start,
      end,
      kind: 'indirect' as const,
      speaker: found.speaker,
      cue: cueOf(doc, t[colon], t[colon]),
      nested: [],
    };
    out.push({ j: colon, s: s2 });
  }
  return out;
}
