import { MEMO_LIMIT, memoised } from '../src/core/memo';
import { nameKey } from '../src/core/names';

describe('memoised', () => {
  it('computes each argument once while it holds fewer than its limit', () => {
    const calls: string[] = [];
    const upper = memoised((s) => (calls.push(s), s.toUpperCase()), 3);
    expect([upper('a'), upper('b'), upper('a'), upper('b')]).toEqual(['A', 'B', 'A', 'B']);
    expect(calls).toEqual(['a', 'b']);
  });

  it('forgets everything past its limit, so memory stays bounded, and computes the same value again', () => {
    const calls: string[] = [];
    const upper = memoised((s) => (calls.push(s), s.toUpperCase()), 3);
    for (const s of ['a', 'b', 'c', 'd', 'a']) upper(s);
    // 'd' found the memo full and cleared it, so 'a' is computed again
    expect(calls).toEqual(['a', 'b', 'c', 'd', 'a']);
    expect(upper('a')).toBe('A');
  });

  it('nameKey gives the same key after more names than the memo holds', () => {
    const first = nameKey('The  Rt’s');
    for (let i = 0; i < MEMO_LIMIT + 10; i++) nameKey(`Name ${i}`);
    expect(nameKey('The  Rt’s')).toBe(first);
    expect(first).toBe('rt');
  });
});
