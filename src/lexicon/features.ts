// nouns that make a named geographic feature of the proper name before them:
// "the Philadelphi corridor", "Rafah crossing", "Golan Heights", "Strait of Hormuz"
import { placeOf, type Place } from './gazetteer';
import { wordTable } from './table';

export const FEATURE_WORDS: Readonly<Record<string, 'feature' | 'water' | 'region'>> = wordTable({
  corridor: 'feature', crossing: 'feature', border: 'feature', valley: 'feature', heights: 'feature',
  strip: 'region', bank: 'region', desert: 'feature', mountains: 'feature', mountain: 'feature',
  mount: 'feature', hills: 'feature', hill: 'feature', plateau: 'feature', peninsula: 'feature',
  pass: 'feature', canal: 'water', strait: 'water', straits: 'water', gulf: 'water', bay: 'water',
  sea: 'water', ocean: 'water', river: 'water', lake: 'water', channel: 'water', island: 'feature',
  islands: 'feature', coast: 'feature', basin: 'feature', delta: 'feature', dam: 'feature',
  airport: 'feature', airbase: 'feature', port: 'feature', square: 'feature', bridge: 'feature', highway: 'feature',
  road: 'feature', street: 'feature', avenue: 'feature', park: 'feature', camp: 'feature',
  checkpoint: 'feature', triangle: 'feature', province: 'region', district: 'region', county: 'region',
  region: 'region', governorate: 'region', state: 'region', territory: 'region', 'sub-district': 'region',
  subdistrict: 'region', municipality: 'region', prefecture: 'region', oblast: 'region', barracks: 'feature',
});

/**
 * words that say what kind of feature the noun after them is, the name before them the feature's: "the Nuseirat refugee
 * camp", "Ain al-Asad air base", "the Kerem Shalom border crossing", "Hmeimim military base". `base` names a place only
 * after one of them ("the Republican base", "a fan base")
 */
export const FEATURE_KINDS: ReadonlySet<string> = new Set(['refugee', 'displacement', 'detention', 'air', 'naval', 'military', 'army']);
/** `noun` names a feature after a word of FEATURE_KINDS */
export const isKindedFeature = (noun: string): boolean => noun === 'base' || !!FEATURE_WORDS[noun];

/**
 * last words that make a name of two words or more a place, whatever a model guessed: "Hancock
 * Brook" is no person, "Eureka Springs" no company. gold names so ending are places 114 times in
 * 118 over the labelled sets; not words that are also surnames ("Michael Bay", "Peter Brook",
 * "Ricki Lake", "Benny Hill") nor heads that name bodies as often ("County", "Coast", "Forest").
 * Facilities named for a person ("John F. Kennedy International Airport", "Chiang Kai Shek Memorial
 * Hall Station"): gold names ending in airport, stadium, bridge, station, mosque, prison or building
 * are places 58 times in 64 (the rest bodies: an airport's operator, a station's broadcaster); in castle, mansion
 * or cemetery places 7 times in 7 ("Auckland Castle", "Pittock Mansion", "Montparnasse Cemetery", which the tagger
 * reads as bodies)
 */
export const PLACE_HEADS = new Set([
  'islands', 'island', 'gulf', 'strait', 'ocean', 'sea', 'river', 'valley', 'springs', 'dock', 'falls',
  'creek', 'peninsula', 'plateau', 'basin', 'desert', 'mountains', 'reservoir',
  // the sea's and the ice's features ("Second Thomas Shoal", "Scarborough Shoal", "Great Barrier Reef", "Bikini Atoll"; gold names
  // so closed are places 6 times in 6 over the labelled sets)
  'shoal', 'shoals', 'reef', 'atoll', 'lagoon', 'glacier', 'fjord', 'archipelago',
  'airport', 'stadium', 'bridge', 'station', 'mosque', 'prison', 'building', 'castle', 'mansion', 'cemetery',
]);

