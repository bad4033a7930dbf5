import type { Token } from '../../core/types';
import type { SieveName } from '../../schema';
import { isSetOff, opensClause } from '../kind';
import { afterSubject, inQuotedName, isTitleStop, phraseAfter, phraseBefore, reportsClause, withAppositiveName, withPostmodifier } from '../phrase';
import { readSpeaker } from '../speaker';
import { cueOf, tokenRange, type Attribution, type QuoteContext } from '../context';
import type { QuoteSpan, Sieve } from './sieve';
import { answerVerbAt, closesAfterListener, closesClause, cueAt, frameCueAt, mannerVerbAt } from '../cues';
import { speakerOfCue } from '../cue-speaker';
import { agentAfter } from '../agent';

/** how many tokens after a quote may hold its cue ("panel Chairman Rep. Jason Chaffetz (R-Utah) said") */
const REACH = 24;
const LEADS = new Set([',', '\u2014', '\u2013', '-']);
const STOPS = new Set(['.', '!', '?', ';', ':']);

/**
 * `“…,” mused Blaze co-host Stu Burguiere.`, `“This is fantastic!” beamed Donald Hartley, who …`, `“…,” shot back
 * Rick Tyler.`: any verb of saying (with its particle of answering) right after a quotation puts its speaker after it
 * when a name follows and closes the clause
 */
function invertedFrame(ctx: QuoteContext, j: number, sieve: SieveName, anchor: number): Attribution | null {
  const t = ctx.doc.tokens;
  const ceil = Math.min(t.length, j + REACH);
  // `“Not true,” shot back Cruz spokesman Rick Tyler.`: a particle of answering is the cue's, the name after it
  const n = answerVerbAt(ctx, j) ? 2 : 1;
  const cue = cueOf(ctx.doc, t[j], t[j + n - 1]);
  const p = phraseAfter(ctx, j + n, ceil);
  if (!p || !t[p[0]].cap) return null;
  const closes = (k: number) => !t[k] || t[k].paragraph !== t[j].paragraph || t[k].text === ',' || /^[.!?]$/.test(t[k].text);
  if (!closes(hometownEnd(ctx, p[1], ceil))) return null;
  const found = readSpeaker(ctx, withPostmodifier(ctx, p, ceil), anchor, sieve);
  if (found && found.speaker.form === 'name') return { ...found, cue };
  // `exhorted Clinton's introducer, actress Jamie Lee Curtis.`: a description's appositive names the person
  const named = withAppositiveName(ctx, p, ceil);
  const person = named !== p ? readSpeaker(ctx, named, anchor, sieve) : null;
  return person?.entity?.type === 'person' && person.speaker.form === 'name' ? { ...person, cue } : null;
}

/**
 * `beamed Donald Hartley of Madison, Alabama, who …`: where a person is from, `of` and a place (and
 * the place's state after a comma), follows the name; the token after it, or `k` when none does
 */
function hometownEnd(ctx: QuoteContext, k: number, ceil: number): number {
  const t = ctx.doc.tokens;
  const place = (i: number) => {
    let e = i;
    while (e < ceil && ctx.owner[e]?.type === 'location' && ctx.owner[e] === ctx.owner[i] && !ctx.quoted[e]) e++;
    return e;
  };
  if (t[k]?.lower !== 'of' || ctx.owner[k - 1]?.type !== 'person') return k;
  let e = place(k + 1);
  if (e === k + 1) return k;
  if (t[e]?.text === ',' && place(e + 1) > e + 1) e = place(e + 1);
  return e;
}

/**
 * a lowercase -ing word the tagger calls a verb, or one taking a determiner or pronoun after it as
 * its object (`promising/ADJ the group`): a participle, never the head of a speaker's phrase
 */
function opensParticiple(t: readonly Token[], k: number): boolean {
  const tok = t[k];
  if (tok.cap || !tok.lower.endsWith('ing')) return false;
  return tok.pos === 'VERB' || t[k + 1]?.pos === 'DET' || t[k + 1]?.pos === 'PRON';
}

