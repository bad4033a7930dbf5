import winkNLP from 'wink-nlp';
import { winkModel as model } from './wink-model';

type Wink = ReturnType<typeof winkNLP>;

/** wink's tokens as columns: token i is values[i], its part of speech pos[i], its kind types[i] */
export interface WinkOutput {
  values: string[];
  pos: string[];
  types: string[];
  /** inclusive token index ranges, one per sentence */
  sentences: Array<[number, number]>;
}

/** one of the model's value tables: `hash` maps a value to its index in `list` */
interface ValueTable {
  hash: Record<string, number>;
  list: string[];
  index: number;
  intrinsicSize?: number;
  /** the largest index the packed lexicon has bits for */
  maxIndex?: number;
}

interface CoreModel {
  features: Record<string, ValueTable>;
}

/**
 * wink's lexicon grows with every new word it reads, process-wide, and its tokeniser asks that
 * lexicon whether a piece of text is a known word: "r13Hj.." splits as `r13Hj . .` until some
 * text has taught it "..", and `r13Hj ..` after. So an answer would depend on what the process
 * read before, and memory would grow with every new name. A session forgets, after every
 * document, the words that document taught (their keys in the lexeme table) that could change
 * a later split, so each text is tokenised as against the model's own lexicon alone. It keeps
 * words of ASCII letters only ("Netanyahu"): the tokeniser never splits such a piece, known or
 * not, and reads it the same either way, so knowing it changes no answer, and relearning it in
 * every text cost a tenth of the run time. What it cannot forget (wink's packed rows for new
 * words, the ids of new prefixes, suffixes and shapes) it bounds: past LEXEME_BUDGET new rows,
 * or with a value table near the bits its packing has, the session starts afresh.
 */
const LEXEME_BUDGET = 40_000;

/** a word wink may keep between texts (see above): its tokeniser takes such a piece whole, known or not */
const KEPT_WORD = /^[A-Za-z]+$/;
/** whether a word a text taught wink must be forgotten after the text */
const mustForget = (word: string): boolean => !KEPT_WORD.test(word);

type CerMeta = Record<string, unknown>;
const loadCerMeta = (model as unknown as { metaCER(): CerMeta }).metaCER;
/**
 * wink's CER meta model, read once: its loader serialises a module-level value and keeps the
 * result in the same variable, so every new instance would serialise the string again, doubling
 * its escapes, until it no longer fits in a string (a RangeError after some 25 instances)
 */
let cerMeta: CerMeta | undefined;
/** the share of a packed value table's room after which a session starts afresh before reading */
const TABLE_ROOM = 0.75;

class WinkSession {
  private readonly nlp: Wink;
  private readonly core: CoreModel;
  /** documents read; the first one runs on the model exactly as loaded */
  private reads = 0;

  constructor() {
    let core: CoreModel | undefined;
    // wink copies the model's tables for each instance; keep a handle on this instance's copy
    const wrapped = {
      ...model,
      core: () => (core = (model as unknown as { core(): CoreModel }).core()),
      metaCER: (): CerMeta => ({ ...(cerMeta ??= loadCerMeta()) }),
    };
    this.nlp = winkNLP(wrapped as unknown as Parameters<typeof winkNLP>[0], ['sbd', 'pos']);
    if (!core) throw new Error('wink-nlp did not load its core model');
    this.core = core;
  }

  private get lexeme(): ValueTable {
    return this.core.features.lexeme;
  }

  /** the packed tables whose ids wink stores in a fixed number of bits (prefix, suffix, shape) */
  private packedTables(): ValueTable[] {
    return Object.values(this.core.features).filter((f) => typeof f.maxIndex === 'number' && f.maxIndex > 0);
  }

  /** whether the session has used up the room it has for new words and values */
  worn(): boolean {
    const lexeme = this.lexeme;
    if (lexeme.index - (lexeme.intrinsicSize ?? lexeme.index) > LEXEME_BUDGET) return true;
    return this.packedTables().some((f) => f.index > (f.maxIndex as number) * TABLE_ROOM);
  }

