// words around the titles of works (books, films, shows) quoted in the text, and the heads of events

/** nouns for works that an appositive title follows: `his 2002 book, “Make Your Kid a Millionaire,”` */
export const WORK_NOUNS = new Set(['show', 'program', 'programme', 'film', 'movie', 'book', 'song', 'anthem', 'album', 'series', 'novel', 'memoir', 'documentary', 'podcast', 'column', 'essay', 'play', 'poem']);

/** the word that credits a work to its author after its title: `“Posthumous books could sell,” by Joseph Kahn` */
export const AUTHOR_CREDITS = new Set(['by']);

/** words after which a title-case quote names a work or a show, not a statement: a work noun too (`the podcast “Here’s the Thing”`) */
export const TITLE_CUES = new Set(["'s", '’s', 'of', 'titled', 'entitled', 'on', 'dubbed', 'the', ...WORK_NOUNS]);

/** the last words of an event's or an award's name, which is no person, body or place (CoNLL's MISC): "Berlin Marathon", "Moscow International Film Festival" */
export const EVENT_HEADS = new Set(['festival', 'award', 'awards', 'prize', 'marathon', 'olympics', 'biennale', 'summit']);

/**
 * the last words of a sporting contest's name: "U.S. Open", "Hong Kong Open", "Atlanta Games", "Berlin Grand Prix",
 * "Fed Cup", "Buick Classic". Unlike an event after its host (EVENT_HEADS, whose place GUM marks), the place or
 * body such a contest is named for is no name of its own there: capitalised words right before these over the
 * labelled sets and CoNLL train lie inside a gold event 290 times and are a place 5 times (GUM news's "World" of
 * "World Cup", which GUM's other genres leave inside it), a person 7 and a body once. "Grand Prix" closes with `prix`
 */
export const CONTEST_HEADS: ReadonlySet<string> = new Set([
  'open', 'championship', 'championships', 'cup', 'games', 'prix', 'masters', 'classic', 'series', 'tour', 'rally', 'trophy',
]);

/** names a contest's name keeps as names of their own: the world of a "World Cup", which GUM's news marks a place (3 times in 3) and CoNLL leaves inside the contest's name */
export const KEPT_BEFORE_CONTEST: ReadonlySet<string> = new Set(['World']);

/**
 * words a title of a work may keep lowercase (`The Old Man and the Sea`, `This Week with George
 * Stephanopoulos`, `Crime or Punishment`): the articles, the coordinating conjunctions and the
 * short prepositions, as the style guides (Chicago, AP's under four letters) leave them
 */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  ...['a', 'an', 'the'],
  ...['and', 'but', 'or', 'nor', 'so', 'yet'],
  ...['as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'off', 'on', 'onto', 'over', 'per', 'to', 'up', 'upon', 'via', 'vs', 'with'],
]);