/**
 * `Manafort, citing “the magic of Trump,” said the candidate could win`: a phrase right after the cue, then an auxiliary,
 * is the subject of the clause the cue reports, not the speaker of the quotation before it (a participle there may be the
 * speaker's own: `said the base chief known as Bob`)
 */
function subjectOfAuxiliary(ctx: QuoteContext, k: number): boolean {
  const t = ctx.doc.tokens;
  const v = afterSubject(ctx, k);
  return t[v]?.pos === 'AUX' && t[v].sentence === t[k]?.sentence && !ctx.quoted[v];
}

/** the quotation's words end a sentence: a stop, question or exclamation mark inside its closing mark */
const closesSentence = (ctx: QuoteContext, q: QuoteSpan) => /[.?!]\P{L}*$/u.test(ctx.doc.view.slice(q.start, q.end));

/**
 * `''We are refugees.'' Mr. Zahed said: ''…''`: a cue whose clause ends in a colon before a quotation, or
 * in a comma before one when the quote before it closed its sentence, introduces the next quotation;
 * not one that goes on in lowercase (`“Is it over?” asked Manchin, “or not?”`): that is the rest of
 * the quotation the clause interrupts, and the cue reports both
 */
function introducesNext(ctx: QuoteContext, q: QuoteSpan, from: number): boolean {
  const t = ctx.doc.tokens;
  for (let k = from; k < t.length && k < from + REACH && !ctx.quoted[k]; k++) {
    // `“…,” Trump said before adding: “…”`: a colon after another cue introduces that cue's quotation
    if (cueAt(ctx, k)) return false;
    if (!/^[.,;:!?]$/.test(t[k].text) || isTitleStop(t, k)) continue;
    const next = ctx.quoted[k + 1] && t[k + 1]?.paragraph === t[k].paragraph;
    if (t[k].text === ':') return next;
    return t[k].text === ',' && next && closesSentence(ctx, q) && !resumesInLowercase(t, k + 1);
  }
  return false;
}

/** the quotation opening at token k goes on in lowercase after its opening marks */
function resumesInLowercase(t: readonly Token[], k: number): boolean {
  let w = k;
  while (t[w]?.punct) w++;
  return !!t[w]?.low;
}

/** how far a participle's phrase may run before the clause's verb: `based in the Swiss city of Geneva` */
const POSTMODIFIER_WORDS = 6;

/**
 * `“…,” a diplomat based in Geneva said.`, `“…,” people briefed on the talks said.`: a participle (at `j`) whose phrase
 * runs, no comma between, into a cue of the table describes the subject before it; the later cue is the clause's verb
 */
function postmodifiesSubject(ctx: QuoteContext, j: number): boolean {
  const t = ctx.doc.tokens;
  if (!/(?:ed|ing)$/.test(t[j].lower) || t[j + 1]?.pos !== 'ADP') return false;
  for (let k = j + 2; k < t.length && k <= j + 1 + POSTMODIFIER_WORDS && t[k].sentence === t[j].sentence; k++) {
    if (ctx.quoted[k] || t[k].punct) return false;
    if (cueAt(ctx, k)) return true;
  }
  return false;
}

