import { patternCandidates } from '../src/candidates/patterns';
import { buildDocument } from '../src/document';

const features = (text: string) =>
  patternCandidates(buildDocument(text))
    .filter((c) => c.reason === 'pattern:named-feature')
    .map((c) => `${text.slice(c.start, c.end)}:${c.kind ?? ''}`);

describe('named-feature rule', () => {
  it.each([
    ['in the Philadelphi corridor today', ['Philadelphi corridor:feature']],
    ['at the Rafah crossing today', ['Rafah crossing:feature']],
    ['settlers in the West Bank said', ['West Bank:region']],
    ['ships in the Red Sea', ['Red Sea:water']],
    ['the Golan Heights', ['Golan Heights:feature']],
    ['flights from Belgrade airport', ['Belgrade:']],
    ['floods in Jiangsu province', ['Jiangsu:region']],
    ['across the Iranian border', []],
    ['the Jewish state', []],
    ['the National Bank said', []],
    ['First Union bank said', []],
    ['the Central Jakarta District Court', []],
    ['the Faroe Islands', ['Faroe Islands:feature']],
  ])('%j → %j', (text, want) => {
    expect(features(text)).toEqual(want);
  });
});
