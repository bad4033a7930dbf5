import { PhraseMatcher } from '../core/phrases';
import type { Candidate, Doc, EntityType } from '../core/types';
import type { LexiconEntry } from '../schema';

export interface CallerLexicon {
  matcher: PhraseMatcher<LexiconEntry>;
  entries: readonly LexiconEntry[];
}

/** compiles the caller's entries once per extractor; names and aliases match case-insensitively */
export function compileLexicon(entries: readonly LexiconEntry[]): CallerLexicon {
  const matcher = new PhraseMatcher<LexiconEntry>((w) => w.toLowerCase());
  for (const entry of entries) {
    for (const name of [entry.name, ...(entry.aliases ?? [])]) matcher.add(name, entry);
  }
  return { matcher, entries };
}

export function callerCandidates(doc: Doc, lexicon: CallerLexicon | undefined): Candidate[] {
  if (!lexicon?.entries.length) return [];
  return lexicon.matcher.match(doc.tokens).map((m) => ({
    start: doc.tokens[m.first].start,
    end: doc.tokens[m.last].end,
    type: m.value.type as EntityType,
    source: 'caller' as const,
    reason: `caller:${m.value.name}`,
    kind: m.value.kind,
    canonical: m.value.name,
  }));
}
