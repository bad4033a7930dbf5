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
