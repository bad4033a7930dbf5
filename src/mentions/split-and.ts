import { tokenRange } from '../core/tokens';
import type { Candidate, Doc, Token } from '../core/types';
import { nameKey } from '../core/names';
import { knownOrg, placeOf } from '../lexicon/gazetteer';
import { WRITTEN_LEGAL_FORMS } from '../lexicon/organizations';
import { isFirstName } from '../lexicon/known-phrases';
import { NAME_AND, PHRASE_PREPOSITIONS } from '../lexicon/function-words';
import { CITED_YEAR } from '../lexicon/citations';

/** a name with "and" or "&" inside: maybe two names the tagger ran into one (`Rahu and Mercury`) */
export const JOINED = /\s(?:and|&)\s/;

/**
 * `Starry Lee and Holden Chow`, `Banc One and First Chicago`: the tagger runs two names joined by
 * "and" into one. the run splits at its one "and" when each side stands as a name of its own: the
 * article names it alone elsewhere, the bundled data knows it as a place or a body (the second side
 * perhaps running past the run's end: "Reform UK"), or it is a known first name and a surname; a person's run of two
 * known first names alone names two people ("John and Mary"; it fires on no labelled file). a
 * name the bundled data knows whole stays whole ("Bosnia and Herzegovina"), and so does one whose
 * sides the article never names apart ("Procter and Gamble", "Douglas & Lomason") or whose "and"
 * joins the objects of an of-phrase ("Department of Natural Resources and Mines"). two single words
 * joined before a citation's year are two authors ("(Benioff & Weiss, 2013)", "Heidenreich & Turano
 * 2011;"). `alone` is the article's candidates' name keys without a joining word
 */
export function splitAtAnd(alone: ReadonlySet<string>): (c: Candidate, doc: Doc) => Candidate[] {
  return (c, doc) => {
    if (c.tier !== 'tagger') return [c];
    const t = doc.tokens;
    const [a, b] = tokenRange(t, c);
    const closed = afterLegalForm(t, a, b);
    if (closed >= 0) return splitAt(c, t, closed);
    let k = -1;
    for (let i = a + 1; i < b - 1; i++) {
      if (!NAME_AND.has(t[i].lower)) continue;
      if (k >= 0) return [c];
      k = i;
    }
    if (k < 0 || !t[a].cap || !t[k + 1].cap) return [c];
    // "Department of Natural Resources and Mines", "Organisation for Security and Cooperation": the "and" of an of-phrase joins its objects
    if (t.slice(a + 1, k).some((w) => PHRASE_PREPOSITIONS.has(w.lower))) return [c];
    const whole = doc.text.slice(c.start, c.end);
    if (placeOf(whole) || knownOrg(whole)) return [c];
    const stands = (from: number, to: number) => {
      const words = doc.text.slice(t[from].start, t[to - 1].end);
      return alone.has(nameKey(words)) || !!placeOf(words) || knownOrg(words) || personal(t, from, to);
    };
    // `The Liberal Democrats and Reform UK`: the run may end inside the second name, which the bundled data knows whole
    const knownAfter = () =>
      [1, 2].some(
        (n) => b + n <= t.length && t[b + n - 1].cap && t[b + n - 1].sentence === t[k].sentence && knownOrg(doc.text.slice(t[k + 1].start, t[b + n - 1].end)),
      );
    const authors = k === a + 1 && b === k + 2 && CITED_YEAR.test(doc.text.slice(c.end, c.end + 8));
    // `John and Mary`: a person's span of two known given names alone, one each side, names two people
    const givenNames = c.type === 'person' && k === a + 1 && b === k + 2 && isFirstName(t[a].lower) && isFirstName(t[k + 1].lower);
    if (!authors && !givenNames && (!stands(a, k) || !(stands(k + 1, b) || knownAfter()))) return [c];
    const parts = splitAt(c, t, k);
    // `reached Tal Afar and Sinjar`: the tagger's type was the run's; two places the bundled data knows, no body's name, are places
    const place = (p: Candidate) => {
      const words = doc.text.slice(p.start, p.end);
      return !!placeOf(words) && !knownOrg(words);
    };
    return c.type === 'organization' && parts.every(place) ? parts.map((p) => ({ ...p, type: 'location' as const })) : parts;
  };
}

/** the candidate in two at its joining word `k` */
function splitAt(c: Candidate, t: readonly Token[], k: number): Candidate[] {
  const reason = `${c.reason}+split-and`;
  return [
    { ...c, end: t[k - 1].end, reason },
    { ...c, start: t[k + 1].start, reason },
  ];
}

/**
 * `JPMorgan Chase & Co and Exxon Mobil Corp`: a company's written legal form closes its name, so an "and" right after
 * one, before a capitalised word, joins two names; the token of that "and" in [a, b), or -1
 */
function afterLegalForm(t: readonly Token[], a: number, b: number): number {
  for (let i = a + 2; i < b - 1; i++) {
    if (t[i].lower === 'and' && t[i + 1].cap && WRITTEN_LEGAL_FORMS.has(legalFormAt(t, i - 1))) return i;
  }
  return -1;
}

/** the legal form ending at token `k` as written, its full stop a token of its own or not ("Co.", "Co" + ".") */
const legalFormAt = (t: readonly Token[], k: number): string => (t[k].text === '.' && k > 0 ? `${t[k - 1].text}.` : t[k].text);

/** a known first name and one or two capitalised words after it: a person's name */
const personal = (t: readonly Token[], from: number, to: number) =>
  to - from >= 2 && to - from <= 3 && isFirstName(t[from].lower) && t.slice(from, to).every((w) => w.cap);
