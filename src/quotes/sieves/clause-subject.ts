import { SUBJECT_CLAUSE_OPENERS } from '../../lexicon/function-words';
import { RELATIVES } from '../../lexicon/reported';
import { BE_FORMS } from '../../lexicon/speech';
import { sentenceWindow, tokenRange, type Attribution, type QuoteContext } from '../context';
import { beforeVerb, phraseBefore } from '../phrase';
import { readSpeaker } from '../speaker';
import type { Sieve } from './sieve';

/** the person or organisation that is the subject of the first finite verb in tokens [from, to), or null */
function subjectOf(ctx: QuoteContext, from: number, to: number, anchor: number): Omit<Attribution, 'cue'> | null {
  const t = ctx.doc.tokens;
  for (let v = from; v < to; v++) {
    // `Ted Nordhaus, co-founder of …, welcomed`: a word a name covers is no verb, whatever its tag
    if (ctx.quoted[v] || ctx.owner[v] || t[v].pos !== 'VERB' || t[v].lower.endsWith('ing') || t[v - 1]?.lower === 'to') continue;
    // `Ted Cruz, who has had a surge in Iowa, named …`: a relative clause set off by a comma is not the sentence's
    const rel = beforeVerb(t, v, from);
    if (rel > from && RELATIVES.has(t[rel].lower) && t[rel - 1].text === ',') continue;
    // `Smith was greeted with chants of “Bobby!”`: a passive's subject is acted on, not heard
    if (BE_FORMS.has(t[v - 1]?.lower ?? '')) return null;
    const p = phraseBefore(ctx, v, from, true);
    // `As Blumenthal spoke, the NRA was …`, `where Clinton appeared Sunday, West landed …`: a clause
    // a subordinator opens and a comma closes is not the sentence's; its subject is not the one (`As Byler pointed out in
    // December, “…”`: unless the quotation follows its comma, which the clause then frames)
    if (p && SUBJECT_CLAUSE_OPENERS.has(t[p[0] - 1]?.lower ?? '') && t.slice(v + 1, to - 1).some((w) => w.text === ',')) continue;
    const found = p ? readSpeaker(ctx, p, anchor, 'clause-subject') : null;
    if (!found || (!found.entity && found.speaker.form !== 'pronoun') || found.entity?.type === 'location') return null;
    return found;
  }
  return null;
}

/**
 * `Trump has boasted of his willingness to spend “whatever it takes”`, `Will urged voters to reject
 * “…”`: a quotation inside a sentence whose words no cue governs is the words of the actor that
 * sentence is about, the subject of its first finite verb, when a person or an organisation is it;
 * `Clinton touted her record. “We need …”`: a quotation opening its sentence, that of the sentence
 * before it in its paragraph, when that sentence quotes nothing
 */
export const clauseSubject: Sieve = {
  name: 'clause-subject',
  stage: 'context',
  reason: 'a quotation no cue governs belongs to the actor its sentence, or the one before, is about',
  apply(ctx, i) {
    const q = ctx.spans[i];
    const t = ctx.doc.tokens;
    const [a] = tokenRange(t, q);
    const { from, start } = sentenceWindow(ctx, q);
    if (from !== start) return null;
    if (a > from) {
      const found = subjectOf(ctx, from, a, q.start);
      return found ? { ...found, cue: null } : null;
    }
    const prev = t[a - 1];
    if (!prev || prev.paragraph !== t[a]?.paragraph || q.continues) return null;
    const sentence = ctx.doc.sentences[prev.sentence];
    for (let j = sentence.tokenStart; j < a; j++) if (ctx.quoted[j]) return null;
    const found = subjectOf(ctx, sentence.tokenStart, a, q.start);
    return found ? { ...found, cue: null } : null;
  },
};
