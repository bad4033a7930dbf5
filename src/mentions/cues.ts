import { descriptionHead, isVerbal, tokenOf, tokenRange } from '../core/tokens';
import type { Doc, Span, Token } from '../core/types';
import { ARTICLES, COPULAS } from '../lexicon/function-words';
import { appositiveHead } from '../candidates/described';
import { placeOf } from '../lexicon/gazetteer';
import { DIRECTIONS } from '../lexicon/features';
import { inClass, isFirstName } from '../lexicon/known-phrases';
import { isAcronymText } from '../lexicon/name-forms';
import { TYPE_CUES, typeCueIndex, type TypeCue } from '../lexicon/type-cues';
import { ROMANCE_PARTICLES } from '../lexicon/names';

/** a known place's name, not one the lexicon knows as a body's too ("Toyota", a city and the company: "a stake in Toyota") */
const placeOnly = (name: string): boolean => !!placeOf(name) && !inClass(name.toLowerCase(), 'org');

const UNLESS: Record<TypeCue['unless'][number], (name: string, next: Readonly<Token>) => boolean> = {
  place: placeOnly,
  unplaced: (name) => !placeOf(name),
  country: (name) => placeOf(name)?.kind === 'country',
  land: (name) => {
    const kind = placeOf(name)?.kind;
    return kind === 'country' || kind === 'region';
  },
  acronym: isAcronymText,
  clause: (_, next) => isVerbal(next),
  personal: (name) => {
    const space = name.indexOf(' ');
    return space > 0 && isFirstName(name.slice(0, space).toLowerCase());
  },
  phrase: (name) => name.includes(' '),
  direction: (name) => DIRECTIONS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase()),
};

/** a name ends its phrase when no possessive or noun follows it: not "said Toyota spokesman", "said Apple's CEO" */
const endsPhrase = (doc: Doc, last: number) => {
  const next = tokenOf(doc.tokens, last + 1);
  return !next.possessive && next.pos !== 'NOUN' && next.pos !== 'PROPN';
};

/** the words of `tokens [from, from + n)` match the cue's words */
const wordsAt = (doc: Doc, from: number, words: readonly string[]) => {
  for (let k = 0; k < words.length; k++) if (tokenOf(doc.tokens, from + k).lower !== words[k]) return false;
  return true;
};
/**
 * the cue's words end right before token `a`, and no article makes a one-word cue an adjective ("the
 * said Congress"); a phrase ending in its preposition reads the same after one ("the CEO of Acme")
 */
const before = (doc: Doc, a: number, words: readonly string[]) =>
  wordsAt(doc, a - words.length, words) && (words.length > 1 || !ARTICLES.has(tokenOf(doc.tokens, a - 2).lower));

/** what a clause's subject follows (when it does not open its sentence, after a heading's last word too): nothing, a stop or comma, a conjunction, an adverb ("Later Byron fell"); not "told Reuters he", "the group Hamas and said" */
const SUBJECT_AFTER = new Set(['', 'PUNCT', 'CCONJ', 'SCONJ', 'ADV']);

/**
 * the cue's (last) word stands within `reach` lowercase words after token `b`, in its clause, and the name
 * from `a` is a clause's subject; a cue of two words has its first right after the name, and the reach
 * counts from the word after that
 */
const reaches = (doc: Doc, a: number, b: number, c: TypeCue): boolean => {
  const subject = doc.tokens[a].opensSentence || SUBJECT_AFTER.has(tokenOf(doc.tokens, a - 1).pos);
  if (!subject || !endsPhrase(doc, b - 1)) return false;
  const sentence = tokenOf(doc.tokens, b - 1).sentence;
  const from = c.words.length > 1 ? b + 1 : b;
  if (from > b && tokenOf(doc.tokens, b).lower !== c.words[0]) return false;
  for (let i = from; i < from + c.reach!; i++) {
    const t = tokenOf(doc.tokens, i);
    if (t.sentence !== sentence || t.cap || (t.punct && !t.possessive)) return false;
    if (t.lower === c.words[c.words.length - 1]) return true;
  }
  return false;
};

/**
 * the head noun of what the sentence the name opens says it is: "Zentrova is a Danish maker of pumps"
 * → `maker`, "The Brinmouth Rovers are an English band" → `band`; or of the appositive set off after
 * it, "Velmora, the Norwegian airline, said" → `airline` (appositiveHead)
 */
function definedAs(doc: Doc, a: number, b: number): string | null {
  const t = doc.tokens;
  const opens = t[a].opensSentence || (ARTICLES.has(tokenOf(t, a - 1).lower) && tokenOf(t, a - 1).opensSentence);
  const head =
    opens && COPULAS.has(tokenOf(t, b).lower) && ARTICLES.has(tokenOf(t, b + 1).lower) ? descriptionHead(t, b + 2, t[a].sentence) : appositiveHead(t, a, b);
  return head >= 0 ? t[head].lower : null;
}

/** how many more names a list after a name may hold: `Ras Al Ain, Tell Abiad and Ein Issa towns` */
const LIST_NAMES = 6;
/** how many words each of those names may run: a line of capitalised words is no name of the list, and each span reads a bounded stretch */
const LIST_NAME_WORDS = 6;

/** a name's word: capitalised, or joined to the word before it with no space (`Deir-ez-Zor`) */
const nameWord = (t: readonly Token[], k: number) =>
  t[k].cap || (k > 0 && t[k - 1].end === t[k].start && !t[k].punct) || (t[k].text === '-' && t[k - 1]?.end === t[k].start);

