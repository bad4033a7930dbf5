// named places that are neither countries nor cities: continents, regions, seas. a row is
// [name, kind, ISO 3166-1 alpha-2 of the country it lies in or null, lat, lon]; names match case-sensitively.
// a row here wins over the city list ("Gaza" the territory, not the city).
import { wordTable } from './table';
export type RegionKind = 'region' | 'continent' | 'water' | 'feature';
export type RegionRow = [string, RegionKind, string | null, number, number];

const NAMED_REGIONS: RegionRow[] = [
  ['Africa', 'continent', null, 2, 17],
  ['Asia', 'continent', null, 34, 100],
  ['Europe', 'continent', null, 50, 10],
  ['North America', 'continent', null, 45, -100],
  ['South America', 'continent', null, -15, -60],
  ['Antarctica', 'continent', null, -80, 0],
  ['Oceania', 'continent', null, -20, 150],
  // the two continents together, as a history or a trade report names them ("The Americas, Europe, and Africa Before 1492")
  ['Americas', 'region', null, 10, -80],
  ['Sub-Saharan Africa', 'region', null, -5, 20],
  ['Middle East', 'region', null, 29, 42],
  ['Mideast', 'region', null, 29, 42],
  ['Near East', 'region', null, 29, 42],
  ['Latin America', 'region', null, -10, -65],
  ['Central America', 'region', null, 13, -86],
  ['Caribbean', 'region', null, 16, -72],
  ['Balkans', 'region', null, 43, 21],
  ['Scandinavia', 'region', null, 62, 14],
  ['Caucasus', 'region', null, 42, 45],
  ['Central Asia', 'region', null, 43, 65],
  ['Southeast Asia', 'region', null, 8, 110],
  ['East Asia', 'region', null, 35, 115],
  ['South Asia', 'region', null, 22, 80],
  ['North Africa', 'region', null, 28, 10],
  ['West Africa', 'region', null, 12, -3],
  ['East Africa', 'region', null, 0, 37],
  ['Sahel', 'region', null, 15, 5],
  ['Gulf', 'region', null, 26, 52],
  ['Levant', 'region', null, 33, 36],
  ['Gaza', 'region', 'PS', 31.42, 34.37],
  ['Gaza Strip', 'region', 'PS', 31.42, 34.37],
  ['West Bank', 'region', 'PS', 31.95, 35.25],
  ['Judea and Samaria', 'region', 'PS', 31.95, 35.25],
  ['Golan Heights', 'region', 'SY', 33, 35.75],
  ['Golan', 'region', 'SY', 33, 35.75],
  ['Sinai', 'region', 'EG', 29.5, 33.8],
  ['Negev', 'region', 'IL', 30.8, 34.8],
  ['Galilee', 'region', 'IL', 32.8, 35.4],
  ['Kurdistan', 'region', null, 36.5, 44],
  ['Crimea', 'region', 'UA', 45.3, 34.4],
  ['Donbas', 'region', 'UA', 48, 38],
  ['Kashmir', 'region', null, 34, 76],
  ['Tibet', 'region', 'CN', 31, 88],
  ['Xinjiang', 'region', 'CN', 41, 85],
  ['Chechnya', 'region', 'RU', 43.4, 45.7],
  ['Siberia', 'region', 'RU', 60, 105],
  ['Darfur', 'region', 'SD', 13, 24],
  ['Catalonia', 'region', 'ES', 41.8, 1.5],
  ['Bavaria', 'region', 'DE', 48.8, 11.5],
  ['Quebec', 'region', 'CA', 52, -72],
  ['Ontario', 'region', 'CA', 50, -85],
  ['California', 'region', 'US', 37, -120],
  ['Texas', 'region', 'US', 31, -99],
  ['Florida', 'region', 'US', 28, -82],
  ['New York State', 'region', 'US', 43, -75],
  ['Pennsylvania', 'region', 'US', 41, -77.5],
  ['Ohio', 'region', 'US', 40.4, -82.8],
  ['Michigan', 'region', 'US', 44.3, -85.4],
  ['Georgia', 'region', 'US', 32.7, -83.4],
  ['Arizona', 'region', 'US', 34.3, -111.7],
  ['Nevada', 'region', 'US', 39.3, -116.6],
  ['Iowa', 'region', 'US', 42, -93.5],
  ['New Hampshire', 'region', 'US', 43.7, -71.6],
  ['Wisconsin', 'region', 'US', 44.6, -89.9],
  ['Virginia', 'region', 'US', 37.5, -78.8],
  ['North Carolina', 'region', 'US', 35.5, -79.4],
  ['South Carolina', 'region', 'US', 33.9, -80.9],
  ['Illinois', 'region', 'US', 40, -89.2],
  ['Massachusetts', 'region', 'US', 42.3, -71.8],
  ['New Jersey', 'region', 'US', 40.2, -74.7],
  ['Colorado', 'region', 'US', 39, -105.5],
  ['Minnesota', 'region', 'US', 46.3, -94.3],
  ['Alaska', 'region', 'US', 64, -150],
  ['Hawaii', 'region', 'US', 20.8, -156.3],
  ['Kentucky', 'region', 'US', 37.5, -85.3],
  ['Tennessee', 'region', 'US', 35.9, -86.4],
  ['Louisiana', 'region', 'US', 31, -92],
  ['Missouri', 'region', 'US', 38.4, -92.5],
  ['Indiana', 'region', 'US', 39.9, -86.3],
  ['Utah', 'region', 'US', 39.3, -111.7],
  ['Oregon', 'region', 'US', 44, -120.5],
  ['Alabama', 'region', 'US', 32.8, -86.8],
  ['Arkansas', 'region', 'US', 34.9, -92.4],
  ['Connecticut', 'region', 'US', 41.6, -72.7],
  ['Delaware', 'region', 'US', 39, -75.5],
  ['Idaho', 'region', 'US', 44.4, -114.6],
  ['Kansas', 'region', 'US', 38.5, -98.4],
  ['Maine', 'region', 'US', 45.4, -69.2],
  ['Maryland', 'region', 'US', 39, -76.8],
  ['Mississippi', 'region', 'US', 32.7, -89.7],
  ['Montana', 'region', 'US', 47, -109.6],
  ['Nebraska', 'region', 'US', 41.5, -99.8],
  ['New Mexico', 'region', 'US', 34.4, -106.1],
  ['North Dakota', 'region', 'US', 47.5, -100.5],
  ['Oklahoma', 'region', 'US', 35.6, -97.5],
  ['Rhode Island', 'region', 'US', 41.7, -71.5],
  ['South Dakota', 'region', 'US', 44.4, -100.2],
  ['Vermont', 'region', 'US', 44.1, -72.7],
  ['West Virginia', 'region', 'US', 38.6, -80.6],
  ['Wyoming', 'region', 'US', 43, -107.6],
  ['Washington State', 'region', 'US', 47.4, -120.5],
  // the capital's district, which a court's or a university's name holds whole ("Superior Court of the District of Columbia")
  ['District of Columbia', 'region', 'US', 38.9, -77],
  ['Mediterranean', 'water', null, 35, 18],
  ['Mediterranean Sea', 'water', null, 35, 18],
  ['Red Sea', 'water', null, 20, 38],
  ['Black Sea', 'water', null, 43, 35],
  ['Dead Sea', 'water', null, 31.5, 35.5],
  ['Caspian Sea', 'water', null, 41.7, 50.7],
  ['Baltic Sea', 'water', null, 58, 20],
  ['North Sea', 'water', null, 56, 3],
  ['South China Sea', 'water', null, 12, 113],
  ['Persian Gulf', 'water', null, 26.5, 52],
  ['Gulf of Aden', 'water', null, 12.5, 48],
  ['Strait of Hormuz', 'water', null, 26.6, 56.3],
  ['Suez Canal', 'water', 'EG', 30.6, 32.3],
  ['Atlantic', 'water', null, 30, -40],
  ['Atlantic Ocean', 'water', null, 30, -40],
  ['Pacific', 'water', null, 0, -160],
  ['Pacific Ocean', 'water', null, 0, -160],
  ['Indian Ocean', 'water', null, -20, 80],
  ['Arctic', 'region', null, 80, 0],
  ['Nile', 'water', null, 27, 31],
  ['Jordan River', 'water', null, 32, 35.55],
  ['Philadelphi corridor', 'feature', 'PS', 31.25, 34.25],
  ['Rafah crossing', 'feature', 'PS', 31.25, 34.26],
  ['Kerem Shalom', 'feature', 'IL', 31.23, 34.28],
  ['Netzarim corridor', 'feature', 'PS', 31.45, 34.4],
];

