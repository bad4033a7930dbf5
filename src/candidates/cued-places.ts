import { coveredCounts } from '../core/spans';
import type { Candidate, Doc, Token } from '../core/types';
import { ARTICLES } from '../lexicon/function-words';
import { isAcronymText } from '../lexicon/name-forms';
import { TYPE_CUES, typeCueIndex } from '../lexicon/type-cues';
import { endsPhrase, isName, nameRun, notPlace, writtenPhrase } from './words';

/** the most words a place so found holds: `Ma'arrat An Nu'man`, `Ras Al Ain` */
const PLACE_WORDS = 4;

/**
 * the words of a location cue of TYPE_CUES, found by their last word (`fled to`, `near`, `southern`, `the town of`:
 * what says a place follows), stand right before token `i` as written, in lowercase and in its sentence ("Central
 * Bank" is no cue's `central`); a cue of one word not after an article, which makes it an adjective of a common
 * noun's phrase or a people's ("the eastern Prairie", as mentions/cues.ts reads the cues)
 */
function cuedAt(t: readonly Token[], i: number): boolean {
  const prev = t[i - 1];
  if (!prev || prev.sentence !== t[i].sentence) return false;
  const rows = typeCueIndex().before.get(prev.view);
  if (!rows) return false;
  const at = (words: readonly string[]) => words.every((w, k) => t[i - words.length + k]?.view === w && t[i - words.length + k].sentence === t[i].sentence);
  return rows.some((k) => {
    const { type, words } = TYPE_CUES[k];
    return type === 'location' && at(words) && (words.length > 1 || !ARTICLES.has(t[i - 2]?.lower ?? ''));
  });
}

/**
 * `fled to Tal Tamer`, `in southern Idleb`, `near Zorbat Kawi`, `the town of Albu Kamal`: a capitalised run right after
 * the words that say a place follows (the location cues before a name, lexicon/type-cues.ts) is a place where no
 * other source proposed anything over its words: the tagger proposes nothing at all for many names of towns and
 * regions it never read (a situation report's), though the words before say what they are. Fills gaps only, so the
 * tagger's and the gazetteers' spans and types stand where they exist (and the cue itself still votes on their type);
 * ending its phrase (words.ts endsPhrase: `moved to Memorial Day weekend`, `north of Naqsh-e Jahan` are no places);
 * not an acronym (`near UNHCR`), as the cues' own `unless` says, nor a people's adjective (`southern African`)
 */
export function cuedPlaces(doc: Doc, found: readonly Candidate[]): Candidate[] {
  const t = doc.tokens;
  let covered: Int32Array | undefined;
  const out: Candidate[] = [];
  for (let i = 1; i < t.length; i++) {
    if (!isName(t[i]) || !cuedAt(t, i)) continue;
    const end = nameRun(t, i, PLACE_WORDS, true);
    if (end <= i || !endsPhrase(t, end) || notPlace(t[i].view)) continue;
    const start = t[i].start;
    const stop = t[end - 1].end;
    covered ??= coveredCounts(doc.text.length, found);
    if (covered[stop] !== covered[start] || isAcronymText(writtenPhrase(t, i, end))) continue;
    out.push({ start, end: stop, type: 'location', tier: 'context', reason: 'context:cued-place', rule: 'cued-place' });
    i = end - 1;
  }
  return out;
}