/**
 * last words that make a name a place unless a given name opens it, as they close surnames too:
 * "Hancock Brook", "Willett Brook", "Hancock Pond", "Stony Brook"; not "Arthur Pond", "Peter Brook"
 * (gold names so closed are places 6 times in 7 over the labelled sets, the other "Arthur Pond")
 */
export const SURNAME_PLACE_HEADS = new Set(['brook', 'pond']);

/**
 * first words of Arabic and Hebrew place names, each the head noun the rest of the name qualifies: "Deir al-Balah"
 * (monastery), "Kafr Nabl", "Kfar Aza" (village), "Tell Abyad", "Tall Refaat" (mound), "Jisr al-Shughur" (bridge), "Bab al-Hawa"
 * (gate), "Beit Hanoun" (house), "Ain Issa" (spring), "Bir al-Abed" (well), "Wadi Barada" (valley), "Jabal al-Zawiya",
 * "Jebel Ali" (mountain), "Khirbet" (ruin), "Marj" (meadow), "Qasr" (palace), "Nahr al-Bared" (river), "Maarat
 * al-Numan" (cave), "Khan Younis" (inn), "Kiryat Shmona" (town), "Ramat Gan" (height), "Givat" (hill), "Ma'ale Adumim"
 * (ascent), "Masjid Al-Haram" (mosque). A name of two words or more opening with one is a place, where taggers trained on European names read a
 * person ("Khan al-Assal"). Two open people's names too, and open a place's only before the article: "Ras al-Ayn",
 * "Tal al-Zaatar", not Ras Baraka or Tal Becker. Left out: Neve (Neve Campbell), Ein, Sheikh, Abu, Umm, Bani. Over the
 * labelled sets names so opened are one place (CoNLL's "Jebel") and one more in CoNLL train ("Kiryat"), and never
 * another type
 */
const PLACE_OPENERS = new Set([
  'deir', 'kafr', 'kfar', 'tell', 'tall', 'jisr', 'bab', 'beit', 'ain', 'bir', 'wadi', 'jabal', 'jebel', 'khirbet', 'marj',
  'qasr', 'nahr', 'maarat', "ma'arrat", 'maaret', "ma'arat", 'khan', 'kiryat', 'ramat', 'givat', "ma'ale", 'masjid',
]);
const ARTICLED_PLACE_OPENERS = new Set(['ras', 'tal']);

/**
 * first words of Portuguese, Spanish, Italian and French names of buildings, squares and streets, the head noun the rest
 * qualifies, often over a particle: "Castelo de São Jorge", "Praça do Comércio", "Mosteiro dos Jerónimos", "Piazza
 * Navona", "Calle Mayor". Over the labelled sets names so opened are places 2 times in 2 ("Catedral de San Ildefonso",
 * "Paseo de Montejo"); left out words that open companies' names as often ("Casa", "Villa", "Campo", "Teatro")
 */
export const ROMANCE_PLACE_OPENERS: ReadonlySet<string> = new Set([
  'castelo', 'castillo', 'castello', 'château', 'palácio', 'palacio', 'palazzo', 'praça', 'plaza', 'piazza', 'rua', 'calle',
  'avenida', 'paseo', 'mosteiro', 'monasterio', 'igreja', 'iglesia', 'chiesa', 'catedral', 'cattedrale', 'torre', 'ponte',
  'puente', 'parque', 'parco', 'cais', 'playa', 'praia', 'estación', 'estação', 'basílica', 'capilla', 'convento',
]);

/** `word` opens a place's name of two words or more, `articled` when the Arabic article is hyphened to the next ("Ras al-Ayn") */
export const opensPlaceName = (word: string, articled: boolean): boolean => {
  const lower = word.replace(/\u2019/g, "'").toLowerCase();
  return PLACE_OPENERS.has(lower) || (articled && ARTICLED_PLACE_OPENERS.has(lower));
};

/**
 * the place a city's name may open with, "City" after it: a known country, region or city ("Mexico City", "Kansas
 * City", "Gaza City"), or null
 */
