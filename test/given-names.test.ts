import nlp from 'compromise';
import { FIRST_GENDERS, FIRST_NAME_COUNT } from '../src/lexicon/first-genders';
import { givenNameGender, givenNames } from '../src/lexicon/known-phrases';

// first-genders.ts is generated from the gazetteer's given names and compromise's lexicon: a
// retraining that rewrites gazetteer.txt, or a compromise upgrade, must regenerate it
const REGENERATE = 'run `node scripts/build-first-genders.mjs`';

describe('given names and their gender', () => {
  it(`lines up with the gazetteer's given names (else ${REGENERATE})`, () => {
    expect({ names: givenNames().length, letters: FIRST_GENDERS.length }).toEqual({ names: FIRST_NAME_COUNT, letters: FIRST_NAME_COUNT });
  });

  it(`says what compromise's lexicon says of each name (else ${REGENERATE})`, () => {
    const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
    const wrong = givenNames().filter((name) => {
      const tags = [lexicon[name] ?? []].flat();
      const [male, female] = [tags.includes('MaleName'), tags.includes('FemaleName')];
      return givenNameGender(name) !== (male === female ? undefined : male ? 'male' : 'female');
    });
    expect(wrong).toEqual([]);
  });

  it.each([
    ['mary', 'female'],
    ['john', 'male'],
    ['yvette', 'female'],
    ['enver', undefined],
    ['smith', undefined],
    ['Mary', undefined], // lowercase only: the caller lowers
  ])('%s is %s', (name, gender) => {
    expect(givenNameGender(name)).toBe(gender);
  });
});