/**
 * after a name ending at token `b`, the token after the names coordinated with it (`, Tell Abiad and Ein
 * Issa`, `and Hasakeh`), the list closed by `and` or `or`; `b` when no such list follows
 */
function afterList(doc: Doc, b: number): number {
  const t = doc.tokens;
  const sentence = tokenOf(t, b - 1).sentence;
  let k = b;
  for (let n = 0; n < LIST_NAMES; n++) {
    const sep = tokenOf(t, k);
    const comma = sep.text === ',';
    if (!comma && sep.lower !== 'and' && sep.lower !== 'or') return b;
    const conj = !comma || t[k + 1]?.lower === 'and' || t[k + 1]?.lower === 'or';
    let e = comma && conj ? k + 2 : k + 1;
    const start = e;
    while (e < t.length && e - start <= LIST_NAME_WORDS && t[e].sentence === sentence && nameWord(t, e)) e++;
    if (e === start || e - start > LIST_NAME_WORDS || !t[start].cap) return b;
    if (conj) return e;
    k = e;
  }
  return b;
}

/**
 * before a name opening at token `a`, the first token of the list of names coordinated with it that it closes or goes on
 * (`Matosinhos, Maia and` before `Gondomar`), the list opened after a word that is no name's; `a` when none
 */
function listStart(doc: Doc, a: number): number {
  const t = doc.tokens;
  const sentence = t[a].sentence;
  // a name's words, and its lowercase particles between them (`Vila Nova de Gaia`)
  const inName = (j: number) => (nameWord(t, j) && t[j].cap) || (ROMANCE_PARTICLES.has(t[j].view) && j > 0 && t[j - 1].cap);
  let k = a;
  for (let n = 0; n < LIST_NAMES; n++) {
    let e = k - 1;
    if (tokenOf(t, e).lower === 'and' || tokenOf(t, e).lower === 'or') e--;
    if (tokenOf(t, e).text === ',') e--;
    if (e === k - 1 || e < 0 || t[e].sentence !== sentence) return k;
    let s = e;
    while (s > 0 && e - s < LIST_NAME_WORDS && t[s - 1].sentence === sentence && inName(s - 1)) s--;
    if (!t[s].cap || !nameWord(t, e)) return k;
    k = s;
  }
  return k;
}

/** `Pakistan Tehreek-e-Insaf (PTI) party`: the token after the name's acronym in brackets right after it, or `b` */
function afterAcronym(doc: Doc, b: number): number {
  const t = doc.tokens;
  return t[b]?.text === '(' && t[b + 2]?.text === ')' && isAcronymText(t[b + 1].text) && t[b + 2].sentence === t[b].sentence ? b + 3 : b;
}

/**
 * the cue's words stand where it says; `at` is the token an `after` cue reads from (afterAcronym), `listEnd` the token
 * after the names coordinated with the span (afterList)
 */
const matches = (doc: Doc, a: number, b: number, c: TypeCue, defined: string | null, at: number, listEnd: number, listFrom: number): boolean => {
  if (c.side === 'defined') return defined === c.words[0];
  if (c.reach) return reaches(doc, a, b, c);
  if (c.side === 'after')
    return (
      (wordsAt(doc, at, c.words) && (!c.closes || endsPhrase(doc, at + c.words.length - 1))) || (!!c.list && listEnd !== b && wordsAt(doc, listEnd, c.words))
    );
  return (before(doc, a, c.words) || (!!c.list && listFrom !== a && before(doc, listFrom, c.words))) && endsPhrase(doc, b - 1);
};

/** the cues of TYPE_CUES in the words around a span, in table order */
export function typeCuesAround(span: Span, doc: Doc): TypeCue[] {
  const [a, b] = tokenRange(doc.tokens, span);
  if (b <= a) return [];
  const at = afterAcronym(doc, b);
  const next = tokenOf(doc.tokens, at);
  const index = typeCueIndex();
  const head = definedAs(doc, a, b);
  // the rows whose words stand there (few), then in table order: no copy of every candidate row
  const rows: number[] = [];
  // `Raqqa and Hasakeh governorates`: a plural cue after a list of names coordinated with this one
  const listEnd = afterList(doc, b);
  const listed = listEnd !== b ? index.after.get(tokenOf(doc.tokens, listEnd).lower) : undefined;
  // `cities like Matosinhos, Maia and Gondomar`: a cue before the list of names this one goes on
  const listFrom = listStart(doc, a);
  const listedAfter = listFrom !== a ? index.before.get(tokenOf(doc.tokens, listFrom - 1).lower) : undefined;
  for (const list of [
    index.always,
    index.before.get(tokenOf(doc.tokens, a - 1).lower),
    index.after.get(next.lower),
    listed?.filter((k) => TYPE_CUES[k].list),
    listedAfter?.filter((k) => TYPE_CUES[k].list),
    head !== null ? index.defined.get(head) : undefined,
  ]) {
    if (list) for (const k of list) if (matches(doc, a, b, TYPE_CUES[k], head, at, listEnd, listFrom)) rows.push(k);
  }
  rows.sort((x, y) => x - y);
  const out: TypeCue[] = [];
  for (const k of rows) {
    const c = TYPE_CUES[k];
    const name = doc.view.slice(span.start, span.end);
    if (!c.unless.some((u) => UNLESS[u](name, next))) out.push(c);
  }
  return out;
}
