import { isVerbal } from '../core/tokens';
import { joinsOffice } from '../candidates/words';
import { isEnglishWord } from '../document/wink';
import { placeOf } from '../lexicon/gazetteer';
import type { Entity, Token } from '../core/types';
import {
  ARTICLES,
  NOUN_PLACE_PREPOSITIONS,
  COMPANION_OPENERS,
  PLACE_PREPOSITIONS,
  POSSESSIVE_DETERMINERS,
  POSSESSOR_PRONOUNS,
  QUANTIFIERS,
} from '../lexicon/function-words';
import { isNationality } from '../lexicon/nationality';
import { ANONYMOUS_HEADS, CALENDAR, DESCRIBED_PRONOUNS, INDEFINITE, NOT_SPEAKERS, PRONOUN_POSTMODIFIERS, TIME_NOUNS } from '../lexicon/speech';
import { PARTY_LABELS, QUALIFIERS, TITLE_HEADS, TITLE_WORDS } from '../lexicon/titles';
import type { SieveName, Span, Speaker } from '../schema';
import { spanOf, type QuoteContext } from './context';
import { asideComma, isPossessor, isPronoun, pastMeasure, postmodifierAt, quantifierSubject, ratioAt, thoseParticiple, wordsStart } from './phrase';
import { describedSpeaker, resolveBody, resolveDescribed, resolveHeadBody, resolveNominal, resolvePronoun } from './resolve';
import { BODY_DEFINITIONS, COMPANY_KINDS, COMPANY_ROLES } from '../lexicon/type-cues';
import { countryIndex } from '../lexicon/country-index';
import { PERSON_DEMONYMS, REGION_DEMONYMS } from '../lexicon/demonyms';
import { isPersonNoun, STATUS_NOUNS } from '../lexicon/peoples';

/** the nouns that describe a body: `the company`, `the carmaker`, `the party` */
const BODY_KINDS = new Set([...BODY_DEFINITIONS, ...COMPANY_KINDS, ...COMPANY_ROLES]);

// a place speaks for its government ("Israel said", "the White House said"): its entity is linked as an actor's is
const speaker = (mention: Span, form: Speaker['form'], sieve: SieveName, entity?: Entity) => ({
  speaker: { name: entity?.name ?? mention.text, entityId: entity?.id ?? null, form, mention, sieve },
  entity,
});

/** an entity a capitalised word names by its last name or alias, when the mention was missed */
function byAlias(ctx: QuoteContext, word: string): Entity | undefined {
  const w = word.toLowerCase();
  return ctx.entities.find(
    (e) => e.type !== 'location' && [e.name, ...e.aliases].some((n) => n.toLowerCase() === w || n.toLowerCase().split(/\s+/).at(-1) === w),
  );
}

/** the end of a phrase's head: its first preposition after the first word, or the phrase's end */
function headEnd(t: readonly Token[], a: number, b: number): number {
  for (let k = a + 1; k < b; k++) if (t[k].pos === 'ADP' || t[k].lower === 'of') return k;
  return b;
}

/** the first token of the group a count before `of` opens the phrase `[a, b)` with (`one of those advisers`, `some of the voters`), or -1 */
function partitiveGroup(t: readonly Token[], a: number, b: number): number {
  let k = a;
  while (k < b && (t[k].pos === 'NUM' || QUANTIFIERS.has(t[k].lower))) k++;
  return k > a && t[k]?.lower === 'of' && k + 1 < b ? k + 1 : -1;
}

/**
 * `Democrats in Iowa`: a name's head ends at a preposition of where that no entity's name holds, or at the phrase's end;
 * not at one joining an office to its place (`WFP Country Director in Syria Kenn Crossley`: the person named after is the head)
 */
function nameHeadEnd(ctx: QuoteContext, a: number, b: number): number {
  const t = ctx.doc.tokens;
  for (let k = a + 1; k < b; k++) if (NOUN_PLACE_PREPOSITIONS.has(t[k].lower) && !ctx.owner[k] && !joinsOffice(t, k)) return k;
  return b;
}

/**
 * the entities named in [a, end) of the phrase [a, b), in order, but a possessor: `Scott's niece`,
 * `Elon Musk's Tesla` (the whole name is the possessor, not its last word only)
 */
function ownedIn(ctx: QuoteContext, a: number, end: number, b: number): Entity[] {
  const t = ctx.doc.tokens;
  const owned = new Set<Entity>();
  for (let k = a; k < end; k++) {
    const e = ctx.owner[k];
    if (!e) continue;
    let last = k;
    while (last + 1 < end && ctx.owner[last + 1] === e) last++;
    if (!(isPossessor(t, last, b) && ctx.owner[last + 1] !== e)) owned.add(e);
    k = last;
  }
  return [...owned];
}

