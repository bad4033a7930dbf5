import { expectLabels, type NameRow } from './names-helpers';
import { strictExtract as extract } from './helpers';

// where a name starts and ends (mentions/leading.ts, mentions/trim.ts, mentions/propagate.ts, the title-name rule)
describe('a name keeps its own edges', () => {
  it.each<NameRow>([
    // an office between a body and a person ends the body's name: neither keeps the title's words
    [
      'a body, a title and a person are three parts, the title with the person',
      'Bank of Westmark Deputy Governor Dara Quell said rates would rise. Federal Reserve Chair Jerome Powell agreed.',
      ['organization:Bank of Westmark', 'person:Dara Quell', 'organization:Federal Reserve', 'person:Jerome Powell'],
      [
        'organization:Bank of Westmark Deputy Governor',
        'organization:Bank of Westmark Deputy Governor Dara',
        'organization:Federal Reserve Chair Jerome Powell',
      ],
    ],
    [
      'a surname after its particles stays with the name a title opens',
      'Saudi Crown Prince Mohammed bin Salman spoke by phone with the emir.',
      ['person:Mohammed bin Salman'],
      ['organization:Saudi Crown Prince Mohammed', 'location:Salman'],
    ],
    // a title word the tagger took alone before the rest of its title names nobody
    [
      'a lone title word before the rest of its title',
      "In Islamabad, Pakistan's Prime Minister Shehbaz Sharif met Chinese Foreign Minister Wang Yi. Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said mediators were making progress.",
      ['person:Shehbaz Sharif', 'person:Wang Yi'],
      ['person:Prime'],
    ],
    // local government titles before a name make the title pattern's person; must stay: the same word as a plain noun
    [
      'a local government title before a name',
      'Assemblywoman Jane Doe and Sheriff Alex Villanueva spoke. The supervisor left early.',
      ['person:Jane Doe', 'person:Alex Villanueva'],
      ['person:Sheriff Alex Villanueva', 'person:Assemblywoman Jane Doe'],
    ],
    // must stay: a title word closing an institution's name, with no person after it
    [
      'a title word closing an institution name stays in it',
      'The Court of Justice ruled on Monday.',
      ['organization:Court of Justice'],
      ['organization:Court'],
    ],
    [
      'a surname’s particle and the given name before it stay in the name',
      'Tariq bin Hendi, the director general, spoke in Dubai. Mr. bin Hendi said the deal was done.',
      ['person:Tariq bin Hendi', 'location:Dubai/city'],
      ['person:Hendi'],
    ],
    // must stay: a place with a particle
    [
      'a name split at its particles is one person; a place with a particle stays a place',
      'Ursula von der Leyen and Pieter van den Berg attended. Flights from Rio de Janeiro were delayed.',
      ['person:Ursula von der Leyen', 'person:Pieter van den Berg', 'location:Rio de Janeiro'],
      ['person:Rio de Janeiro', 'person:Ursula', 'organization:Leyen'],
    ],
    [
      'a hyphened place is not a repeat of the word after its hyphen',
      'Floods hit Haute-Garonne on Monday. Rescuers in Haute-Garonne said the Garonne river rose.',
      ['location:Haute-Garonne'],
      [],
    ],
    [
      'a person’s name is taken whole across a hyphen at either end',
      'The court heard from Elena Carvajal-Miranda, a lawyer from Quito. The report was written by Mara Ostrow-Kenning on Monday.',
      ['person:Elena Carvajal-Miranda', 'person:Mara Ostrow-Kenning'],
      ['person:Elena Carvajal', 'person:Miranda', 'person:Mara Ostrow'],
    ],
    // must stay: names the article writes alone are two names, hyphened or not
    [
      'two names the article writes alone stay two across a hyphen',
      'Senator Ann Kendrick and Governor Tom Mayhew ran together. The Kendrick-Mayhew campaign raised money in Ohio.',
      ['person:Ann Kendrick', 'person:Tom Mayhew'],
      ['person:Kendrick-Mayhew', 'organization:Kendrick-Mayhew', 'person:Ann Kendrick-Mayhew'],
    ],
    [
      'a name with a Latin letter outside Latin-1 is whole, as a plain one is',
      'Officials met Dragan Ničević in Gdańsk on Monday. Ničević said the talks went well. Later they met Dragan Petrovic.',
      ['person:Dragan Ničević', 'location:Gdańsk', 'person:Dragan Petrovic'],
      ['person:Dragan Ni', 'location:Gda', 'person:Dragan'],
    ],
    [
      'a generation or a reign’s number after a person’s name is part of it, and the surname still joins it',
      'Brigadier General Harlan P. Voss Jr. took command in 1960. His rival, Emperor Taddeo IV of Velmora, fled. Oskar Brandt III said Voss was right.',
      ['person:Harlan P. Voss Jr.', 'person:Taddeo IV', 'person:Oskar Brandt III'],
      ['person:Harlan P. Voss', 'person:Voss', 'person:Oskar Brandt'],
    ],
    // must stay: the pronoun after a name
    [
      '“I” after a name before a verb is the pronoun',
      'Later Mara Lind said she was glad, and Lind I trust. The jury thanked Oskar Brandt. I left early.',
      ['person:Mara Lind', 'person:Oskar Brandt'],
      ['person:Lind I', 'person:Oskar Brandt I'],
    ],
    [
      'two names joined by “and”, each named alone elsewhere, are two names',
      'Staff at the British Library and Columbia University met. The British Library and Columbia University said so; Columbia University agreed and the British Library paid.',
      ['organization:British Library', 'organization:Columbia University'],
      ['organization:British Library and Columbia University'],
    ],
    // must stay: an of-phrase's objects, and a name whose sides are never named apart
    [
      'an “and” inside an of-phrase or a name never named apart stays inside it',
      'The Department of Housing and Urban Development said on Monday that the Department of Housing would help. Bosnia and Herzegovina signed too.',
      ['organization:Department of Housing and Urban Development', 'location:Bosnia and Herzegovina'],
      ['organization:Urban Development', 'location:Herzegovina'],
    ],
    [
      'the tagger’s fragments of a name the article gives whole give way to it',
      'The bill was defeated in the House of Lords on Tuesday. Peers in the House of Lords voted 210 to 180.',
      ['organization:House of Lords'],
      ['organization:House', 'organization:Lords'],
    ],
    [
      'a sentence’s opening preposition is no part of the name after it',
      'During Ramadan, Muslims fast from dawn to dusk. Before Christmas, shops in Leeds were busy.',
      ['location:Leeds/city'],
      ['person:During Ramadan', 'person:Before Christmas'],
    ],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));

  it.each([
    ['Chief Financial Officer Kevan Parekh said revenue rose.', 'Kevan Parekh', 'Chief Financial Officer'],
    // must stay: one head, one title
    ['Foreign Minister Gideon Sa’ar spoke later.', 'Gideon Sa’ar', 'Foreign Minister'],
  ])('%s → %s, titled %s', (text, name, title) => {
    const actor = extract(text).actors.find((a) => a.name === name.replace('’', "'"));
    expect({ name: actor?.name, titles: actor?.titles.map((t) => t.text) }).toEqual({ name: name.replace('’', "'"), titles: [title] });
  });
});
