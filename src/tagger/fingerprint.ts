// the feature fingerprint: a hash of every feature id the decoder asks for on a probe document.
// Training records it in meta.json; a model whose fingerprint is not the running code's was trained
// on other features (a template, a hash, a shape or a history rule changed since) and is refused.
// Behaviour, not source text: a comment or a refactoring changes nothing, a changed feature id does.
import { wordFlags } from '../document/tokens';
import type { Doc, Token } from '../core/types';
import { decode, type Scorer } from './decode';
import { GAZ_CLASSES, type GazClass } from '../lexicon/phrase-classes';
import { extractFeatures, type Gazetteer, type TokenInfo } from './features';

// paragraphs of sentences of space-separated tokens; between them every static template fires:
// sentence and paragraph openers, a capitals sentence, capitalised runs joined by "of", one- and
// two-word gazetteer phrases, a name seen twice, long, hyphenated, numeric and non-ASCII words
const PROBE = [
  ['Prime Minister Angela Merkel met the Bank of England in New York on 2024-05-01 .', 'Merkel said Zoë would fly to Paris , not Bonn .'],
  ['BREAKING : OBAMA MEETS PUTIN IN MOSCOW', 'Mr. Smith of Acme Corp. told Reuters the supercalifragilisticexpialidocious-x9 plan in 東京 failed .'],
];
const PROBE_GAZETTEER: Partial<Record<GazClass, string[]>> = {
  first: ['angela', 'zoë'],
  last: ['merkel', 'smith'],
  city: ['paris', 'new york', 'moscow'],
  org: ['bank of england'],
  title: ['prime minister', 'minister'],
  orgsuffix: ['corp.'],
  honorific: ['mr.'],
};

function probeDoc(): Doc {
  const doc: Doc = { text: '', view: '', tokens: [], sentences: [], paragraphs: [] };
  let text = '';
  PROBE.forEach((sentences, para) => {
    if (para) text += '\n\n';
    const sentenceStart = doc.sentences.length;
    for (const s of sentences) {
      if (doc.sentences.length > sentenceStart) text += ' ';
      const tokenStart = doc.tokens.length;
      const start = text.length;
      for (const w of s.split(' ')) {
        if (doc.tokens.length > tokenStart) text += ' ';
        const t: Token = {
          start: text.length,
          end: text.length + w.length,
          text: w,
          view: w,
          lower: w.toLowerCase(),
          pos: '',
          index: doc.tokens.length,
          sentence: doc.sentences.length,
          paragraph: para,
          ...wordFlags(w),
          opensSentence: false,
        };
        doc.tokens.push(t);
        text += w;
      }
      doc.sentences.push({ start, end: text.length, index: doc.sentences.length, paragraph: para, tokenStart, tokenEnd: doc.tokens.length });
    }
    doc.paragraphs.push({ start: doc.sentences[sentenceStart].start, end: text.length, index: para, sentenceStart, sentenceEnd: doc.sentences.length });
  });
  doc.text = doc.view = text;
  return doc;
}

function probeGazetteer(): Gazetteer {
  const phrases = new Map<string, number>();
  const prefixes = new Set<string>();
  GAZ_CLASSES.forEach((c, k) => {
    for (const p of PROBE_GAZETTEER[c] ?? []) {
      phrases.set(p, (phrases.get(p) ?? 0) | (1 << k));
      for (let i = p.indexOf(' '); i > 0; i = p.indexOf(' ', i + 1)) prefixes.add(p.slice(0, i));
    }
  });
  // clusters of a few probe words, so the cluster templates fire (ids at every level differ)
  const clusters = new Map<string, number>([
    ['merkel', 37],
    ['paris', 200],
    ['said', 1000],
    ['the', 5],
    ['0000-00-00', 511],
  ]);
  return { phrases, maxLen: 3, prefixes, clusters };
}

/**
 * the fingerprint of a feature extractor (by default the running code's): 8 hex digits over the
 * feature ids, in the order asked for, and the tags a pseudo-random scorer makes the decoder choose,
 * so the dynamic features see entities open, close and recur
 */
export function featureFingerprint(extract: (doc: Doc, gaz: Gazetteer) => TokenInfo = extractFeatures): string {
  let h = 0x811c9dc5;
  const mix = (x: number) => {
    h = Math.imul(h ^ x, 0x01000193);
    h ^= h >>> 15;
  };
  const scorer: Scorer = {
    add(feat, scores) {
      mix(feat);
      for (let t = 0; t < scores.length; t++) scores[t] += (Math.imul(feat ^ Math.imul(t, 0x9e3779b1), 0x85ebca6b) >>> 24) - 128;
    },
  };
  for (const tag of decode(extract(probeDoc(), probeGazetteer()), scorer)) mix(tag);
  return (h >>> 0).toString(16).padStart(8, '0');
}
