// nouns that make a named geographic feature of the proper name before them:
// "the Philadelphi corridor", "Rafah crossing", "Golan Heights", "Strait of Hormuz"

export const FEATURE_WORDS: Record<string, 'feature' | 'water' | 'region'> = {
  corridor: 'feature', crossing: 'feature', border: 'feature', valley: 'feature', heights: 'feature',
  strip: 'region', bank: 'region', desert: 'feature', mountains: 'feature', mountain: 'feature',
  mount: 'feature', hills: 'feature', hill: 'feature', plateau: 'feature', peninsula: 'feature',
  pass: 'feature', canal: 'water', strait: 'water', straits: 'water', gulf: 'water', bay: 'water',
  sea: 'water', ocean: 'water', river: 'water', lake: 'water', channel: 'water', island: 'feature',
  islands: 'feature', coast: 'feature', basin: 'feature', delta: 'feature', dam: 'feature',
  airport: 'feature', port: 'feature', square: 'feature', bridge: 'feature', highway: 'feature',
  road: 'feature', street: 'feature', avenue: 'feature', park: 'feature', camp: 'feature',
  checkpoint: 'feature', triangle: 'feature', province: 'region', district: 'region', county: 'region',
  region: 'region', governorate: 'region', state: 'region', territory: 'region',
};

/** feature words that also read "X of Y": "Strait of Hormuz", "Gulf of Aden", "Sea of Galilee" */
export const FEATURE_OF = new Set(['strait', 'straits', 'gulf', 'sea', 'bay', 'lake', 'isle', 'mount', 'cape']);

/** lowercase qualifiers kept on a location rather than in its name: "northern Gaza" */
export const DIRECTIONS = new Set([
  'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern',
  'southeastern', 'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western',
  'north', 'south', 'east', 'west', 'upper', 'lower', 'greater', 'downtown', 'rural', 'coastal',
]);
