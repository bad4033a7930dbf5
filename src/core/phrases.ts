import type { Token } from './types';

/** splits a lexicon phrase the way the tokenizer splits running text, near enough to match */
export const phraseTokens = (phrase: string): string[] =>
  phrase
    .replace(/[\u2019]/g, "'")
    .split(/\s+|(?=,)/)
    .flatMap((w) => (/\p{L}'s$/iu.test(w) ? [w.slice(0, -2), w.slice(-2)] : [w]))
    .filter(Boolean);

export interface PhraseMatch<V> {
  /** token range `[first, last]`, inclusive */
  first: number;
  last: number;
  value: V;
}

/**
 * a token trie over phrases: longest match at each position, left to right, no overlaps.
 * keys are compared with `key(token)` so callers choose case sensitivity.
 */
export class PhraseMatcher<V> {
  private readonly root = new Map<string, Node<V>>();
  constructor(private readonly key: (word: string) => string = (w) => w) {}

  add(phrase: string, value: V): void {
    const words = phraseTokens(phrase);
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

  match(tokens: readonly Token[]): PhraseMatch<V>[] {
    const out: PhraseMatch<V>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      let level = this.root;
      let best: PhraseMatch<V> | undefined;
      for (let j = i; j < tokens.length; j++) {
        const node = level.get(this.key(tokens[j].view));
        if (!node) break;
        if (j > i && tokens[j].sentence !== tokens[i].sentence) break;
        if (node.value !== undefined) best = { first: i, last: j, value: node.value };
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
