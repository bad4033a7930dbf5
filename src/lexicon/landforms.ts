// named physical geography that English writes with "the" and without a head noun: mountain ranges ("the Alps"),
// rivers ("the Euphrates"), deserts ("the Sahara"), seas and straits ("the Adriatic", "the Bosphorus"). A row is
// [name, kind, ISO 3166-1 alpha-2 of the one country it lies in or null, lat, lon] (a river's or a range's point is
// one inside it, for a map, not its centre). Names with a head noun ("Euphrates River", "Zagros Mountains") the
// named-feature pattern finds; the regions' table (regions.ts) holds the seas, gulfs and regions news names most.
// Left out: names as often something else with "the" before them: a team ("the Rockies"), a company ("the Amazon
// deal"), a US state ("the Mississippi delegation"), a country ("the Niger"), a given name ("the Don", "the
// Shannon", "the Murray")
import type { RegionRow } from './regions';

export const LANDFORMS: readonly RegionRow[] = [
  // mountain ranges
  ['Alps', 'feature', null, 46.5, 10],
  ['Andes', 'feature', null, -20, -68],
  ['Himalayas', 'feature', null, 28, 84],
  ['Himalaya', 'feature', null, 28, 84],
  ['Pyrenees', 'feature', null, 42.7, 0.5],
  ['Urals', 'feature', 'RU', 60, 59.5],
  ['Apennines', 'feature', 'IT', 43, 13],
  ['Carpathians', 'feature', null, 47.5, 25],
  ['Dolomites', 'feature', 'IT', 46.4, 11.8],
  ['Appalachians', 'feature', 'US', 38, -80],
  ['Ozarks', 'feature', 'US', 36.5, -93],
  ['Pennines', 'feature', 'GB', 54.5, -2.2],
  ['Karakoram', 'feature', null, 35.5, 76.5],
  ['Pamirs', 'feature', null, 38.5, 73],
  ['Zagros', 'feature', 'IR', 33, 47],
  // deserts and other land
  ['Sahara', 'feature', null, 23, 13],
  ['Gobi', 'feature', null, 43, 105],
  ['Kalahari', 'feature', null, -23, 22],
  ['Atacama', 'feature', 'CL', -24, -69.5],
  ['Mojave', 'feature', 'US', 35, -115.5],
  ['Namib', 'feature', 'NA', -24, 15],
  ['Everglades', 'feature', 'US', 25.3, -80.9],
  ['Serengeti', 'feature', 'TZ', -2.3, 34.8],
  ['Riviera', 'region', null, 43.7, 7.3],
  ['Maghreb', 'region', null, 31, 0],
  ['Antarctic', 'region', null, -80, 0],
  // rivers
  ['Rhine', 'water', null, 50, 7.6],
  ['Danube', 'water', null, 45, 25],
  ['Thames', 'water', 'GB', 51.5, -0.1],
  ['Seine', 'water', 'FR', 48.9, 2.3],
  ['Loire', 'water', 'FR', 47.4, 0.7],
  ['Rhone', 'water', null, 45, 4.8],
  ['Elbe', 'water', null, 53, 11],
  ['Oder', 'water', null, 52.5, 14.6],
  ['Vistula', 'water', 'PL', 52.5, 19.5],
  ['Tiber', 'water', 'IT', 41.9, 12.5],
  ['Tagus', 'water', null, 39.5, -7],
  ['Ebro', 'water', 'ES', 41.5, -0.5],
  ['Douro', 'water', null, 41.1, -8],
  ['Severn', 'water', 'GB', 52, -2.5],
  ['Volga', 'water', 'RU', 50, 45],
  ['Dnieper', 'water', null, 49, 33],
  ['Dnipro', 'water', null, 49, 33],
  ['Dniester', 'water', null, 47, 29],
  ['Yenisei', 'water', 'RU', 60, 90],
  ['Amur', 'water', null, 50, 130],
  ['Tigris', 'water', null, 34.5, 43.5],
  ['Euphrates', 'water', null, 35, 40],
  ['Orontes', 'water', null, 35.5, 36.4],
  ['Litani', 'water', 'LB', 33.3, 35.4],
  ['Yarmouk', 'water', null, 32.7, 35.8],
  ['Khabur', 'water', null, 36, 40.5],
  ['Ganges', 'water', null, 25.3, 83],
  ['Indus', 'water', null, 27, 68.5],
  ['Brahmaputra', 'water', null, 26.2, 92],
  ['Yangtze', 'water', 'CN', 30.5, 112],
  ['Mekong', 'water', null, 15, 105.8],
  ['Irrawaddy', 'water', 'MM', 20, 95],
  ['Zambezi', 'water', null, -16, 28.5],
  ['Limpopo', 'water', null, -22.3, 30],
  ['Orinoco', 'water', null, 7.5, -65],
  ['Potomac', 'water', 'US', 38.9, -77],
  ['Hudson', 'water', 'US', 41.7, -73.9],
  // seas and straits
  ['Adriatic', 'water', null, 43, 15.5],
  ['Aegean', 'water', null, 38.5, 25],
  ['Bosphorus', 'water', 'TR', 41.1, 29.05],
  ['Dardanelles', 'water', 'TR', 40.2, 26.4],
];

let byName: Map<string, RegionRow> | undefined;

/** the landform of that name, as written ("Rhine"), or undefined */
export const landformOf = (name: string): RegionRow | undefined =>
  (byName ??= new Map(LANDFORMS.map((row) => [row[0], row]))).get(name);
