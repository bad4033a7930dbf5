// words around titles that are no part of them (the title words themselves: titles.ts)

/** words after a title that introduce the body it is held in: "director of Mossad", "spokesman for Hamas" */
export const TITLE_LINKERS = new Set(['of', 'for', 'at']);

/** capitalised words that never name the body of a title: sentence openers, days */
export const STOP_CAPS = new Set([
  'The', 'A', 'An', 'This', 'That', 'He', 'She', 'It', 'They', 'We', 'I', 'In', 'On', 'At', 'But',
  'And', 'Or', 'If', 'As', 'For', 'His', 'Her', 'Their', 'Our', 'Its', 'When', 'While', 'After',
  'Before', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Meanwhile',
]);
