// football clubs sports news names alone, by the names the wires write them, each a name no place, person or English
// word is written as (not "Corinthians", a book of the Bible too): the tagger reads a club it never met as a person
// ("Galatasaray signed …", "Al Hilal") or a place ("joined Besiktas"), or misses it ("Real Betis"). Matched with their
// case. Left out: clubs named as their city alone
// ("Barcelona", "Liverpool", "Valencia", "Monaco"), as a word ("Celtic", "Rangers", "Forest"), and short forms a
// place's name opens ("Manchester", "Leicester"), which the tagger reads in their context (CoNLL's results tables
// teach it "Liverpool 2 Everton 1")
export const CLUBS: ReadonlySet<string> = new Set([
  // England
  'Arsenal', 'Aston Villa', 'Brighton & Hove Albion', 'Crystal Palace', 'Leeds United', 'Leicester City', 'Manchester City',
  'Manchester United', 'Newcastle United', 'Nottingham Forest', 'Sheffield United', 'Sheffield Wednesday', 'Tottenham Hotspur',
  'West Ham United', 'West Ham', 'Wolverhampton Wanderers', 'Blackburn Rovers', 'Bolton Wanderers', 'Queens Park Rangers',
  'Birmingham City', 'Cardiff City', 'Coventry City', 'Hull City', 'Norwich City', 'Stoke City', 'Swansea City',
  'Bristol City', 'Derby County', 'West Bromwich Albion', 'Preston North End', 'Ipswich Town', 'Luton Town',
  // Scotland
  'Celtic Glasgow', 'Glasgow Rangers', 'Heart of Midlothian', 'Hibernian',
  // Spain
  'Real Madrid', 'Atletico Madrid', 'Athletic Bilbao', 'Real Sociedad', 'Real Betis', 'Villarreal', 'Deportivo La Coruna',
  'Espanyol', 'Osasuna', 'Rayo Vallecano',
  // Germany
  'Bayern Munich', 'Borussia Dortmund', 'Borussia Moenchengladbach', "Borussia Mönchengladbach", 'Bayer Leverkusen',
  'RB Leipzig', 'Eintracht Frankfurt', 'Werder Bremen', 'Schalke 04', 'VfB Stuttgart', 'VfL Wolfsburg', 'Hertha Berlin',
  'Union Berlin', 'Hamburg SV', 'Hamburger SV', 'SC Freiburg', 'TSG Hoffenheim',
  // Italy
  'Juventus', 'Inter Milan', 'AC Milan', 'Internazionale', 'AS Roma', 'Lazio Rome', 'Fiorentina', 'Sampdoria',
  'Atalanta', 'SSC Napoli',
  // France
  'Paris St Germain', 'Paris Saint-Germain', 'Olympique Lyonnais', 'Olympique de Marseille', 'Olympique Marseille',
  'AS Monaco', 'Stade Rennais', 'Girondins Bordeaux',
  // the Netherlands, Portugal, Belgium, Turkey, Greece
  'Ajax Amsterdam', 'PSV Eindhoven', 'Feyenoord', 'AZ Alkmaar', 'Benfica', 'Sporting Lisbon', 'Sporting CP', 'FC Porto',
  'Anderlecht', 'Club Brugge', 'Standard Liege', 'Galatasaray', 'Fenerbahce', 'Fenerbahçe', 'Besiktas',
  'Trabzonspor', 'Olympiakos', 'Olympiacos', 'Panathinaikos', 'PAOK Salonika',
  // eastern Europe
  'Dynamo Kiev', 'Dynamo Kyiv', 'Shakhtar Donetsk', 'Spartak Moscow', 'CSKA Moscow', 'Lokomotiv Moscow', 'Dynamo Moscow',
  'Zenit St Petersburg', 'Zenit Saint Petersburg', 'Red Star Belgrade', 'Partizan Belgrade', 'Dinamo Zagreb',
  'Slavia Prague', 'Sparta Prague', 'Legia Warsaw', 'Steaua Bucharest', 'Ferencvaros',
  // the Americas, Asia, Africa
  'Boca Juniors', 'River Plate', 'Flamengo', 'Palmeiras', 'Santos FC', 'Inter Miami', 'LA Galaxy',
  'Al Ahly', 'Al Hilal', 'Al Nassr', 'Al Ittihad', 'Zamalek', 'Kaizer Chiefs', 'Orlando Pirates', 'Urawa Reds',
]);
