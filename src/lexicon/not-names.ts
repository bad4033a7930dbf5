// capitalised words that a tagger reads as names but that name no person, organisation or place;
// one row a word or phrase, as written, with why it is none. only a candidate that is exactly
// such a word goes: "Christmas Island" and "Easter Island" stay places

const rows = (reason: string, words: string): Array<[string, string]> => words.split(',').map((w) => [w.trim(), reason]);

const NOT_NAME_ROWS: ReadonlyArray<[string, string]> = [
  // days of a calendar, not places or bodies (CoNLL and GUM leave them out of names)
  ...rows('holiday', 'Christmas, Easter, Ramadan, Hanukkah, Diwali, Passover, Thanksgiving, Halloween, Lent, Yom Kippur, Rosh Hashanah, Ramadhan, Pentecost'),
  // acronyms of measures in economic news, not organisations
  ...rows('measure', 'GDP, GNP, GNI, EBITDA, EBIT, EPS, CPI, PPI, PMI, ROE, ROI, NAV, YoY'),
  // the furniture of a wire story's web page
  ...rows('wire', 'PHOTO, PHOTOS, VIDEO, Slideshow, FILE PHOTO, GRAPHIC, FACTBOX, Factbox'),
  // a credit line's words read alone ("Editing by Clara Mendes": the tagger may take "Editing" for a place)
  ...rows('credit', 'Reporting, Editing, Writing'),
];

/** a word or phrase that names nothing, as written, to the reason it does not */
export const NOT_NAMES: ReadonlyMap<string, string> = new Map(NOT_NAME_ROWS);

/**
 * the words of a wire story's credit line, before the people who wrote or edited it: "Reporting by
 * Marie Dupont; Editing by John Stonestreet"; the credit words are no part of the name after them
 */
export const CREDIT_WORDS = new Set(['reporting', 'editing', 'writing', 'compiled', 'additional', 'photo', 'photos', 'graphic', 'graphics']);