export function cityNamePlace(name: string): Place | null {
  const place = placeOf(name);
  return place && (place.kind === 'country' || place.kind === 'region' || place.kind === 'city') ? place : null;
}

/**
 * heads of a realm's name, before its `of` ("Kingdom of Poland", "Grand Duchy of Poznań") or after its people's or its
 * dynasty's word ("Russian Empire", "Ottoman Empire", "Holy Roman Empire"): a place. Of the 8 names so read over the
 * labelled sets gold has 5 places (wikigold 4, GUM 1), the others GUM's "Ottoman Empire" once a body, GUM's "Roman
 * Empire" with "Empire" alone marked, CoNLL's "Second Empire" (a period) a body
 */
export const REALM_HEADS = new Set(['empire', 'kingdom', 'duchy', 'principality', 'sultanate', 'emirate', 'caliphate', 'khanate']);
/** the realm heads that close a name too ("Ottoman Empire", "Abbasid Caliphate"); not "kingdom", a surname ("Roger Kingdom") */
export const CLOSING_REALM_HEADS = new Set(['empire', 'caliphate', 'sultanate', 'khanate']);
/** the words before a realm's head that are part of its name: "Grand Duchy of Luxembourg" */
export const REALM_RANKS = new Set(['grand']);

/** feature words that also read "X of Y": "Strait of Hormuz", "Gulf of Aden", "Sea of Galilee" */
export const FEATURE_OF = new Set(['strait', 'straits', 'gulf', 'sea', 'bay', 'lake', 'isle', 'mount', 'cape']);

/** words before a one-word name that make a place of it, whatever the name alone would be: "Fort Lee", "Mount Kenya", "Lake Tahoe", "Cape Cod" */
export const PLACE_PREFIXES = new Set(['fort', 'mount', 'lake', 'cape']);


/** the heads after a name in the possessive that make a day, not a place: "St. Patrick's Day", "Mother's Day", "New Year's Eve" */
export const SAINT_DAY_HEADS = new Set(['day', 'eve', 'night']);

/**
 * heads of bodies' names that name a building after a saint's: "St Paul's Church" is a church, a
 * building, where "Church of Scientology" is a body (lexicon/organizations.ts OF_HEADS)
 */
export const SAINT_BUILDING_HEADS = new Set(['church']);

/** lowercase qualifiers kept on a location rather than in its name: "northern Gaza" */
export const DIRECTIONS = new Set([
  'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern',
  'southeastern', 'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western',
  'north', 'south', 'east', 'west', 'upper', 'lower', 'greater', 'downtown', 'rural', 'coastal',
  'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west',
]);

/**
 * lowercase feature nouns that belong to the name ("the Philadelphi corridor", "Rafah crossing");
 * any other lowercase noun leaves the name alone, CoNLL style: "Belgrade airport" → Belgrade
 */
export const NAME_HEADS = new Set(['corridor', 'crossing', 'heights', 'strip', 'valley', 'canal', 'checkpoint']);

/** lowercase nouns after a name that make it a region: "Jiangsu province" → Jiangsu, a region */
export const REGION_NOUNS = new Set([
  'province', 'district', 'county', 'region', 'governorate', 'state', 'territory',
  // the units below a district and a country's own words for its regions, as reports write them ("Tal Abiad sub-district", "Kharkiv oblast")
  'sub-district', 'subdistrict', 'municipality', 'prefecture', 'oblast',
]);

/** lowercase nouns that say nothing of the name before them ("First Union bank", "Anthony hill", "his YouTube channel") */
export const NOT_PLACE_NOUNS = new Set(['bank', 'hill', 'square', 'park', 'camp', 'bridge', 'channel']);

/** capitalised heads that name organisations or people more often than places: "National Bank", "Islamic State", "Anthony Hill" */
export const NOT_PLACE_HEADS = new Set(['bank', 'state', 'hill', 'county']);

