// the core of wink's model as dramatis ships it (src/document/wink-core.txt, written by
// scripts/build-wink-core.mjs) against the installed package's own loader: the same object, so the
// tokens, sentences and parts of speech cannot differ. Fails if the encoding loses anything, as it
// would for a new version of wink-eng-lite-web-model it does not know (every build rewrites the file).
import loadWinkCore from 'wink-eng-lite-web-model/dist/load-core-model.js';
import { loadCore } from '../src/document/wink-core';

describe('wink core model', () => {
  const ours = loadCore() as Record<string, unknown>;
  const theirs = (loadWinkCore as () => Record<string, unknown>)();

  type Lexeme = { list: string[]; hash: Record<string, number> };
  const lexemeOf = (model: Record<string, unknown>) => (model.features as { lexeme: Lexeme }).lexeme;

  test('every part equals what wink-eng-lite-web-model loads (the lexeme hash below)', () => {
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
    const withoutHash = (model: Record<string, unknown>): Record<string, unknown> => {
      const features = { ...(model.features as Record<string, unknown>), lexeme: { ...lexemeOf(model), hash: 'read below' } };
      return { ...model, features };
    };
    for (const part of Object.keys(theirs)) expect([part, withoutHash(ours)[part]]).toEqual([part, withoutHash(theirs)[part]]);
  });

  test('the lexeme hash answers as wink-eng-lite-web-model’s does, for every word and for words it lacks', () => {
    // ours finds the model's words on first reading (wink-core.ts, lexemeHash), so it is read, not compared as an object
    const a = lexemeOf(loadCore() as Record<string, unknown>).hash;
    const b = lexemeOf(theirs).hash;
    let differ = 0;
    for (const word of Object.keys(b)) if (a[word] !== b[word]) differ += 1;
    expect(differ).toBe(0);
    for (const word of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'not-a-word-wink-knows', ''])
      expect([word, a[word]]).toEqual([word, b[word]]);
    // a second reading, now of an own key, gives the same; a word it is taught is its own until deleted
    expect(a.the).toBe(b.the);
    a['a-word-a-text-taught'] = 7;
    expect(a['a-word-a-text-taught']).toBe(7);
    delete a['a-word-a-text-taught'];
    expect(a['a-word-a-text-taught']).toBeUndefined();
  });

  test('the packed lexicon, word for word', () => {
    const a = ours.lexicon as Uint32Array;
    const b = theirs.lexicon as Uint32Array;
    expect(a).toBeInstanceOf(Uint32Array);
    expect(a.length).toBe(b.length);
    let differ = 0;
    for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) differ += 1;
    expect(differ).toBe(0);
  });

  test('each call gives a fresh model: what one wink instance adds, the next does not see', () => {
    const first = loadCore() as { features: { lexeme: { list: string[]; hash: Record<string, number> } }; lexicon: Uint32Array };
    first.features.lexeme.list.push('a-word-a-text-taught');
    first.features.lexeme.hash['a-word-a-text-taught'] = 1;
    first.lexicon[0] = 12345;
    const second = loadCore() as typeof first;
    expect(second.features.lexeme.list).not.toContain('a-word-a-text-taught');
    expect(second.features.lexeme.hash['a-word-a-text-taught']).toBeUndefined();
    expect(second.lexicon[0]).toBe((theirs.lexicon as Uint32Array)[0]);
  });
});
