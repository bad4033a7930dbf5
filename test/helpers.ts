import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, type Extraction, type Options } from '../src';

export const FIXTURES = join(__dirname, '..', 'fixtures');

export const fixtureTexts = (): Array<[string, string]> =>
  readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [f, readFileSync(join(FIXTURES, f), 'utf8')]);

/** every span the result returns, with where it sits, for the slice invariant */
export function allSpans(r: Extraction): Array<{ where: string; start: number; end: number; text: string }> {
  const out: Array<{ where: string; start: number; end: number; text: string }> = [];
  for (const key of ['actors', 'organizations', 'locations'] as const) {
    for (const e of r[key]) {
      for (const m of e.mentions) out.push({ where: `${key}:${e.name}`, ...m });
      if ('titles' in e) for (const t of e.titles) out.push({ where: `title:${e.name}`, ...t });
    }
  }
  for (const q of r.quotes) {
    out.push({ where: `quote:${q.id}`, start: q.start, end: q.end, text: q.text });
    if (q.cue) out.push({ where: `cue:${q.id}`, ...q.cue });
    if (q.speaker?.mention) out.push({ where: `speaker:${q.id}`, ...q.speaker.mention });
  }
  return out;
}

/**
 * `extract` as the tests call it: strict, so an error inside a stage fails the test instead of
 * becoming a warning and an empty stage (a row saying "no speaker" must not pass because the
 * quotes stage crashed)
 */
export const strictExtract = (text: string, options: Options = {}): Extraction => extract(text, { ...options, strict: true });
