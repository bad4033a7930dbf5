// words the title reader treats apart from the title itself

/** kept in Title.qualifiers rather than in the title: "former", "acting", "deputy" */
export const QUALIFIERS = new Set([
  'former', 'acting', 'deputy', 'interim', 'outgoing', 'incoming', 'then', 'ex', 'late', 'retired',
  'designate', 'elect', 'incumbent', 'current', 'assistant', 'caretaker', 'longtime', 'veteran', 'emeritus',
]);

/** heads that are titles only when capitalised or after a capitalised title: "Major General", not "a major exhibition" */
export const CAPITALISED_HEADS = new Set([
  'major', 'general', 'lieutenant', 'colonel', 'marshal', 'sergeant', 'admiral', 'brigadier', 'lord',
  'lady', 'sir', 'dame', 'justice', 'father', 'sister', 'brother', 'head', 'state',
]);

/** heads that relate a person to someone else, giving an affiliation but no title: "his Israeli counterpart" */
export const RELATIONAL = new Set(['counterpart']);

/** words after a title that introduce the body it is held in: "director of Mossad", "spokesman for Hamas" */
export const TITLE_LINKERS = new Set(['of', 'for', 'at']);

/** capitalised words that never name the body of a title: sentence openers, days */
export const STOP_CAPS = new Set([
  'The', 'A', 'An', 'This', 'That', 'He', 'She', 'It', 'They', 'We', 'I', 'In', 'On', 'At', 'But',
  'And', 'Or', 'If', 'As', 'For', 'His', 'Her', 'Their', 'Our', 'Its', 'When', 'While', 'After',
  'Before', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Meanwhile',
]);
