import { firstWhere } from '../core/search';
import { endsInS } from '../core/tokens';
import type { Entity } from '../core/types';
import { ARTICLES, DASHES, POSSESSIVE_DETERMINERS } from '../lexicon/function-words';
import { PERSON_NOUNS } from '../lexicon/peoples';
import { ANONYMOUS_HEADS, DOCUMENT_HEADS, SPEAKER_PRONOUNS, SPEECH_VERBS, UNRESOLVED_PRONOUNS } from '../lexicon/speech';
import { GENDER_WORDS, TITLE_HEADS } from '../lexicon/titles';
import { tokenAt, type QuoteContext } from './context';
import { isPronoun, phraseBefore } from './phrase';

/** how far back (in paragraphs) a pronoun or a nominal may look for its entity */
const LOOKBACK_PARAGRAPHS = 4;

/** how many sentences back a subject outranks a nearer mention ("Clinton says she … Machado's … she calls") */
const SUBJECT_SENTENCES = 2;

/** how far into its sentence the comma closing an opening phrase may be, and how many words may describe a name after it */
const OPENING_REACH = 5;
const NAME_DESCRIBED_REACH = 4;
/** how many tokens the phrase set off after such a name may run before its closing comma */
const APPOSITIVE_REACH = 12;

/**
 * a mention that opens its sentence or is followed by a reporting verb reads as a subject, as does a name set off by
 * commas after a short opening phrase with no verb and before the sentence's verb (`Cruz's rival, Florida Sen. Marco
 * Rubio, took …`, `Her father, Brad, 39, worried …`, `In a statement, Brian Fallon, a spokesman, said`), later in the
 * sentence than a possessor opening it, so a pronoun after it finds it first
 */
function isSubject(ctx: QuoteContext, first: number, last: number): boolean {
  const t = ctx.doc.tokens;
  const next = t[last + 1];
  const start = ctx.doc.sentences[t[first].sentence].tokenStart;
  if (first - start <= 2 || (!!next && SPEECH_VERBS.has(next.lower))) return true;
  if (next?.text !== ',') return false;
  let c = first - 1;
  while (c > start && first - c <= NAME_DESCRIBED_REACH && (t[c].cap || t[c].text === '.')) c--;
  if (t[c].text !== ',' || c - start > OPENING_REACH) return false;
  for (let k = start; k < c; k++) if (t[k].pos === 'VERB' || t[k].pos === 'AUX') return false;
  // the sentence's verb right after the name's comma, or after one more phrase set off (`, a spokesman for the campaign,
  // said`); not another subject (`Along with her husband, Milton Berg, a money manager, she has given`)
  const verbAt = (k: number) => t[k]?.sentence === t[first].sentence && (t[k].pos === 'VERB' || t[k].pos === 'AUX');
  if (verbAt(last + 2)) return true;
  for (let k = last + 2; k < t.length && k <= last + 2 + APPOSITIVE_REACH && t[k].sentence === t[first].sentence; k++) {
    if (t[k].text === ',') return verbAt(k + 1);
    if (verbAt(k)) return false;
  }
  return false;
}

/**
 * how far back (in sentences) a pronoun or a nominal may look whatever its paragraphs: news
 * paragraphs hold a few sentences, so this bounds only a text of one long paragraph, where each
 * pronoun would otherwise read every mention before it (quadratic time)
 */
const LOOKBACK_SENTENCES = 40;

/** a mention with its entity and its first and last token */
interface Placed {
  e: Entity;
  end: number;
  k: number;
  last: number;
}

const placedOf = new WeakMap<readonly Entity[], Placed[]>();

/**
 * every mention of the article, by end; of mentions ending together, the one of the earlier entity
 * (or the earlier mention) comes last, so a walk backwards meets it first. Built once per document
 * (the quotes stage adds no mention), keyed by its entity list, which every context made from the
 * document's (a nested quotation's, the reported statements') shares: keyed by the context, each
 * nested quotation built it again, quadratic time in a text of many
 */
function placed(ctx: QuoteContext): Placed[] {
  let list = placedOf.get(ctx.entities);
  if (list) return list;
  const t = ctx.doc.tokens;
  const keyed: Array<Placed & { rank: number }> = [];
  for (const e of ctx.entities)
    for (const m of e.mentions) {
      const k = tokenAt(t, m.start);
      if (ctx.inDateline[k]) continue;
      keyed.push({ e, end: m.end, k, last: Math.max(k, tokenAt(t, m.end) - 1), rank: keyed.length });
    }
  keyed.sort((x, y) => x.end - y.end || y.rank - x.rank);
  list = keyed;
  placedOf.set(ctx.entities, list);
  return list;
}

/** the mentions ending at or before `anchor`, latest first */
function* mentionsBefore(ctx: QuoteContext, anchor: number): Generator<Placed> {
  const list = placed(ctx);
  for (let i = firstWhere(list, (m) => m.end > anchor) - 1; i >= 0; i--) yield list[i];
}

