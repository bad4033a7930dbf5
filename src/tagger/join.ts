// greedy decoding closes a name on a word it knows alone ("Perth", a city) before it has read the
// next one ("Glory"), and then opens a second name there: two of its names side by side, one space
// apart in a sentence and both in title case, are one name ("Perth Glory", "Boston Bruins", "Cary
// Village Mall"). over the labelled sets (leave-one-corpus-out models) such a pair lies in one gold
// name 188 times and is two gold names 10 times. the name keeps the first part's type, the one the
// tagger read at the name's opening (the later parts' types did worse: 72.44 against 72.55 LOCO).
// A person's name and a one-word surname after its lowercase particles are one name too ("Luiz Inácio
// Lula da Silva", "Henrique Lopes de Mendonça": the decoder reads the surname as a place or a body), and a place's
// or a body's name in a Romance language over its particles ("Praça do Comércio", "Virrey de Lima", "Casa de Campo").
import { tokenOf, tokenRange } from '../core/tokens';
import type { Candidate, Doc, EntityType, Span, Token } from '../core/types';
import { CITY_WORD } from '../lexicon/gazetteer';
import { ROMANCE_PARTICLES, SURNAME_PARTICLES } from '../lexicon/names';
import { ROMANCE_PLACE_OPENERS } from '../lexicon/features';
import { isTitleOrHonorific } from '../lexicon/titles';
import { isEnglishWord } from '../document/wink';

/** a word in title case: a capital, then a lowercase letter ("Glory", "McCain"; not "NATO", "U.S.") */
const titleCase = (t: Readonly<Token>): boolean => t.cap && t.view !== t.view.toUpperCase();

/**
 * the most tokens a joined name may hold: real pairs are short ("Cary Village Mall"); a line of
 * capitalised words is no name of a thousand words
 */
const MAX_JOINED_TOKENS = 6;

/**
 * `b` follows `a` one space on in its sentence, and the words that meet are in title case; not
 * when a common noun follows both, which then stand as two names before it ("the OSCE Chechnya
 * mission", "the Malaysia Tourism board"), nor a lone "City", which mentions/city.ts joins to the
 * place before it as a city
 */
export function continues(doc: Doc, a: Span & { type?: EntityType }, b: Span): boolean {
  if (doc.text.slice(b.start, b.end) === CITY_WORD) return false;
  const [aFirst, aEnd] = tokenRange(doc.tokens, a);
  const [bFirst, bEnd] = tokenRange(doc.tokens, b);
  if (bEnd - aFirst > MAX_JOINED_TOKENS) return false;
  const person = a.type === 'person';
  const between = particlesBetween(doc, a, aEnd, bFirst, person ? SURNAME_PARTICLES : ROMANCE_PARTICLES);
  if (between < 0) return false;
  const last = doc.tokens[aEnd - 1];
  const first = doc.tokens[bFirst];
  if (bFirst !== aEnd + between || last.sentence !== first.sentence || !titleCase(last) || !titleCase(first)) return false;
  // `Lula da Silva`: over particles, a person's surname of one word; `Praça do Comércio`, `Paseo de la Reforma`: a place's
  // or a body's name of a word or two in a Romance language, a word on one side of the particles no English word (not
  // "Democrats do Trump a favour")
  if (between > 0 && (person ? bEnd - bFirst !== 1 : bEnd - bFirst > 2 || (isEnglishWord(last.lower) && isEnglishWord(first.lower)))) return false;
  const next = tokenOf(doc.tokens, bEnd);
  return !(next.pos === 'NOUN' && next.sentence === first.sentence);
}

/**
 * how many surname particles stand between `a` (ending before token `aEnd`) and token `bFirst`, each
 * one space apart (`Luiz Inácio Lula da Silva`, `Mark van der Berg`): 0 for one space and no word,
 * -1 for anything else between
 */
function particlesBetween(doc: Doc, a: Span, aEnd: number, bFirst: number, particles: ReadonlySet<string>): number {
  const t = doc.tokens;
  let end = a.end;
  let k = aEnd;
  for (; k < bFirst; k++) {
    if (!particles.has(t[k].view) || doc.text.slice(end, t[k].start) !== ' ') return -1;
    end = t[k].end;
  }
  return k - aEnd <= MAX_PARTICLES && doc.text.slice(end, t[bFirst]?.start ?? end) === ' ' ? k - aEnd : -1;
}

/** the most particles between a name and its surname: `de la`, `van der` */
const MAX_PARTICLES = 2;

const JOINED = '+joined';

/**
 * `Póvoa de Varzim`, `Comboios de Portugal`, `Casa de Narino`: a name the tagger opened on a lowercase Romance particle
 * leaves out the title-case word one space before it, which the particle joins on; not a title's or an honorific's
 * (`President de Klerk`, `Mr. de Vos`), nor an English word's (`Despite de Gaulle`). `Palácio da Bolsa`: a name after
 * particles the tagger left out with the place's head noun before them (lexicon/features.ts ROMANCE_PLACE_OPENERS).
 * The token of that word, or -1
 */
function headBeforeParticles(doc: Doc, c: Span): number {
  const t = doc.tokens;
  const [a, b] = tokenRange(t, c);
  let k = a;
  while (k < b && k < a + MAX_PARTICLES && ROMANCE_PARTICLES.has(t[k].view)) k++;
  // `Palácio da Bolsa`: the particles before the name, after a place's head noun the tagger left out
  let h = a - 1;
  if (k === a) while (h >= 0 && h >= a - MAX_PARTICLES && ROMANCE_PARTICLES.has(t[h].view) && spaced(doc, h)) h--;
  const head = t[h];
  if (k === b || !head || head.sentence !== t[a].sentence || !spaced(doc, h) || !titleCase(head)) return -1;
  if (k === a) return h < a - 1 && ROMANCE_PLACE_OPENERS.has(head.lower) ? h : -1;
  if (isTitleOrHonorific(head.lower) || (isEnglishWord(head.lower) && !ROMANCE_PLACE_OPENERS.has(head.lower))) return -1;
  return h;
}

/** one space between token `k` and the next */
const spaced = (doc: Doc, k: number): boolean => doc.text.slice(doc.tokens[k].end, doc.tokens[k + 1]?.start ?? 0) === ' ';

/** the tagger's names in text order, each pair it left side by side joined into one */
export function joinAdjacent(doc: Doc, names: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  // whether the last name out is a join already: a run of many names joins into one, whose reason says so once
  let joined = false;
  for (const c of names) {
    const prev = out.at(-1);
    const head = headBeforeParticles(doc, c);
    if (head >= 0) {
      // the head word ends the name before, which goes on over the particles; or it opens this one
      const start = doc.tokens[head].start;
      if (prev && prev.end === doc.tokens[head].end) out[out.length - 1] = { ...prev, end: c.end, reason: joined ? prev.reason : `${prev.reason}${JOINED}` };
      else out.push({ ...c, start, reason: `${c.reason}${JOINED}` });
      joined = true;
      continue;
    }
    if (prev && continues(doc, prev, c)) {
      out[out.length - 1] = { ...prev, end: c.end, reason: joined ? prev.reason : `${prev.reason}${JOINED}` };
      joined = true;
    } else {
      out.push(c);
      joined = false;
    }
  }
  return out;
}
