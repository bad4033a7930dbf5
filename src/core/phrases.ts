import type { Token } from './types';

const POSSESSIVE = /\p{L}'s$/iu;

/** splits a lexicon phrase the way the tokenizer splits running text, near enough to match */
export function phraseTokens(phrase: string): string[] {
  const out: string[] = [];
  for (const w of phrase.replace(/\u2019/g, "'").split(/\s+|(?=,)/)) {
    if (!w) continue;
    // a possessive is its own token; the cheap test first, as a caller's lexicon may hold 100k names
    if (w.length > 2 && w[w.length - 2] === "'" && POSSESSIVE.test(w)) out.push(w.slice(0, -2), w.slice(-2));
    else out.push(w);
  }
  return out;
}

/** a hyphen between two letters or digits of one word, kept as a token of its own by the split ("Zyx-Qor" → Zyx, -, Qor) */
const INNER_HYPHEN = /(?<=[\p{L}\p{N}])(-)(?=[\p{L}\p{N}])/u;

/**
 * the token sequences a phrase may stand as in running text: as `phraseTokens` splits it, and, when a
 * word holds a hyphen, with such words split at their hyphens too, as the tokenizer splits a compound
 * its model does not know ("Saxony-Anhalt", "Zyx-Qor") and keeps one it knows ("X-ray", "F-16")
 */
export function phraseForms(phrase: string): string[][] {
  const words = phraseTokens(phrase);
  if (!words.some((w) => INNER_HYPHEN.test(w))) return [words];
  return [words, words.flatMap((w) => w.split(INNER_HYPHEN))];
}

/** a phrase's characters without its spaces, as `tokensSpelling` reads a match: "Zyx-Qor" however it was split */
export const phraseSpelling = (phrase: string): string => phrase.replace(/\u2019/g, "'").replace(/\s+/g, '');

/** the characters of tokens `[first, last]`, their views run together */
export function tokensSpelling(tokens: readonly Token[], first: number, last: number): string {
  let out = '';
  for (let k = first; k <= last; k++) out += tokens[k].view;
  return out;
}

export interface PhraseMatch<V> {
  /** token range `[first, last]`, inclusive */
  first: number;
  last: number;
  value: V;
}

/**
 * a token trie over phrases: longest match at each position, left to right, no overlaps.
 * keys are compared with `key(token)` so callers choose case sensitivity; `fits` can refuse a
 * value for the tokens it would cover (a case-sensitive phrase in a trie keyed on lowercase).
 */
export class PhraseMatcher<V> {
  private readonly root = new Map<string, Node<V>>();
  constructor(private readonly key: (word: string) => string = (w) => w) {}

  add(phrase: string, value: V): void {
    this.addWords(phraseTokens(phrase), value);
  }

  /** `add` for a phrase already split by `phraseTokens`; the first value given a phrase stays */
  addWords(words: readonly string[], value: V): void {
    if (!words.length) return;
    let level = this.root;
    let node: Node<V> | undefined;
    for (const w of words) {
      const k = this.key(w);
      node = level.get(k);
      if (!node) level.set(k, (node = { next: new Map() }));
      level = node.next;
    }
    if (node && node.value === undefined) node.value = value;
  }

  match(tokens: readonly Token[], fits: (value: V, first: number, last: number) => boolean = () => true): PhraseMatch<V>[] {
    const out: PhraseMatch<V>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      let level = this.root;
      let best: PhraseMatch<V> | undefined;
      for (let j = i; j < tokens.length; j++) {
        const node = level.get(this.key(tokens[j].view));
        if (!node) break;
        if (j > i && tokens[j].sentence !== tokens[i].sentence) break;
        if (node.value !== undefined && fits(node.value, i, j)) best = { first: i, last: j, value: node.value };
        level = node.next;
      }
      if (best) {
        out.push(best);
        i = best.last;
      }
    }
    return out;
  }
}

interface Node<V> {
  next: Map<string, Node<V>>;
  value?: V;
}
