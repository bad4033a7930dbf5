import { characterise } from './characterise';
import { clauseSubject } from './clause-subject';
import { continuation } from './continuation';
import { coordinate } from './coordinate';
import { cueAfter } from './cue-after';
import { cueBefore } from './cue-before';
import { cueLater } from './cue-later';
import { creditLine } from './credit';
import { colonIntro } from './intro';
import { nameLabel } from './name-label';
import { previousParagraph } from './previous-paragraph';
import { previousSentence } from './previous-sentence';
import type { Sieve } from './sieve';
import { speechNounOwner } from './speech-noun';
import { turnLabel } from './turn-label';

/** the attribution sieves in the order they are tried; the first that answers wins */
export const SIEVES: readonly Sieve[] = [
  turnLabel,
  cueAfter,
  // before cue-before: `Pollsters agree - Carl Bialik: “…”`, a roundup's headline verb is no cue of the labelled quote
  nameLabel,
  cueBefore,
  colonIntro,
  creditLine,
  characterise,
  coordinate,
  speechNounOwner,
  cueLater,
  continuation,
  previousSentence,
  previousParagraph,
  clauseSubject,
];

/** the sieves named, in their order; an unknown name is an error (scripts and tests ablate sieves by name) */
export function selectSieves(names: readonly string[]): readonly Sieve[] {
  const unknown = names.filter((n) => !SIEVES.some((s) => s.name === n));
  if (unknown.length) throw new Error(`unknown sieve ${unknown.join(', ')} (the sieves: ${SIEVES.map((s) => s.name).join(', ')})`);
  return SIEVES.filter((s) => names.includes(s.name));
}

export type { Sieve };