/**
 * the AP style's abbreviations of US states ("Sen. Marco Rubio, R-Fla.") and of the capital's district ("Washington,
 * D.C."), each a region where its state is; "Del.", "Ind.", "Miss.", "Mo.", "La." and "Wash." are left out, which are as often a
 * title, a party, an honorific, a name or a verb
 */
const US_STATE_ABBREVIATIONS: Readonly<Record<string, string>> = wordTable({
  'Ala.': 'Alabama', 'Ariz.': 'Arizona', 'Ark.': 'Arkansas', 'Calif.': 'California', 'Colo.': 'Colorado',
  'Conn.': 'Connecticut', 'Fla.': 'Florida', 'Ga.': 'Georgia', 'Ill.': 'Illinois', 'Kan.': 'Kansas',
  'Ky.': 'Kentucky', 'Md.': 'Maryland', 'Mass.': 'Massachusetts', 'Mich.': 'Michigan', 'Minn.': 'Minnesota',
  'Mont.': 'Montana', 'Neb.': 'Nebraska', 'Nev.': 'Nevada', 'N.H.': 'New Hampshire', 'N.J.': 'New Jersey',
  'N.M.': 'New Mexico', 'N.C.': 'North Carolina', 'N.D.': 'North Dakota', 'Okla.': 'Oklahoma', 'Ore.': 'Oregon',
  'Pa.': 'Pennsylvania', 'R.I.': 'Rhode Island', 'S.C.': 'South Carolina', 'S.D.': 'South Dakota',
  'Tenn.': 'Tennessee', 'Tex.': 'Texas', 'Vt.': 'Vermont', 'Va.': 'Virginia', 'W.Va.': 'West Virginia',
  'Wis.': 'Wisconsin', 'Wyo.': 'Wyoming', 'D.C.': 'District of Columbia',
});

/**
 * the US Postal Service's two-letter codes of the states and of the District of Columbia, as an address writes them
 * after its town ("Paramus, NJ", "Chillicothe, OH area"); read there only, as most are words or names too ("OH",
 * "IN", "ME", "OK"). MD, PA and SC are also a doctor's, a physician assistant's and a senior counsel's letters after a
 * name ("Preuss, MD", "Molomby, SC, said"), so those three are read only before a ZIP code
 */
export const US_POSTAL_CODES: ReadonlySet<string> = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(
    ' ',
  ),
);
/** the postal codes that are a profession's letters after a person's name too (US_POSTAL_CODES) */
export const POSTNOMINAL_CODES: ReadonlySet<string> = new Set(['MD', 'PA', 'SC']);

export const REGIONS: RegionRow[] = [
  ...NAMED_REGIONS,
  ...Object.entries(US_STATE_ABBREVIATIONS).flatMap(([abbreviation, state]): RegionRow[] => {
    const row = NAMED_REGIONS.find((r) => r[0] === state);
    return row ? [[abbreviation, row[1], row[2], row[3], row[4]]] : [];
  }),
];