/** `“…,” Sa'ar said` / `“…,” said Sa'ar` / `“…,” according to a source`: the cue right after the quote */
export const cueAfter: Sieve = {
  name: 'cue-after',
  stage: 'cue',
  reason: 'a reporting clause right after the closing mark names the speaker',
  apply(ctx, i) {
    const q = ctx.spans[i];
    const t = ctx.doc.tokens;
    // `“American Skin” was written by Springsteen`: the agent of a passive verb of saying after the quotation
    const agent = agentAfter(ctx, q, this.name);
    if (agent) return agent;
    // a fragment inside a sentence belongs to the cue before it ("is describing as “unhinged” a tweet")
    if (!opensClause(ctx, q) && !isSetOff(ctx, q)) return null;
    const [a, b] = tokenRange(t, q);
    // `but said “the question is the timing.” Gov. McCrory said …`: the cue before owns a quote that ends its sentence
    const lead = /^[,:]$/.test(t[a - 1]?.text ?? '') ? a - 2 : a - 1;
    if (closesSentence(ctx, q) && lead >= 0 && cueAt(ctx, lead)) return null;
    // `''… 'old-school,''' said …`: a nested quote's closing mark touching the closing `''` is left outside
    let k = t[b]?.text === "'" && t[b].start === q.end ? b + 1 : b;
    while (k < t.length && LEADS.has(t[k].text)) k++;
    const paragraph = t[b - 1]?.paragraph;
    // `“…,” Trump implored.`: after a quotation set off by a comma, any verb of saying closing the clause
    // `When Trump wrapped up — “I will win!” — the balloons cascaded down`: a quotation inside another
    // clause is no reporting frame's object, so any verb after it is no cue; only a listed one may be
    const setOff = isSetOff(ctx, q) && opensClause(ctx, q);
    let depth = 0;
    for (let j = k; j < t.length && j < k + REACH; j++) {
      // `Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said`: a name in marks inside the phrase is a word of it
      if ((ctx.quoted[j] && !ctx.inName[j] && !inQuotedName(ctx, j)) || t[j].paragraph !== paragraph) return null;
      depth += t[j].text === '(' ? 1 : t[j].text === ')' ? -1 : 0;
      if (depth <= 0 && STOPS.has(t[j].text) && !isTitleStop(t, j)) return null;
      // `“…,” mused Blaze co-host Stu Burguiere.`: any verb, inverted before a name closing the clause
      const inverted =
        j === k && setOff && !cueAt(ctx, j) && (frameCueAt(ctx, j) || mannerVerbAt(ctx, j) || answerVerbAt(ctx, j))
          ? invertedFrame(ctx, j, this.name, q.start)
          : null;
      if (inverted) return inverted;
      // `“…,” Trump shot back.`: a verb and a particle of answering, whatever the tagger calls the verb
      const answer = setOff && j > k && answerVerbAt(ctx, j) && closesClause(t, j + 1);
      const framed =
        setOff &&
        j > k &&
        ((frameCueAt(ctx, j) && (closesClause(t, j) || closesAfterListener(t, j))) || (mannerVerbAt(ctx, j) && closesClause(t, j))) &&
        !postmodifiesSubject(ctx, j);
      const n = cueAt(ctx, j) || (answer || framed ? 1 : 0);
      if (!n) continue;
      if (introducesNext(ctx, q, j + n)) return null;
      // `“….” Kasich said he would have fired him.`: after a quotation that closed its sentence, a cue
      // going on into a clause of its own reports that clause, not the quotation; so does one after a
      // quotation inside a clause (`as Trump claimed that “…,” one of the prosecutors said the cases …`)
      if ((closesSentence(ctx, q) || (n === 1 && !opensClause(ctx, q))) && reportsClause(ctx, j + n)) return null;
      if (j === k && subjectOfAuxiliary(ctx, j + n)) return null;
      // `“…,” agrees Michelle Stevens, 30, of Gainesville.`: a listed verb that does not invert in the
      // table still puts a name after it that closes the clause, as any verb right there does
      if (j === k)
        return speakerOfCue(ctx, j, n, k, Math.min(t.length, j + REACH), q.start, this.name) ?? (setOff ? invertedFrame(ctx, j, this.name, q.start) : null);
      // the words between the quote and the verb must be the speaker and nothing else; a cue inside
      // them (`the Indiana state firefighters union`) is part of the speaker's phrase; a participle
      // opening them (`“…,” promising the group will return`) makes them a clause of the quote's own speaker
      const p = phraseBefore(ctx, j, k);
      if (!p || p[0] !== k || opensParticiple(t, k)) continue;
      return speakerOfCue(ctx, j, n, k, j, q.start, this.name);
    }
    return null;
  },
};