/** the last person, else organisation, a phrase's tokens [a, b) name */
function actorIn(ctx: QuoteContext, a: number, b: number): Entity | undefined {
  const owned = ctx.owner.slice(a, b).filter((e): e is Entity => e !== undefined);
  return owned.filter((e) => e.type === 'person').at(-1) ?? owned.filter((e) => e.type === 'organization').at(-1);
}

/**
 * `Cummings and Conyers wrote`: two actors coordinated speak together. the speaker's name joins
 * their names ("Elijah Cummings and John Conyers"), its entity is the first's; null when the phrase
 * is no such coordination ("Procter and Gamble" is one name, one entity)
 */
function coordinated(ctx: QuoteContext, a: number, b: number): [Entity, Entity] | null {
  const t = ctx.doc.tokens;
  // `Trump and Clinton supporters chanted`: a phrase ending past the names says whose
  if (!ctx.owner[b - 1]) return null;
  for (let k = a + 1; k < b - 1; k++) {
    if (t[k].lower !== 'and' || ctx.owner[k]) continue;
    const left = actorIn(ctx, a, k);
    const right = actorIn(ctx, k + 1, b);
    return left && right && left !== right ? [left, right] : null;
  }
  return null;
}

/**
 * `Hawkins and others`, `Trump and other Republicans`, `Mr. Rubio and his advisers`: an actor's name and the others who speak with it; the speaker's
 * name is the name's, then the others' words ("Jane Hawkins and others"), its entity the actor's; null for any other phrase
 */
function withOthers(ctx: QuoteContext, a: number, b: number): { name: string; entity: Entity } | null {
  const t = ctx.doc.tokens;
  for (let k = a + 1; k < b - 1; k++) {
    if (t[k].lower !== 'and' || !COMPANION_OPENERS.has(t[k + 1].lower)) continue;
    const entity = ctx.owner[k - 1];
    if (!entity || entity.type === 'location') return null;
    return { name: `${entity.name} ${ctx.doc.text.slice(t[k].start, t[b - 1].end)}`, entity };
  }
  return null;
}

/** how old someone is, as news describes them: `the 42-year-old` */
const AGE = /^the \d+-year-old$/i;

/** the country code of `the Spaniard` / `the Brazilian` / `the Catalan`, '' for `the 42-year-old` or `the Kentucky Republican`, null for any other phrase */
function describedBy(ctx: QuoteContext, a: number, b: number): string | null {
  const t = ctx.doc.tokens;
  if (t[a].lower !== 'the') return null;
  if (AGE.test(ctx.doc.view.slice(t[a].start, t[b - 1].end))) return '';
  // `the Republican`, `the Kentucky Republican`, `the New York Democrat`: a politician by party, and by state
  if (b - a <= 4 && t[b - 1].cap && PARTY_LABELS.has(t[b - 1].lower) && t.slice(a + 1, b).every((w) => w.cap)) return '';
  if (b - a !== 2 || !t[a + 1].cap) return null;
  const w = t[a + 1].view;
  return PERSON_DEMONYMS[w] ?? REGION_DEMONYMS[w] ?? countryIndex().demonyms.get(w) ?? null;
}

/** `the billionaire`, `the veteran actor`, `The billionaire businessman`: `the`, lowercase adjectives or such nouns, and a noun of what a known person is */
function isStatusDescription(t: readonly Token[], a: number, b: number): boolean {
  if (t[a].lower !== 'the' || b - a < 2 || b - a > 4 || !t[b - 1].low || !STATUS_NOUNS.has(t[b - 1].lower)) return false;
  return t.slice(a + 1, b - 1).every((w) => w.low && (w.pos === 'ADJ' || STATUS_NOUNS.has(w.lower)));
}

/**
 * `Aid workers in Gaza`, `Humanitarian partners in Al-Hol camp`, `Protesters in Tehran`: a common noun heading the
 * phrase before its first preposition, with no name before it, describes who speaks; the places after it say where
 * (a person or a body after it is read before this: `Economists at Goldman Sachs`)
 */
