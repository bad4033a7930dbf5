// words around titles that are no part of them (the title words themselves: titles.ts)
import { OPENING_WORDS, WEEKDAY_WORDS } from './not-names';

/** words after a title that introduce the body it is held in: "director of Mossad", "spokesman for Hamas" */
export const TITLE_LINKERS = new Set(['of', 'for', 'at']);

/** capitalised words that never name the body of a title: sentence openers, days */
export const STOP_CAPS = new Set([...OPENING_WORDS, 'When', 'While', 'After', 'Before', 'Meanwhile', ...WEEKDAY_WORDS]);

/** the offices whose name closes on "of State": "Secretary of State", "heads of State" */
export const OF_STATE_OFFICES: ReadonlySet<string> = new Set(['secretary', 'secretaries', 'minister', 'ministers', 'head', 'heads', 'chief', 'undersecretary']);
