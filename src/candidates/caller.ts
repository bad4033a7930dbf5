import { PhraseMatcher, phraseForms, phraseSpelling, tokensSpelling } from '../core/phrases';
import type { Candidate, Doc, EntityType, Token } from '../core/types';
import type { LexiconEntry } from '../schema';

/** one name or alias of an entry, as the matcher reads it */
interface Claim {
  entry: LexiconEntry;
  index: number;
  form: 'name' | 'alias';
  phrase: string;
  /** what a mention becomes (type, kind, canonical name): claims that agree may share a phrase */
  outcome: string;
}

/** the claims on one phrase in any case: one that takes every case, or several, each in its own case */
interface Group {
  /** the token sequences the phrase may stand as (`phraseForms`) */
  forms: string[][];
  anyCase?: Claim;
  exact: Map<string, Claim>;
  /** the first claim taken, and the first whose outcome differs from it: a contest is found in constant time */
  first?: Claim;
  second?: Claim;
}

export interface CallerLexicon {
  matcher: PhraseMatcher<Group>;
  entries: readonly LexiconEntry[];
}

/** an entry the lexicon cannot take, by its index in the caller's array */
export interface LexiconProblem {
  index: number;
  message: string;
}

const outcomeOf = (e: LexiconEntry) => `${e.type}\u0000${e.kind ?? ''}\u0000${e.name}`;
const describe = (c: Claim) => `lexicon[${c.index}] (${JSON.stringify(c.entry.name)}, ${c.entry.type})`;

/** an earlier claim with another outcome that `claim` would contest: they could match the same words */
function rival(group: Group, claim: Claim, exactKey: string, anyCase: boolean): Claim | undefined {
  const differs = (c: Claim | undefined) => (c && c.outcome !== claim.outcome ? c : undefined);
  if (!anyCase) return differs(group.anyCase) ?? differs(group.exact.get(exactKey));
  return differs(group.first) ?? differs(group.second);
}

function take(group: Group, claim: Claim, exactKey: string, anyCase: boolean): void {
  if (anyCase) group.anyCase ??= claim;
  else if (!group.exact.has(exactKey)) group.exact.set(exactKey, claim);
  group.first ??= claim;
  if (!group.second && claim.outcome !== group.first.outcome) group.second = claim;
}

/**
 * compiles the caller's entries once per extractor; a name or alias matches as written unless its
 * entry says `caseSensitive: false`. a phrase two entries would read differently is a problem.
 */
export function compileLexicon(entries: readonly LexiconEntry[]): { lexicon: CallerLexicon; problems: LexiconProblem[] } {
  const groups = new Map<string, Group>();
  const problems: LexiconProblem[] = [];
  entries.forEach((entry, index) => {
    const anyCase = entry.caseSensitive === false;
    const outcome = outcomeOf(entry);
    const forms = entry.aliases?.length ? [entry.name, ...entry.aliases] : [entry.name];
    forms.forEach((phrase, i) => {
      const claim: Claim = { entry, index, form: i ? 'alias' : 'name', phrase, outcome };
      const exactKey = phraseSpelling(phrase);
      const forms = phraseForms(phrase);
      const folded = forms[0].join(' ').toLowerCase();
      let group = groups.get(folded);
      if (!group) groups.set(folded, (group = { forms, exact: new Map() }));
      const other = rival(group, claim, exactKey, anyCase);
      if (other) problems.push({ index, message: `${claim.form} ${JSON.stringify(phrase)} is already ${describe(other)}` });
      else take(group, claim, exactKey, anyCase);
    });
  });
  const matcher = new PhraseMatcher<Group>((w) => w.toLowerCase());
  for (const group of groups.values()) for (const words of group.forms) matcher.addWords(words, group);
  return { lexicon: { matcher, entries }, problems };
}

const claimOn = (group: Group, tokens: readonly Token[], first: number, last: number) => group.anyCase ?? group.exact.get(tokensSpelling(tokens, first, last));

export function callerCandidates(doc: Doc, lexicon: CallerLexicon | undefined): Candidate[] {
  if (!lexicon?.entries.length) return [];
  const fits = (group: Group, first: number, last: number) => claimOn(group, doc.tokens, first, last) !== undefined;
  return lexicon.matcher.match(doc.tokens, fits).map((m) => {
    const { entry } = claimOn(m.value, doc.tokens, m.first, m.last)!;
    return {
      start: doc.tokens[m.first].start,
      end: doc.tokens[m.last].end,
      type: entry.type as EntityType,
      tier: 'caller' as const,
      reason: `caller:${entry.name}`,
      kind: entry.kind,
      canonical: entry.name,
    };
  });
}