function describedInPlace(ctx: QuoteContext, a: number, b: number): Token | undefined {
  const t = ctx.doc.tokens;
  let prep = a + 1;
  while (prep < b && t[prep].pos !== 'ADP') prep++;
  const head = t[prep - 1];
  // the words up to the head in lowercase, or only the first one capitalised as it opens the sentence; a head so
  // capitalised, which wink may tag a proper noun, only when it is a noun for people ("Protesters in Tehran", not "Smith in
  // Washington")
  const opener = (w: Token) => w.index === a && w.opensSentence && !ctx.owner[a] && isEnglishWord(w.lower);
  if (prep >= b || !PLACE_PREPOSITIONS.has(t[prep].lower) || ctx.owner[prep - 1]) return undefined;
  const headed = head.low ? head.pos === 'NOUN' : opener(head) && (isPersonNoun(head.lower) || ANONYMOUS_HEADS.has(head.lower));
  if (!headed || TITLE_HEADS.has(head.lower)) return undefined;
  // named after it: places only, at least one
  const named = ownedIn(ctx, prep, b, b);
  if (!named.length || named.some((e) => e.type !== 'location')) return undefined;
  return t.slice(a, prep).every((w) => w.low || opener(w)) ? head : undefined;
}

/** how many tokens an aside between a subject and its verb may run: `A third of independents, 33%, say` */
const ASIDE_REACH = 6;

/** the token after the phrase ending before `b`, past an aside set off by commas with no verb in it (`, 33%,`) */
function pastAside(ctx: QuoteContext, b: number): number {
  const close = ctx.doc.tokens[b]?.text === ',' ? asideComma(ctx, b, 1, ASIDE_REACH) : -1;
  return close >= 0 ? close + 1 : b;
}

