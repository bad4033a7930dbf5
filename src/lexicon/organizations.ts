// last words that make a capitalised run an organisation: "Labour Party", "Acme Corp"
export const ORG_SUFFIXES = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'llc', 'llp',
  'ag', 'gmbh', 'sa', 's.a.', 'nv', 'n.v.', 'group', 'holdings', 'party', 'ministry', 'department',
  'university', 'college', 'institute', 'council', 'committee', 'commission', 'agency', 'association',
  'federation', 'union', 'league', 'foundation', 'fund', 'bank', 'court', 'parliament', 'assembly',
  'congress', 'senate', 'army', 'navy', 'forces', 'brigades', 'police', 'service', 'bureau',
  'authority', 'office', 'organization', 'organisation', 'movement', 'front', 'club', 'times',
  'post', 'news', 'press', 'agency', 'network', 'airlines', 'airways', 'motors', 'systems',
  'technologies', 'industries', 'international', 'partners', 'capital', 'securities', 'exchange',
]);

/**
 * heads that take their name in an `of` phrase: "University of Texas", "Ministry of Defence",
 * "Church of Scientology"; the whole phrase is the organisation, not the head and a place
 */
export const OF_HEADS = new Set([
  'university', 'college', 'institute', 'academy', 'school', 'museum', 'bank', 'church', 'society',
  'association', 'federation', 'union', 'council', 'corps', 'department', 'ministry', 'municipality',
  'board', 'commission', 'committee', 'agency', 'foundation', 'journal', 'league', 'court', 'bureau',
  'chamber', 'assembly', 'parliament', 'government', 'office', 'party', 'order', 'synod', 'diocese',
]);

/**
 * last words that make a run of two or more capitalised words one organisation, whatever its
 * first words name ("Andy Warhol Foundation", "Saudi Gazette", "Indonesian Navy"): the suffixes
 * above without the company abbreviations, which the tagger reads well, plus the heads of
 * papers, museums and public bodies
 */
export const ORG_HEADS = new Set([
  ...[...ORG_SUFFIXES].filter((w) => /^[a-z]{4,}$/.test(w)),
  'journal', 'gazette', 'herald', 'tribune', 'magazine', 'museum', 'legion', 'corps', 'government',
  'conference', 'guard', 'society', 'academy', 'institution', 'coalition', 'alliance', 'caucus',
]);

/** states no gazetteer of today's countries lists, whose names end like an organisation's */
export const FORMER_STATES = new Set(['Soviet Union', 'Yugoslav Federation']);
