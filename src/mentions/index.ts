import { filterSpans } from '../core/spans';
import { traceAdds, traceChanges, traceDrops, tracedFilter, traceMapped, type Trace } from '../core/trace';
import type { Candidate, Doc, Mention } from '../core/types';
import { inAddress } from './addresses';
import { affiliations, inAffiliation, stateInNote } from './affiliation';
import { dropCountNouns } from './countnouns';
import { joinCities } from './city';
import { joinInitials } from './initials';
import { nestedNames } from './nested';
import { possessiveNames } from './possessive';
import { isNotAName } from './no-names';
import { propagateNames } from './propagate';
import { reconcileTypes } from './reconcile';
import { splitAtOffice, splitRun, yieldToTitledNames } from './titled';
import { sentenceOpeners } from './openers';
import { stormNames } from './storms';
import { planetNames } from './planets';
import { splitAtPlace } from './split-place';
import { JOINED, splitAtAnd } from './split-and';
import { splitAtBreak } from './split-break';
import { nameKey } from '../core/names';
import { trimMention } from './trim';
import { leadingWords } from './leading';
import { openingWords } from './opening-word';
import { isQuotedTitle, titleWords } from './works';
import { definedTerms } from './terms';
import { commonNouns } from './common-nouns';
import { keepsPerson, keepsTitleCaseWords } from './common-words';
import { keepsUnsure } from './unsure';
import { mentionOf } from './mention';

/**
 * candidates from every source → the article's typed mentions: each candidate trimmed and checked,
 * the one overlap policy, then the article-wide passes (one type per name, count nouns, repeats,
 * names nested in names); every step's drops, splits, trims, retypes and additions go to `trace`
 * when the caller asked for one
 */
export function resolveMentions(candidates: readonly Candidate[], doc: Doc, options: MentionOptions = {}): Mention[] {
  const judged = tracedFilter(options.trace, doc, 'mentions:unsure', candidates, keepsUnsure(candidates, doc));
  return articleWide(chooseMentions(judged, doc, options.trace), doc, options);
}

/** what the caller's options ask of the mentions stage */
export interface MentionOptions {
  trace?: Trace;
  /** false: no names nested in names, so no two mentions overlap (flat annotation); on by default */
  nestedNames?: boolean;
}

/** one type per name, count nouns and persons of common words dropped, a name found once found again, a shop's 's, names nested in names */
export function articleWide(mentions: readonly Mention[], doc: Doc, { trace, nestedNames: nested = true }: MentionOptions = {}): Mention[] {
  const typed = traceChanges(trace, doc, 'mentions:reconcile-types', mentions, reconcileTypes(mentions, doc));
  const counted = traceDrops(trace, doc, 'mentions:count-noun', typed, dropCountNouns(typed));
  const persons = tracedFilter(trace, doc, 'mentions:common-words-person', counted, keepsPerson(counted, doc));
  const named = tracedFilter(trace, doc, 'mentions:title-case-words', persons, keepsTitleCaseWords(persons, doc));
  const repeated = traceAdds(trace, doc, 'mentions:name-repeat', named, propagateNames(named, doc));
  const owned = traceChanges(trace, doc, 'mentions:possessive-name', repeated, possessiveNames(repeated, doc));
  return nested ? traceAdds(trace, doc, 'mentions:nested-name', owned, nestedNames(owned, doc)) : owned;
}

/** each candidate trimmed and checked, then the one overlap policy */
function chooseMentions(candidates: readonly Candidate[], doc: Doc, trace?: Trace): Mention[] {
  const notes = affiliations(doc);
  const opener = sentenceOpeners(doc);
  const storm = stormNames(doc);
  const planet = planetNames(candidates, doc);
  const term = definedTerms(doc);
  const common = commonNouns(doc);
  const titled = titleWords(doc);
  // the names the article writes without a joining word, which an "and" run may be two of
  const alone = new Set(
    candidates
      .map((c) => doc.text.slice(c.start, c.end))
      .filter((s) => !JOINED.test(s))
      .map(nameKey),
  );
  const atAnd = splitAtAnd(alone);
  const split = candidates.flatMap((c) => {
    const parts = splitRun(c, doc)
      .flatMap((p) => splitAtOffice(p, doc))
      .flatMap((p) => splitAtBreak(p, doc))
      .flatMap((p) => splitAtPlace(p, doc))
      .flatMap((p) => atAnd(p, doc));
    if (parts.length === 1 && parts[0] === c) return parts;
    traceDrops(trace, doc, 'mentions:split-run', [c], []);
    return traceAdds(trace, doc, 'mentions:split-run', [], parts);
  });
  const trimmed = traceMapped(
    trace,
    doc,
    { drop: 'mentions:no-name-left', change: 'mentions:trim' },
    split,
    split.map((c) => trimMention(c, doc)),
  );
  const particled = traceChanges(trace, doc, 'mentions:leading-words', trimmed, trimmed.map(leadingWords(doc)));
  const stated = traceChanges(trace, doc, 'mentions:affiliation-state', particled, particled.map(stateInNote(notes, doc)));
  const opened = traceChanges(trace, doc, 'mentions:opening-word', stated, stated.map(openingWords(candidates, doc)));
  // candidates that name nothing: a holiday or a measure, a piece of an address, a storm's name, a planet's, a work's quoted title or a word of one, a lawmaker's party-and-state note, a sentence's opening adverb, an acronym spelled out in lowercase words, a common noun the article writes in lowercase as often
  const checks: Array<[string, (c: Candidate) => boolean]> = [
    ['mentions:not-a-name', (c) => !isNotAName(c, doc)],
    ['mentions:in-address', (c) => !inAddress(c, doc)],
    ['mentions:storm', (c) => !storm(c)],
    ['mentions:planet', (c) => !planet(c)],
    ['mentions:quoted-title', (c) => !isQuotedTitle(c, doc)],
    ['mentions:title-word', (c) => !titled(c)],
    ['mentions:affiliation-note', (c) => !inAffiliation(c, notes)],
    ['mentions:sentence-opener', (c) => !opener(c)],
    ['mentions:defined-term', (c) => !term(c)],
    ['mentions:common-noun', (c) => !common(c)],
  ];
  let kept = opened;
  for (const [rule, keep] of checks) kept = tracedFilter(trace, doc, rule, kept, keep);
  const unswallowed = traceMapped(trace, doc, { drop: 'mentions:titled-name', change: 'mentions:titled-name' }, kept, yieldToTitledNames(kept, doc));
  const chosen = traceDrops(trace, doc, 'mentions:overlap', unswallowed, filterSpans(unswallowed));
  const mentions = chosen.map((c, index) => mentionOf(c, doc.text.slice(c.start, c.end), index));
  const cities = traceJoins(trace, doc, 'mentions:city', mentions, joinCities(mentions, doc));
  const joined = traceJoins(trace, doc, 'mentions:initial', cities, joinInitials(cities, doc));
  return joined === mentions ? mentions : joined.map((m, index) => (m.index === index ? m : mentionOf(m, m.text, index)));
}

/** a step that joins neighbouring mentions into new ones (a city's, an initialled name's): its drops and additions traced; the same array when it joined none */
function traceJoins(trace: Trace | undefined, doc: Doc, rule: string, before: Mention[], after: Mention[]): Mention[] {
  if (after.length === before.length) return before;
  traceDrops(trace, doc, rule, before, after);
  return traceAdds(trace, doc, rule, before, after);
}
