import type { Token } from '../../../core/types';
import type { SieveName } from '../../../schema';
import type { QuoteContext } from '../../context';
import type { Cue } from '../../cues';
import type { Piece } from '../content';

/** where a statement's words lie (token pieces, two when the cue breaks them) and how far after the cue its speaker may be read (`said Smith`) */
export interface Reading {
  pieces: Piece[];
  speakerCeil: number;
  /** a phrase will do as content, no verb needed: `called for a ban`, `praised the plan` */
  phrase?: boolean;
  /** a word stands for what was said (`said so`, `said the same of Sanders`): content with no verb, one word will do */
  proForm?: boolean;
  /** nobody says it: `the deal appears to be dead` names no source */
  speakerless?: boolean;
}

/** the shapes' names, as a speaker's `sieve` gives them after `reported:` */
export type ShapeName = SieveName extends infer N ? (N extends `reported:${infer S}` ? S : never) : never;

/** one shape a reported statement takes around its cue */
export interface Shape {
  /** its name after `reported:` in SIEVE_NAMES */
  name: ShapeName;
  reason: string;
  read(ctx: QuoteContext, j: number, cue: Cue, floor: number, ceil: number): Reading | null;
}

/** how many tokens a reporting clause may run on after its cue and still close the statement (`…, Smith said in a statement Monday.`) */
export const TAIL = 8;
/** how far after the cue a `that` may open the content (`told reporters on Monday that …`) */
export const THAT_REACH = 14;

export const isMark = (tok: Token) => /^(?:[“”"‘’'«»]+|''|``)$/u.test(tok.text);
export const isDash = (text: string) => /^(?:[\u2014\u2013-]|--)$/.test(text);
export const isStop = (text: string) => /^[.!?;:]$/.test(text);
