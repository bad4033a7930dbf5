// adjectives and short forms news uses for a country that the generated gazetteer does not list;
// matched case-sensitively ("US envoy", not "us")
import { wordTable } from './table';
export const EXTRA_DEMONYMS: Readonly<Record<string, string>> = wordTable({
  US: 'US',
  'U.S.': 'US',
  UK: 'GB',
  'U.K.': 'GB',
  Saudi: 'SA',
  Emirati: 'AE',
  Korean: 'KR',
  'South Korean': 'KR',
  'North Korean': 'KP',
  Yemeni: 'YE',
  Iraqi: 'IQ',
  Kuwaiti: 'KW',
  Omani: 'OM',
  Bahraini: 'BH',
  Jordanian: 'JO',
  Afghan: 'AF',
  Pakistani: 'PK',
  Soviet: 'RU',
  Czech: 'CZ',
  Slovak: 'SK',
  Argentinian: 'AR',
  Kiwi: 'NZ',
});

/** words that stand for a country as an actor or an attribute: "the Jewish State" */
export const COUNTRY_EPITHETS: Readonly<Record<string, string>> = wordTable({
  'Jewish State': 'IL',
  'Jewish state': 'IL',
});
