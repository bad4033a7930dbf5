import { sentenceWindow, tokenRange } from '../context';
import type { Sieve } from './sieve';

/** what may stand between two coordinated quotations: `as a “human leech” and a “spoiled brat.”` */
const LINKS = new Set([',', 'and', 'or', 'a', 'an', 'the', 'as']);

/** `gone after Trump as a “human leech” and a “spoiled brat.”`: a quote joined to the one before shares its speaker */
export const coordinate: Sieve = {
  name: 'coordinate',
  stage: 'cue',
  reason: 'a quotation coordinated with an attributed one in the same sentence is the same speaker’s words',
  apply(ctx, i, done) {
    const prev = done[i - 1];
    if (!prev || ctx.scare[i - 1]) return null;
    const t = ctx.doc.tokens;
    const [, end] = tokenRange(t, ctx.spans[i - 1]);
    const [a] = tokenRange(t, ctx.spans[i]);
    const { from } = sentenceWindow(ctx, ctx.spans[i]);
    if (end <= from || end >= a) return null;
    const between = t.slice(end, a).map((tok) => tok.lower);
    if (!between.some((w) => w === 'and' || w === 'or') || !between.every((w) => LINKS.has(w))) return null;
    return { ...prev, speaker: { ...prev.speaker, sieve: this.name } };
  },
};
