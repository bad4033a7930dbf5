// companies business news names alone, by a name no English word and no person's or place's name shares, which the
// bundled lexicon (compromise's) lacks or knows too little: the tagger, meeting one once in a sentence of its own
// ("Renault shares fell", "He bought a Samsung phone"), misses it or reads a place. Written as the companies write
// them, matched with their case. Left out: names as often a word, a person or a place ("Shell", "Target", "Ford",
// "Dell", "Delta", "Mars", "Oracle", "Orange", "Total", "Meta", "Caterpillar", "Zoom"). "Apple", "Amazon", "Nike" and
// "Alphabet" are kept: capitalised in news they are the companies (a sentence opening "Apple pie …" is read as one too),
// and "the Amazon" is the river and the forest (COMPANY_AS_LANDFORM)
export const COMPANIES: ReadonlySet<string> = new Set([
  // technology
  'Apple', 'Microsoft', 'Google', 'Alphabet', 'Amazon', 'Nvidia', 'Intel', 'Qualcomm', 'Broadcom', 'Cisco', 'IBM',
  'Salesforce', 'Samsung', 'Sony', 'Panasonic', 'Toshiba', 'Hitachi', 'Huawei', 'Xiaomi', 'Lenovo', 'Alibaba', 'Tencent',
  'Baidu', 'ByteDance', 'Foxconn', 'TSMC', 'ASML', 'Ericsson', 'Nokia', 'OpenAI', 'Anthropic', 'SpaceX', 'Tesla',
  'Netflix', 'Spotify', 'Uber', 'Lyft', 'Airbnb', 'PayPal', 'Mastercard', 'eBay', 'Palantir',
  // cars, planes, industry
  'Toyota', 'Honda', 'Nissan', 'Hyundai', 'Volkswagen', 'BMW', 'Daimler', 'Mercedes-Benz', 'Stellantis', 'Renault',
  'Peugeot', 'Volvo', 'Ferrari', 'Porsche', 'BYD', 'Airbus', 'Boeing', 'Embraer', 'Rolls-Royce', 'Siemens', 'Bosch',
  'Honeywell', 'Lockheed Martin', 'Raytheon', 'Northrop Grumman', 'General Electric',
  // health, food, goods
  'Pfizer', 'Moderna', 'BioNTech', 'AstraZeneca', 'Novartis', 'Roche', 'Sanofi', 'GSK', 'Novo Nordisk', 'Bayer',
  'BASF', 'Unilever', 'Nestle', 'Nestlé', 'Danone', 'PepsiCo', 'Coca-Cola', 'Starbucks', "McDonald's", 'Adidas', 'Nike',
  'Walmart', 'Costco', 'Tesco', 'Carrefour', 'Ikea', 'IKEA', 'Inditex',
  // energy, mining, finance, transport, telecoms, media
  'ExxonMobil', 'Chevron', 'TotalEnergies', 'Aramco', 'Gazprom', 'Rosneft', 'Glencore', 'Rio Tinto', 'BHP',
  'JPMorgan', 'Goldman Sachs', 'Morgan Stanley', 'Citigroup', 'HSBC', 'Barclays', 'UBS', 'BlackRock', 'BNP Paribas',
  'Deutsche Bank', 'Credit Suisse', 'Berkshire Hathaway', 'Maersk', 'FedEx', 'Lufthansa', 'Ryanair', 'Qantas',
  'Verizon', 'Vodafone', 'Comcast', 'Disney', 'T-Mobile', 'Yahoo', 'JetBlue',
  // the companies of the great frauds, which news and the web still name alone ("Enron's collapse")
  'Enron', 'WorldCom',
]);

/** a landform a company's name is written as too, which "the" before it names ("the Amazon") */
export const COMPANY_AS_LANDFORM: ReadonlySet<string> = new Set(['Amazon']);

/** per text, its answer for each name asked: a text full of the name costs one search, not one a mention */
const readings = new WeakMap<object, Map<string, boolean>>();

/** the article writes the name as a landform somewhere ("the Amazon"): one sense a text, so none of its mentions is the company */
export function writesLandform(doc: { view: string }, name: string): boolean {
  let known = readings.get(doc);
  if (!known) readings.set(doc, (known = new Map()));
  let found = known.get(name);
  if (found === undefined) known.set(name, (found = doc.view.includes(`the ${name}`) || doc.view.includes(`The ${name}`)));
  return found;
}
