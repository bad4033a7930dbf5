import { characterise } from './characterise';
import { continuation } from './continuation';
import { coordinate } from './coordinate';
import { cueAfter } from './cue-after';
import { cueBefore } from './cue-before';
import { cueLater } from './cue-later';
import { creditLine } from './credit';
import { colonIntro } from './intro';
import { previousSentence } from './previous-sentence';
import type { Sieve } from './sieve';
import { speechNounOwner } from './speech-noun';
import { turnLabel } from './turn-label';

/** the attribution sieves in the order they are tried; the first that answers wins */
export const SIEVES: readonly Sieve[] = [
  turnLabel,
  cueAfter,
  cueBefore,
  colonIntro,
  creditLine,
  characterise,
  coordinate,
  speechNounOwner,
  cueLater,
  continuation,
  previousSentence,
];

export type { Sieve };
