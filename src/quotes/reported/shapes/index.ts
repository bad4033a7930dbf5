// the shapes a reported statement takes around its cue, one file a shape; the first whose words read as content wins
import { accordingTo } from './according-to';
import { clauseAfter } from './clause-after';
import { fronted } from './fronted';
import { question } from './question';
import { raised } from './raised';
import type { Shape } from './shape';

export type { Reading, Shape, ShapeName } from './shape';

/** the shapes in the order they are tried; the first whose words read as content wins */
export const SHAPES: readonly Shape[] = [accordingTo, raised, question, fronted, clauseAfter];
