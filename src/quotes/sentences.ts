import type { Doc, Sentence, Token } from '../core/types';

/** how many tokens a party-and-state label's state may take: `S . C.`, `N.Y.`, `Texas` */
const STATE_REACH = 5;

/**
 * `Sen. Lindsey Graham, R-S.C., said the bill was dead.`: the sentence splitter ends a sentence at the stop inside a
 * lawmaker's party-and-state label set off by commas ("S." of "R-S.C."), which leaves the verb after it no subject.
 * Whether the boundary before token `b` lies inside one: a comma, a party's letter and a hyphen before it, a comma
 * after it, and between them only the state's capitalised pieces and stops
 */
function inPartyLabel(t: readonly Token[], b: number): boolean {
  let dash = -1;
  for (let p = b - 1; p >= 2 && p >= b - STATE_REACH; p--) {
    if (t[p].text === '-') {
      dash = p;
      break;
    }
  }
  if (dash < 0 || !/^[DRI]$/.test(t[dash - 1].text) || t[dash - 2].text !== ',') return false;
  for (let q = dash + 1; q < t.length && q <= b + STATE_REACH; q++) {
    if (t[q].text === ',') return q >= b;
    // before the break a state's word or its abbreviation ("Ky.", "N.Y"), after it only an abbreviation's last letter ("C.")
    if (t[q].text !== '.' && !(q < b ? /^[A-Z][A-Za-z.]*$/ : /^[A-Z]\.?$/).test(t[q].text)) return false;
  }
  return false;
}

/**
 * the document as the quotes stage reads its sentences: those a party-and-state label broke joined again; the
 * document itself when none did (the usual case, no copy)
 */
export function joinLabelBreaks(doc: Doc): Doc {
  const t = doc.tokens;
  const joins = new Set<number>();
  for (const s of doc.sentences) if (s.index > 0 && s.paragraph === doc.sentences[s.index - 1].paragraph && inPartyLabel(t, s.tokenStart)) joins.add(s.index);
  if (!joins.size) return doc;
  // each old sentence's new index: one less for every join at or before it
  const renumber: number[] = [];
  let shift = 0;
  for (const s of doc.sentences) {
    if (joins.has(s.index)) shift++;
    renumber.push(s.index - shift);
  }
  const sentences: Sentence[] = [];
  for (const s of doc.sentences) {
    const last = sentences.at(-1);
    if (joins.has(s.index) && last) sentences[sentences.length - 1] = { ...last, end: s.end, tokenEnd: s.tokenEnd };
    else sentences.push({ ...s, index: renumber[s.index] });
  }
  const tokens = t.map((x, k) => {
    const moved = { ...x, sentence: renumber[x.sentence] };
    // the word after the broken stop no longer opens a sentence
    if (x.opensSentence && joins.has(x.sentence) && k >= doc.sentences[x.sentence].tokenStart) moved.opensSentence = false;
    return moved;
  });
  const paragraphs = doc.paragraphs.map((p) => ({ ...p, sentenceStart: renumber[p.sentenceStart], sentenceEnd: renumber[p.sentenceEnd - 1] + 1 }));
  return { ...doc, tokens, sentences, paragraphs };
}