/** who a speaker phrase names: an entity, a resolved pronoun or nominal, an unnamed source, or a name */
export function readSpeaker(ctx: QuoteContext, phrase: [number, number], anchor: number, sieve: SieveName) {
  const [a, b] = phrase;
  const t = ctx.doc.tokens;
  const mention = spanOf(ctx.doc, t[wordsStart(phrase)], t[b - 1]);
  // `Scott's niece`: a possessor before the head is not who speaks
  const possessor = (k: number) => isPossessor(t, k, b);
  // `the son of Donald Trump`, `a narrator in the Clinton ad`: a description's head comes before its
  // first preposition, and what follows only says whose or where
  // `4 in 10 white men`: a poll's share opening the phrase holds no head; its group after it does
  // `more than 4 in 10`, `nearly half of voters`: a measure opening the phrase comes before its share or its count
  const measured = pastMeasure(t, a, b);
  const share = ratioAt(t, measured);
  // `one of those advisers`, `some of the voters`: a count before `of` says how many; the group after it heads the phrase
  const group0 = partitiveGroup(t, measured, b);
  // `Lawyers for Donald Trump said`, `Economists at Goldman Sachs said`: a source's or people's noun opening the sentence is
  // capitalised, no name (a title's is a name's: `Secretary of State John Kerry said`)
  const people0 = t[a].opensSentence && !ctx.owner[a] && isPersonNoun(t[a].lower);
  const described0 = t[a].pos === 'DET' || t[a].low || people0 || (t[a].opensSentence && !ctx.owner[a] && ANONYMOUS_HEADS.has(t[a].lower));
  const head0 = share > 0 ? headEnd(t, share, b) : group0 > 0 ? headEnd(t, group0, b) : described0 ? headEnd(t, a, b) : nameHeadEnd(ctx, a, b);
  // `one of them`, `many of you`: a count of a group a pronoun names describes who speaks
  if (group0 === b - 1 && t[group0].pos === 'PRON') return speaker(mention, 'nominal', sieve);
  // `someone in the audience`, `many in the GOP`, `Some on Twitter`: a pronoun for a person or a share of a group, the
  // phrase after it saying where (quotes/phrase.ts describedBefore), describes who speaks
  if (b - a > 2 && DESCRIBED_PRONOUNS.has(t[a].lower) && PRONOUN_POSTMODIFIERS.has(t[a + 1].lower)) return speaker(mention, 'nominal', sieve);
  // `Most believe`, `another said`, `those surveyed said` (quotes/phrase.ts phraseBefore): a quantifier alone, or `those`
  // and a participle, describes who speaks
  if ((b - a === 1 && quantifierSubject(t, a)) || (b - a === 2 && thoseParticiple(t, a))) return speaker(mention, 'nominal', sieve);
  const pair = coordinated(ctx, a, b);
  if (pair) return { speaker: { ...speaker(mention, 'name', sieve, pair[0]).speaker, name: `${pair[0].name} and ${pair[1].name}` }, entity: pair[0] };
  const others = withOthers(ctx, a, b);
  if (others) return { speaker: { ...speaker(mention, 'name', sieve, others.entity).speaker, name: others.name }, entity: others.entity };
  const owned = ownedIn(ctx, a, head0, b);
  const pick = owned.filter((e) => e.type === 'person').at(-1) ?? owned.filter((e) => e.type === 'organization').at(-1);
  // `Trump supporters chanted`, `Clinton aides said`: a name before a plural head only says whose
  const last = t[b - 1];
  const group = pick && ctx.owner[b - 1] !== pick && last.pos === 'NOUN' && last.low && last.lower.endsWith('s');
  if (group) return speaker(mention, ANONYMOUS_HEADS.has(last.lower) ? 'anonymous' : 'nominal', sieve);
  // `one district GOP leader`, `a former Clinton aide`: an indefinite description whose name only says whose
  // `the RNC member`, `the Trump spokeswoman`: so does a definite one headed by a source's or a title's noun
  const headed = ANONYMOUS_HEADS.has(last.lower) || TITLE_HEADS.has(last.lower);
  const unnamed = pick && (INDEFINITE.has(t[a].lower) || headed) && ctx.owner[b - 1] !== pick && last.pos === 'NOUN' && last.low;
  if (unnamed) return speaker(mention, ANONYMOUS_HEADS.has(last.lower) || TITLE_HEADS.has(last.lower) ? 'anonymous' : 'nominal', sieve);
  if (pick) return speaker(mention, 'name', sieve, pick);
  const describer = describedInPlace(ctx, a, b);
  if (describer) return speaker(mention, ANONYMOUS_HEADS.has(describer.lower) ? 'anonymous' : 'nominal', sieve);
  // `He’s predicting`: a pronoun with its auxiliary's contraction is the pronoun
  if (b - a === 2 && isPronoun(t[a]) && t[a + 1].pos === 'AUX' && t[a + 1].start === t[a].end) return readSpeaker(ctx, [a, a + 1], anchor, sieve);
  // `his claim that …`, `their demand that …` (quotes/cue-speaker.ts speakerOfCue): a possessive determiner before a noun
  // of saying is its owner's pronoun
  const owner = b - a === 1 ? POSSESSOR_PRONOUNS[t[a].lower] : undefined;
  if (owner) return speaker(mention, 'pronoun', sieve, resolvePronoun(ctx, owner, anchor));
  if (b - a === 1 && isPronoun(t[a])) {
    const entity = resolvePronoun(ctx, t[a].lower, anchor);
    // `The mayor said … “…,” she said`: no person fits, a described speaker just before does
    const described = entity ? null : describedSpeaker(ctx, t[a].lower, anchor);
    if (!described) return speaker(mention, 'pronoun', sieve, entity);
    const name = ctx.doc.text.slice(t[described[0]].start, t[described[1] - 1].end);
    return { speaker: { ...speaker(mention, 'pronoun', sieve).speaker, name }, entity: undefined };
  }
  // `told me`, `asked them`: an object pronoun speaks nothing (`you` is read above, as a speaking pronoun)
  if (b - a === 1 && NOT_SPEAKERS.has(t[a].lower)) return null;
  const words = t.slice(a, head0);
  // `4 in 10 said`, `Six in 10 voters said`: a poll's share of a group names nobody, whatever its capitals; it describes
  if (share > 0 && !owned.length) return speaker(mention, 'nominal', sieve);
  // `The so called “…”`, `There’s still time …`, `His remarks buttress …`: a determiner that needs its noun names nobody alone
  if (words.every((w) => ARTICLES.has(w.lower) || POSSESSIVE_DETERMINERS.has(w.lower) || w.lower === 'there' || w.pos === 'AUX')) return null;
  // `the Spaniard`, `the Brazilian`, `the 42-year-old`: a person described by nationality or age
  const described = describedBy(ctx, a, b);
  if (described !== null) return speaker(mention, 'nominal', sieve, resolveDescribed(ctx, described || undefined, anchor));
  // `the billionaire wrote`, `the veteran actor said`: a definite description by what a person is stands for the one
  // person named in the nearest sentences before (resolveDescribed); not a title's (`the former governor` after Cruz
  // is Perry, whom the article named earlier: PolNeAR train, 1 right in 2)
  if (isStatusDescription(t, a, b)) return speaker(mention, 'nominal', sieve, resolveDescribed(ctx, undefined, anchor));
  // "a source close to the talks": the source is the head, not "talks"
  const source = words.find((w, k) => ANONYMOUS_HEADS.has(w.lower) && k + 1 < words.length && postmodifierAt(ctx, a + k + 1));
  const head = source ?? [...words].reverse().find((w) => w.pos === 'NOUN' || w.pos === 'PROPN') ?? words[words.length - 1];
  if (TIME_NOUNS.has(head.lower)) return null;
  const caps = words.filter(
    (w, k) =>
      a + k >= group0 &&
      // `Economists at …`: a noun opening the sentence that describes who speaks is capitalised as the sentence's, not as a name
      !(k === 0 && people0) &&
      !possessor(a + k) &&
      w.cap &&
      !ARTICLES.has(w.lower) &&
      !POSSESSIVE_DETERMINERS.has(w.lower) &&
      !isNationality(w.view) &&
      !TITLE_HEADS.has(w.lower) &&
      !CALENDAR.has(w.lower),
  );
  const lowerHead = !head.cap || TITLE_HEADS.has(head.lower) || (head === t[a] && described0);
  if (lowerHead && (ANONYMOUS_HEADS.has(head.lower) || TITLE_HEADS.has(head.lower))) {
    const indefinite = INDEFINITE.has(words[0].lower) || (head.lower.endsWith('s') && words[0].pos !== 'DET');
    // `the Prime Minister` is not the foreign minister: the title's words right before its head narrow whom it fits (not a
    // qualifier's, `the former minister`, nor a possessor's, `the congressman's spokesman`)
    const role = [head.lower];
    for (let k = words.indexOf(head) - 1; k >= 0 && TITLE_WORDS.has(words[k].lower) && !QUALIFIERS.has(words[k].lower); k--) role.unshift(words[k].lower);
    const entity = indefinite ? undefined : resolveNominal(ctx, role.join(' '), anchor);
    if (entity) return speaker(mention, 'nominal', sieve, entity);
    return speaker(mention, ANONYMOUS_HEADS.has(head.lower) ? 'anonymous' : 'nominal', sieve);
  }
  // a place before the phrase's head is where the speaker is from or works, not who speaks ("the New York
  // businessman", "The US National Hurricane Center"); a place that ends the phrase speaks itself ("The White
  // House", though "Statistics Canada" so reads as Canada)
  if (caps.length) {
    const place = owned.find((e) => e.type === 'location' && ctx.owner[b - 1] === e);
    const named = byAlias(ctx, caps.at(-1)!.view) ?? owned.find((e) => e.type !== 'location') ?? place;
    // `the New York businessman`: with no one named, an article and a lowercase head describe the speaker
    const described = !named && ARTICLES.has(words[0].lower) && head.low && head.pos === 'NOUN';
    // `the San Francisco-based startup said`, `the California carmaker said`: a body described by where it is (every capital a
    // place's the gazetteers know), the latest one named; not a body's own name before its kind (`the Gannett newspaper chain`)
    const located = () =>
      words.every((w, k) => {
        const e = ctx.owner[a + k];
        return !caps.includes(w) || (e?.type === 'location' && !!placeOf(e.name));
      });
    const body = described && BODY_KINDS.has(head.lower) && located() ? resolveBody(ctx, anchor) : undefined;
    return speaker(mention, described ? 'nominal' : 'name', sieve, named ?? body);
  }
  if (owned[0]) return speaker(mention, 'name', sieve, owned[0]);
  // `the military said`, `Israel’s military said`: an adjective ending a determined phrase before a verb is its noun (not `a growing fear`);
  // so after the verb, closing the clause (`said the Israeli military.`, `according to Israel’s military,`)
  const [before, end] = words.slice(-2);
  const inverted = (isVerbal(t[a - 1]) || (t[a - 1]?.lower === 'to' && t[a - 2]?.lower === 'according')) && /^[.,;]$/.test(t[b]?.text ?? '');
  const verbNext = t[pastAside(ctx, b)]?.pos === 'VERB' || inverted;
  const adjectiveHead =
    end?.pos === 'ADJ' && verbNext && !!before && (ARTICLES.has(words[0].lower) || before.possessive || POSSESSIVE_DETERMINERS.has(before.lower));
  // `the department said` after the Labor Department: the latest organisation whose name the head word ends;
  // `the company said`, `The carmaker told …`: a body described is the latest organisation named
  if (words[0].lower === 'the' && words.length === 2) {
    const body = resolveHeadBody(ctx, head.lower, anchor) ?? (BODY_KINDS.has(head.lower) ? resolveBody(ctx, anchor) : undefined);
    if (body) return speaker(mention, 'nominal', sieve, body);
  }
  // `The two said`, `the other argued`: an article and a word after it describe who before a verb, whatever the tagger
  // calls the word (`a growing fear that …` is no one's)
  const determined = ARTICLES.has(words[0].lower) && words.length > 1 && verbNext;
  return head.pos === 'NOUN' || adjectiveHead || determined || (head === t[a] && people0) ? speaker(mention, 'nominal', sieve) : null;
}
