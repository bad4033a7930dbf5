import { buildDocument } from '../src/document';
import { findCues } from '../src/quotes/cues';

/** the cue starting at the word `at` of `text`, as the cue table records it */
function cueIn(text: string, at: string) {
  const doc = buildDocument(text);
  const j = doc.tokens.findIndex((t) => t.lower === at);
  return findCues(doc, [])[j];
}

describe('the cue table: each cue found once, with what the sieves ask of it', () => {
  it.each([
    ['a subject before a verb of saying', "Sa'ar said the talks had failed.", 'said', { length: 1, frame: 'finite', inverts: true }],
    ['a verb that takes who is spoken of', 'The senator blasted the plan on Monday.', 'blasted', { frame: 'finite', inverts: false }],
    ['a source after its words', 'The talks failed, according to a source.', 'according', { length: 2, frame: 'source-first', participle: true }],
    ['a passive verb', 'The plan was described by aides as a failure.', 'described', { frame: 'passive' }],
    ['a participle with a that-clause', 'He left, claiming that it was rigged.', 'claiming', { frame: 'non-finite', participle: true, clausal: true }],
    ['an infinitive', 'She took to Twitter to accuse her rival.', 'accuse', { frame: 'non-finite', participle: false }],
    ['a loose cue', 'The sign read a warning.', 'read', { loose: true }],
  ])('%s', (_why, text, at, fields) => {
    expect(cueIn(text, at)).toMatchObject(fields);
  });

  it('records nothing at a word that is no cue', () => {
    expect(cueIn('The talks failed on Monday.', 'failed')).toBeUndefined();
  });

  it('records no cue under "without": nobody says anything', () => {
    expect(cueIn('He left without saying a word.', 'saying')).toBeUndefined();
  });
});