  /** whether some id went past the bits wink packs it in while reading (then its rows are garbled) */
  private overflowed(): boolean {
    return this.packedTables().some((f) => f.index - 1 > (f.maxIndex as number));
  }

  /** whether wink's model knows the lowercase word from its own English lexicon, not from a text read since */
  knows(lower: string): boolean {
    const lexeme = this.lexeme;
    const i = lexeme.hash[lower];
    return i !== undefined && i < (lexeme.intrinsicSize ?? lexeme.index);
  }

  get fresh(): boolean {
    return this.reads === 0;
  }

  /** words texts taught wink, still known, that could change a later tokenisation (0 between reads) */
  remembered(): number {
    const lexeme = this.lexeme;
    let n = 0;
    for (let i = lexeme.intrinsicSize ?? lexeme.index; i < lexeme.index; i++) if (lexeme.hash[lexeme.list[i]] === i && mustForget(lexeme.list[i])) n++;
    return n;
  }

  /** reads one text; null when the text overflowed a table of a session that was not fresh */
  read(text: string): WinkOutput | null {
    const lexeme = this.lexeme;
    const mark = lexeme.index;
    const wasFresh = this.fresh;
    this.reads++;
    try {
      const its = this.nlp.its;
      const doc = this.nlp.readDoc(text);
      const values = doc.tokens().out(its.value) as string[];
      const pos = doc.tokens().out(its.pos) as string[];
      const types = doc.tokens().out(its.type) as string[];
      const sentences = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
      if (!wasFresh && this.overflowed()) return null;
      return { values, pos, types, sentences };
    } finally {
      // forget the words this text taught that could change a split: keys added since `mark` (the model's own are never removed)
      for (let i = mark; i < lexeme.index; i++) {
        const word = lexeme.list[i];
        if (lexeme.hash[word] === i && mustForget(word)) delete lexeme.hash[word];
      }
    }
  }
}

let session: WinkSession | undefined;

/** a new session, the old one let go first (two copies of wink's model need not live at once) */
export function startWinkSession(): WinkSession {
  session = undefined;
  session = new WinkSession();
  return session;
}

/** wink-nlp with its English model, loaded on first use so importing dramatis stays cheap */
function currentSession(): WinkSession {
  return !session || session.worn() ? startWinkSession() : session;
}

/**
 * wink's tokens, POS tags and sentences for `text`; the same for the same text whatever the
 * process read before (see WinkSession)
 */
export function readWithWink(text: string): WinkOutput {
  const out = currentSession().read(text);
  if (out) return out;
  return startWinkSession().read(text) as WinkOutput;
}

/**
 * an English word wink's model knows ("paramedic", "undeterred", "chapman"): its lexicon of some
 * 85,000 words, common nouns, verbs and adjectives with names that are common words too ("Smith",
 * "Trump"), and no name that is only a name ("Zelenskyy", "Gazprom"). Asks the model's own rows,
 * which every session has alike, so the answer never depends on what the process read before, and
 * asks the session there is: a worn one is renewed by the next read, not by a question
 */
export const isEnglishWord = (lower: string): boolean => (session ?? currentSession()).knows(lower);

/**
 * a plural of an English word ("Paramedics", "Lawmakers", "Companies", "Gunmen"): a common noun the lexicon has in
 * the singular only; a `-man` noun's `-men` too ("Gunmen", "Policemen"; of names so ending, only "Yemen", "Carmen",
 * "Bremen", none of whose `-man` forms is an English word)
 */
export const englishPlural = (lower: string): boolean =>
  (lower.endsWith('s') &&
    (isEnglishWord(lower.slice(0, -1)) ||
      (lower.endsWith('es') && isEnglishWord(lower.slice(0, -2))) ||
      (lower.endsWith('ies') && isEnglishWord(`${lower.slice(0, -3)}y`)))) ||
  (lower.endsWith('men') && lower.length > 4 && isEnglishWord(`${lower.slice(0, -3)}man`));

/** for tests: how many words read so far wink would still know that could change a tokenisation (0: the session forgets them) */
export const winkWordsRemembered = (): number => session?.remembered() ?? 0;