/** the character offset where sentence `s` starts (0 before the first) */
function sentenceStart(ctx: QuoteContext, s: number): number {
  const sentence = ctx.doc.sentences[Math.max(0, s)];
  return s <= 0 || !sentence ? 0 : (ctx.doc.tokens[sentence.tokenStart]?.start ?? 0);
}

/** the entity of the latest fitting mention before `anchor` outside quotations, subjects first */
function latest(ctx: QuoteContext, anchor: number, fits: (e: Entity) => boolean): Entity | undefined {
  const t = ctx.doc.tokens;
  const at = Math.min(tokenAt(t, anchor), t.length - 1);
  const floor = (t[at]?.paragraph ?? 0) - LOOKBACK_PARAGRAPHS;
  const sentence = t[at]?.sentence ?? 0;
  const near = sentence - SUBJECT_SENTENCES;
  // a mention ending before these offsets lies wholly in an earlier sentence: no subject, or out of reach
  const nearStart = sentenceStart(ctx, near);
  const reach = sentenceStart(ctx, sentence - LOOKBACK_SENTENCES);
  let best: Entity | undefined;
  for (const { e, end, k, last } of mentionsBefore(ctx, anchor)) {
    if (end < reach || (best && end < nearStart)) break;
    if (!fits(e) || !t[k] || ctx.quoted[k] || t[k].paragraph < floor) continue;
    // the latest subject among the last sentences wins; else the latest mention
    if (t[k].sentence >= near && isSubject(ctx, k, last)) return e;
    best ??= e;
  }
  return best;
}

/** the entity a speaking pronoun stands for: nearest compatible mention before it */
export function resolvePronoun(ctx: QuoteContext, pronoun: string, anchor: number): Entity | undefined {
  const spec = SPEAKER_PRONOUNS[pronoun];
  // `I laughed and said, “…”`: outside a quotation the first person is the writer, whom no entity names; `you`, the
  // reader or the one asked
  if (!spec || UNRESOLVED_PRONOUNS.has(pronoun)) return undefined;
  const fits = (e: Entity) => spec.types.includes(e.type) && (!spec.gender || e.type !== 'person' || !e.gender || e.gender === spec.gender);
  const found = latest(ctx, anchor, fits);
  if (found || !spec.gender) return found;
  const signed = signer(ctx);
  return signed && fits(signed) ? signed : undefined;
}

/** the signer of each article, read once: every unresolved `he` or `she` asks, and a text may hold thousands */
const signers = new WeakMap<QuoteContext, Entity | null>();
function signer(ctx: QuoteContext): Entity | undefined {
  let found = signers.get(ctx);
  if (found === undefined) signers.set(ctx, (found = signerOf(ctx) ?? null));
  return found ?? undefined;
}

/**
 * `“We will fight on,” she wrote. — Jane Doe`: the person who signs the piece off, in a last paragraph of a dash
 * and their name (a comma and where or who they are may follow), when the piece names no other person; `he` or `she` that no one named before fits is them
 */
function signerOf(ctx: QuoteContext): Entity | undefined {
  const { paragraphs, sentences, tokens: t } = ctx.doc;
  const last = paragraphs.at(-1);
  if (!last || last.sentenceEnd <= last.sentenceStart) return undefined;
  const a = sentences[last.sentenceStart].tokenStart;
  const b = sentences[last.sentenceEnd - 1].tokenEnd;
  const e = ctx.owner[a + 1];
  if (!DASHES.has(t[a].text) || e?.type !== 'person') return undefined;
  // `— Jane Doe, Chicago`, `— Jane Doe, a reader`: after a comma, where or who the signer is
  let k = a + 1;
  while (k < b && ctx.owner[k] === e) k++;
  if (k < b && t[k].text !== ',') return undefined;
  for (; k < b; k++) if (ctx.owner[k]?.type === 'person') return undefined;
  return ctx.entities.every((x) => x === e || x.type !== 'person') ? e : undefined;
}

/** the organisation a definite description of a body (`the company`, `the carmaker`) stands for: the latest one named, subjects first */
export const resolveBody = (ctx: QuoteContext, anchor: number): Entity | undefined => latest(ctx, anchor, (e) => e.type === 'organization');

/** a name's last word, lowercase: "department" of "Labor Department" */
const lastWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1).toLowerCase();

/**
 * the organisation a definite description names by the head word of its name (`the department` for the Labor
 * Department, `the ministry` for the Foreign Ministry, `the bank` for the European Central Bank): the latest one
 * named, subjects first
 */
export const resolveHeadBody = (ctx: QuoteContext, head: string, anchor: number): Entity | undefined =>
  latest(ctx, anchor, (e) => e.type === 'organization' && [e.name, ...e.aliases].some((n) => n.includes(' ') && lastWord(n) === head));

