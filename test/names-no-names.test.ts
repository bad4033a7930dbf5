import { expectLabels, type NameRow } from './names-helpers';

// words a tagger reads as names that name nothing (lexicon/not-names.ts, mentions/openers.ts, mentions/trim.ts)
describe('what is no name is not reported', () => {
  it.each<NameRow>([
    [
      'holidays are days, not bodies or places',
      'Shops in London were busy before Christmas, and many families plan to travel at Easter.',
      ['location:London/city'],
      ['organization:Christmas', 'location:Easter', 'location:Christmas'],
    ],
    [
      'a holiday inside a place name stays: Christmas Island',
      'Flights to Christmas Island resumed on Monday, officials in Canberra said.',
      ['location:Christmas Island'],
      [],
    ],
    [
      'measures are no organisations',
      'The company’s EBITDA rose 12% and GDP growth in Germany slowed, the IMF said.',
      ['location:Germany/country', 'organization:IMF'],
      ['organization:EBITDA', 'organization:GDP'],
    ],
    [
      'wire furniture names nothing; a credit line’s words are no part of the names after them',
      'PHOTO: Protesters gather in Paris. Slideshow (5 images) The French government said on Monday it would raise the pension age.\nReporting by Marie Dupont; Editing by John Stonestreet',
      ['location:Paris/city', 'person:John Stonestreet', 'person:Marie Dupont'],
      ['person:Slideshow', 'person:Editing by John Stonestreet', 'organization:PHOTO'],
    ],
    [
      'a one-word quoted reply is words, not its speaker',
      '“Hey, it’s fine,” Mark Jones said. “Great,” said Meryl Streep. “Fine,” said Tom Hanks.',
      ['person:Mark Jones', 'person:Meryl Streep', 'person:Tom Hanks'],
      ['person:Great', 'person:Fine', 'person:Hey'],
    ],
    // must stay: a place the gazetteer knows, said as a reply
    [
      'a known place said as a reply stays a place',
      '“Where next?” she was asked. “Paris,” said Anna Berg, smiling.',
      ['location:Paris/city', 'person:Anna Berg'],
      [],
    ],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));
});