/** adjectives that are not places, so "Jewish state" or "Iranian border" is no named place */
export const NOT_PLACE_ADJECTIVES = new Set([
  'Jewish', 'Islamic', 'Muslim', 'Moslem', 'Arab', 'Christian', 'Catholic', 'Western', 'European',
  'African', 'Asian', 'Kurdish', 'Azeri', 'Shiite', 'Sunni', 'Hindu', 'Buddhist',
]);

/** a name ending in one of these is a building or site, a place, even where a tagger calls it an organisation */
export const FACILITY_HEADS = new Set([
  'station', 'hall', 'tower', 'towers', 'mosque', 'hospital', 'stadium', 'hotel', 'centre', 'center',
  'square', 'street', 'road', 'avenue', 'prison', 'base', 'bridge', 'arena',
  // roads named for a person or a place: "Will Rogers Turnpike", "Pearl Harbor Memorial Expressway", "Pacific Coast Highway"
  'turnpike', 'expressway', 'freeway', 'parkway', 'motorway', 'highway', 'boulevard',
  // sites a visitor goes to, gold places every time over the labelled sets: "Montmartre Cemetery", "Main Plaza", "Persian
  // Gardens", "Desert Ridge Marriott Resort", and the place inside "Auckland Castle"; not "Museum" (a place 7 times, a
  // body 5), nor "Reserve" ("Federal Reserve")
  'cemetery', 'castle', 'plaza', 'gardens', 'resort', 'canyon',
]);

/** a facility's heads that are surnames too, which a person's name may end in: "Tony Hall", "Sharon Street", "Roy Castle" */
export const SURNAME_FACILITY_HEADS: ReadonlySet<string> = new Set(['hall', 'street', 'bridge', 'castle']);

/**
 * heads no person's name ends in: a name a tagger calls a person's ending in one is a site's ("Naqsh-e Jahan Square",
 * "Ali Qapu Palace"); a facility's heads but the surnames, and sites a tagger may call bodies as often ("Crystal Palace",
 * the club), which only a person's reading gives way to
 */
export const NO_PERSON_SITE_HEADS: ReadonlySet<string> = new Set([
  ...[...FACILITY_HEADS].filter((h) => !SURNAME_FACILITY_HEADS.has(h)),
  'palace', 'cathedral', 'monastery', 'shrine', 'basilica', 'synagogue', 'airport',
]);

/** a route's letters, a hyphen and its number, as one token: "I-244", "US-75", "SR-51" (an interstate, a US or a state route) */
export const ROAD_CODE = /^(?:I|US|SR|SH|CR|NH)-\d{1,3}[A-Z]?$/;

/** the nouns that may follow a list of British road codes, which name the roads, not a model of them: "the M4 and M5 motorways" */
export const ROAD_NOUNS: ReadonlySet<string> = new Set(['motorway', 'motorways', 'road', 'roads', 'highway', 'highways']);

/** a British motorway's or A road's number: "M1", "M62", "A64", "A1(M)"; read after "the" only, two digits for an A road (not "A380") */
export const UK_ROAD = /^(?:M\d{1,3}|A\d{1,2}(?:\(M\)|M)?)$/;

/** the kinds of road written before a number: "Route 66", "Interstate 95", "Highway 301", "State Route 267", "U.S. Route 1" */
export const ROAD_NUMBER_HEADS: ReadonlySet<string> = new Set(['Route', 'Interstate', 'Highway', 'Hwy', 'Hwy.', 'Motorway']);

/** what may stand before a road's kind and its number: "State Route 267", "U.S. Route 1", "US Highway 69" */
export const ROAD_QUALIFIERS: ReadonlySet<string> = new Set(['State', 'U.S.', 'US']);

/** a road's number after its kind: "66", "301", "1A" */
export const ROAD_NUMBER = /^\d{1,4}[A-Z]?$/;

/** a road's direction of travel after its number, part of its name as a route sign gives it: "US-75 South", "I-44 West" */
export const ROAD_DIRECTIONS: ReadonlySet<string> = new Set(['North', 'South', 'East', 'West']);