/** the entity a nominal ("the minister", "the prime minister") stands for: nearest person holding that role, its modifiers and all */
export function resolveNominal(ctx: QuoteContext, role: string, anchor: number): Entity | undefined {
  const fits = (e: Entity) => e.roles.some((r) => r === role || r.endsWith(` ${role}`));
  return latest(ctx, anchor, fits);
}

/**
 * the person a definite description by nationality or age stands for (`the Spaniard`, `the
 * 42-year-old`): the latest person the article gives that country, else the one person named in
 * the nearest of the sentences just before that names anyone (none when it names two, or when that
 * one is given another country): `Saka and Rice scored. … said Mikel Arteta. The Spaniard added`
 */
export function resolveDescribed(ctx: QuoteContext, country: string | undefined, anchor: number): Entity | undefined {
  const countries = (e: Entity) => (e.type === 'person' ? e.details.affiliations : []).map((l) => l.countryCode).filter((c) => c !== null);
  if (country) {
    const given = latest(ctx, anchor, (e) => e.type === 'person' && countries(e).includes(country));
    if (given) return given;
  }
  const t = ctx.doc.tokens;
  const at = Math.min(tokenAt(t, anchor), t.length - 1);
  const near = (t[at]?.sentence ?? 0) - SUBJECT_SENTENCES;
  const recent = new Set<Entity>();
  const nearStart = sentenceStart(ctx, near);
  let named = -1;
  for (const { e, end, k } of mentionsBefore(ctx, anchor)) {
    if (end < nearStart || (named >= 0 && t[k] && t[k].sentence < named)) break;
    if (e.type !== 'person' || !t[k] || ctx.quoted[k] || t[k].sentence < near) continue;
    recent.add(e);
    named = t[k].sentence;
  }
  const [one] = recent;
  if (recent.size !== 1 || (country && countries(one).some((c) => c !== country))) return undefined;
  return one;
}

/** how many tokens back a pronoun looks for a speaker a description names: bounds a run-on text's cost */
const DESCRIBED_REACH = 80;

/** the words that head a description of one person: a source's, a title's, a gendered or a person's noun */
export const personHead = (w: string) =>
  (ANONYMOUS_HEADS.has(w) && !DOCUMENT_HEADS.has(w)) || TITLE_HEADS.has(w) || GENDER_WORDS[w] !== undefined || PERSON_NOUNS.has(w);

/**
 * `The mayor said the city would hire more officers. “We have heard you,” she said.`: a pronoun no
 * person of the article fits stands for the subject of the latest verb of saying before it, in its
 * sentence or the one before, when a description names that subject (an article or a possessive, a
 * lowercase singular noun for a person, no name, no gendered word against the pronoun); its tokens
 * [first, end), or null. Only then: where a person fits, a description before the pronoun mostly names
 * them again (`the senator`), or the pronoun in its own words is someone else (`An Iowa voter asked
 * if she …`); on PolNeAR train, letting a new referent (`a neighbour`) outrank the person was right
 * 2 times in 6
 */
export function describedSpeaker(ctx: QuoteContext, pronoun: string, anchor: number): [number, number] | null {
  const gender = SPEAKER_PRONOUNS[pronoun]?.gender;
  if (!gender) return null;
  const t = ctx.doc.tokens;
  const at = Math.min(tokenAt(t, anchor), t.length);
  const floorSentence = (t[at]?.sentence ?? t[at - 1]?.sentence ?? 0) - 1;
  for (let j = at - 1; j >= 0 && j >= at - DESCRIBED_REACH && t[j].sentence >= floorSentence; j--) {
    const cue = ctx.cues[j];
    if (!cue || ctx.quoted[j] || cue.frame === 'source-first' || cue.frame === 'passive') continue;
    // the latest verb of saying with a subject other than a pronoun decides (`A neighbour said she had heard …`)
    const phrase = phraseBefore(ctx, j, ctx.doc.sentences[t[j].sentence].tokenStart);
    // a participle with no subject (`heard shouting`) or a pronoun's verb (`said she had heard`) is not the one
    if (!phrase || (phrase[1] - phrase[0] === 1 && isPronoun(t[phrase[0]]))) continue;
    return isDescription(ctx, phrase, gender) ? phrase : null;
  }
  return null;
}

/** `a neighbour`, `the council’s chief executive`: a description of one person, no name, no gendered word against `gender` */
function isDescription(ctx: QuoteContext, [a, b]: [number, number], gender: 'male' | 'female'): boolean {
  const t = ctx.doc.tokens;
  const head = t[b - 1];
  const opens = ARTICLES.has(t[a].lower) || POSSESSIVE_DETERMINERS.has(t[a].lower);
  const singular = !endsInS(head);
  if (!opens || b - a < 2 || head.pos !== 'NOUN' || !head.low || !singular || !personHead(head.lower) || ctx.owner[b - 1]) return false;
  for (let k = a; k < b; k++) {
    if (ctx.owner[k]?.type === 'person') return false;
    const g = GENDER_WORDS[t[k].lower];
    if (g && g !== gender) return false;
  }
  return true;
}
