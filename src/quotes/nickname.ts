import type { Token } from '../core/types';
import { tokenRange } from '../core/tokens';
import { opensTitleCase } from '../lexicon/name-forms';

/** `Marcia “Cia” Price`: a one-word quote between a first and a last name is a nickname, part of the name */
export function nicknameAt(t: readonly Token[], quoted: readonly boolean[], q: { start: number; end: number }): boolean {
  const [a, b] = tokenRange(t, q);
  // marks that hold no token (`『»0. “a.” Путин«』` at the text's end) name no one
  if (b <= a) return false;
  const cap = (i: number) => !!t[i] && !quoted[i] && opensTitleCase(t[i].text) && t[i].sentence === t[a].sentence;
  return b - a <= 3 && cap(a - 1) && cap(b) && t[a - 1].pos === 'PROPN';
}