/**
 * the heads of a shop's or an eatery's name after its owner's possessive: "Joe's Pizza", "Katz's Deli", "Ray's Grill"
 * (UNER's web text types such names places three times in four, a body once). Not "Bar", "Market" or "Garage", as often
 * a body or a place's ("the Bar", "Europe's Single Market")
 */
export const SHOP_HEADS = new Set([
  'pizza', 'pizzeria', 'diner', 'grill', 'cafe', 'café', 'kitchen', 'deli', 'pub', 'bakery', 'restaurant', 'tavern',
  'bistro', 'steakhouse', 'bbq', 'barbecue', 'burgers', 'tacos', 'bagels', 'donuts', 'salon',
]);

/**
 * names of the world itself, a place wherever a corpus names it ("life on Earth", "the Earth's orbit": GUM's genres
 * 22 times, no other type), which the tagger, meeting it in no news, reads as a body
 */
export const WORLD_NAMES: ReadonlySet<string> = new Set(['Earth']);

/**
 * places news spells as their country now romanises them (Ukraine's 2010 system) or as a wire does, which the bundled
 * cities (GeoNames) spell otherwise: the spelling the gazetteers hold, for a location's kind, country and point
 */
export const PLACE_SPELLINGS: Readonly<Record<string, string>> = wordTable({
  Odesa: 'Odessa',
  Mykolaiv: 'Mykolayiv',
  Zaporizhzhia: 'Zaporizhia',
  Makiivka: 'Makiyivka',
  Hasakeh: 'Hasakah',
});

/**
 * a country's short name that alone names a company first: "Emirates" is the airline ("Emirates ordered 90 jets", the
 * "Emirates Stadium" it sponsors), the country "the Emirates" or the United Arab Emirates. Matched as the country only
 * after "the"
 */
export const COMPANY_FIRST_COUNTRY_NAMES: ReadonlySet<string> = new Set(['Emirates']);

/**
 * buildings and streets that stand for the government seated in them, lowercase, as words: news writes
 * "the White House said", "Kremlin spokesman Dmitry Peskov", and the gold of the labelled sets reads
 * them as places (CoNLL-2003 train: White House 18 times, Kremlin 11, Oval Office 2, Capitol Hill 1,
 * every one a location), while the tagger drops "White" opening a sentence ("White House spokeswoman
 * Kayleigh McEnany told …" gave the body "House") and the gazetteer calls the Kremlin a body
 */
export const SEATS_OF_POWER: ReadonlySet<string> = new Set([
  'white house',
  'oval office',
  'capitol hill',
  'kremlin',
  'downing street',
  'elysee palace',
  'élysée palace',
  'whitehall',
  'foggy bottom',
  'zhongnanhai',
]);

/** the other planets, alone no person and no place (mentions/planets.ts) */
export const PLANET_NAMES: ReadonlySet<string> = new Set(['Mercury', 'Venus', 'Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune', 'Pluto']);

/**
 * facility heads of ways and open places, named for a place they lead to or recall, not one they
 * stand in: "Dallas Street", "Mississippi Avenue", "Reading Road", "Green Square" (a place opening
 * such a name is a gold location 1 time in 12 over the labelled sets)
 */
export const WAY_HEADS = new Set(['street', 'road', 'avenue', 'square']);

/** compass words that make a region of the place after them inside a name: "University of Southern Indiana" */
export const COMPASS_WORDS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
]);

/** the compass's adjectives, which open a region's name before a place's (`Eastern Europe`, `Central Asia`); not `East`, `North` … which also name clubs and towns (`West Ham`, `North Melbourne`) */
export const COMPASS_ADJECTIVES: ReadonlySet<string> = new Set([...COMPASS_WORDS].filter((w) => w.endsWith('ern') || w === 'central'));

/** a name of two words or more that a compass adjective opens: "Eastern Ghouta", "Northern Rakhine", "Central Narcotics Bureau" */
export const opensWithCompassAdjective = (name: string): boolean => name.includes(' ') && COMPASS_ADJECTIVES.has(name.slice(0, name.indexOf(' ')).toLowerCase());
