import { citedAuthors } from '../src/candidates/citations';
import { expectLabels, type NameRow } from './names-helpers';
import { strictExtract as extract } from './helpers';
import type { Candidate, Mention } from '../src/core/types';
import { joinInitials } from '../src/mentions/initials';
import { mentionOf } from '../src/mentions/mention';
import { buildDocument } from '../src/document';
import { leadingWords } from '../src/mentions/leading';
import { splitAtBreak } from '../src/mentions/split-break';
import { splitAtAnd } from '../src/mentions/split-and';

// where a name starts and ends (mentions/leading.ts, mentions/trim.ts, mentions/propagate.ts, mentions/possessive.ts, the title-name rule; a greeting before a name, mentions/trim.ts)
describe('a name keeps its own edges', () => {
  it.each<NameRow>([
    // mentions/trim.ts beforeOpenQuote: a quotation opening inside a title-case run ends the name before its mark; must stay: a nickname's both marks
    [
      'a quotation opening inside a run ends the name',
      'Hillary Clinton Says Latinos Feel “Invisible” In Schools. Bill Clinton: Hillary ‘Better Qualified’ Than Me.',
      ['person:Hillary Clinton', 'person:Latinos'],
      ['person:Feel “Invisible', 'person:Hillary ‘Better'],
    ],
    // a place and a party's word before a politician's name label the person (mentions/titled.ts splitPlacedLabel)
    [
      'a place and a party label before a name are no part of it',
      'Texas Republican Ted Cruz said the plan was bad. Iowa Republican Steve King disagreed.',
      ['person:Steve King', 'location:Iowa', 'person:Ted Cruz'],
      ['person:Iowa Republican Steve King'],
    ],
    // a word that only opens sentences, capitalised for it, is no given name (candidates/patterns.ts openingAdverb, mentions/opening-word.ts)
    [
      'a word that only opens sentences stays out of the name after it',
      'Now Donald Trump, the candidate, is promising a show. Even Lindsey Graham agreed. Donald Trump spoke, and so did Lindsey Graham.',
      ['person:Donald Trump', 'person:Lindsey Graham'],
      ['person:Now Donald Trump', 'person:Even Lindsey Graham'],
    ],
    [
      'a body the tagger ran into the title after it ends before the title',
      'IMF Managing Director Kristalina Georgieva said growth would slow.',
      ['organization:IMF', 'person:Kristalina Georgieva'],
      ['organization:IMF Managing'],
    ],
    // a company named by its web address and a legal form (candidates/companies.ts web-name)
    [
      'a company’s web address before its legal form is its name, across the dot the tokeniser reads as a full stop',
      'Amazon.com Inc said on Thursday it would hire 100,000 workers. Shares of Overstock.com Inc. rose.',
      ['organization:Amazon.com Inc', 'organization:Overstock.com Inc.'],
      ['organization:Inc', 'organization:Inc.', 'location:Amazon'],
    ],
    // must stay: a site named without a legal form, an address with a path or more labels
    [
      'a site without a legal form or an address with a path is no company’s name',
      'The clip was on pic.twitter.com/Oqctx and Amazon.co.uk, and Gawker.com wrote about it.',
      [],
      ['organization:Gawker.com', 'organization:Amazon.co', 'organization:twitter.com'],
    ],
    // a sentence's first word the tagger ran into a name the article writes alone elsewhere (mentions/opening-word.ts)
    [
      'a common word opening the sentence is no part of the name the article writes alone',
      'Said Comey: nothing. Comey left the room. Describe Einstein and his theory in one line; Einstein would approve.',
      ['person:Comey', 'person:Einstein'],
      ['person:Said Comey', 'person:Describe Einstein'],
    ],
    // an adjective opening the sentence before a body the gazetteers know is no part of its name, though the tagger read a person
    [
      'an adjective opening the sentence before a known body is no part of its name',
      'Embattled Boeing said it would resume deliveries. Rival Airbus delivered 60 jets.',
      ['organization:Boeing', 'organization:Airbus'],
      ['person:Embattled Boeing', 'organization:Embattled Boeing', 'organization:Rival Airbus'],
    ],
    // must stay: a compass word, a title's word, a given name, a noun before a place and a known phrase open the name they stand in
    [
      'a compass word, a title or a known place keeps the name it opens',
      'North Korea fired a missile, and Korea watchers worried. President Obama spoke; Obama was calm. New York is big, and York is small. Bill Clinton agreed. Clinton spoke first. Statistics Canada said prices rose in Canada.',
      ['location:North Korea', 'person:Obama', 'location:New York', 'person:Bill Clinton', 'organization:Statistics Canada'],
      ['location:Korea'],
    ],
    // a time phrase the tagger ran a name into ends before its preposition (mentions/trim.ts beforeTimePhrase); must stay: a day in the name itself
    [
      'a day or a month after a preposition closing a name is a time phrase, not the name',
      'The National Museum of African American History and Culture on Saturday opened its doors. Talks with the Ministry of Agriculture and Fisheries in March failed.',
      ['organization:National Museum of African American History and Culture', 'organization:Ministry of Agriculture and Fisheries'],
      ['organization:National Museum of African American History and Culture on Saturday', 'organization:Ministry of Agriculture and Fisheries in March'],
    ],
    ['a day named in a name keeps it', 'The Sunday Times reported the deal on Monday.', ['organization:Sunday Times'], ['organization:Sunday Times reported']],
    // a phrase hyphened through a preposition is an office, not the name's first word (mentions/trim.ts afterJoinedPhrase)
    [
      'an office hyphened through a preposition stays out of the name after it',
      'Editor-at-Large Smith said the plan would fail. Commander-in-Chief Jones agreed.',
      ['person:Smith', 'person:Jones'],
      ['person:Large Smith', 'person:Chief Jones'],
    ],
    // must stay: a name's particle hyphened inside the phrase keeps it
    ['a particle hyphened inside a name keeps its words', 'Abd-al-Aziz Smith said the plan would fail.', [], ['person:Smith']],
    // must stay: a lowercase title after the name
    [
      'a lowercase title after a place’s name leaves it whole',
      'Critics said the Badger State governor had failed.',
      [],
      ['location:Badger', 'organization:Badger'],
    ],
    // must stay: a body's name closing in a title's word with no title after it
    [
      'a title’s word closing a body’s name stays',
      'The Halden Chamber of Commerce Executive Board met on Monday.',
      ['organization:Halden Chamber of Commerce Executive Board'],
      [],
    ],
    // digits written onto a name's first capital: a call sign whole; must stay: a number's unit is no name
    ['a call sign keeps its digits', 'Perth radio station 6PR said on Monday that its ratings rose.', ['organization:6PR'], ['organization:PR']],
    ['an amount’s unit written onto its number stays out of a name', 'Sales rose to 1.5M units at Acme.', [], ['organization:5M', 'location:5M']],
    // an event named after the known place that hosts it is that place (mentions/split-place.ts); must stay: one named after no place
    [
      'an event after its host city is the city',
      'Moreau ran the Berlin Marathon twice.',
      ['location:Berlin'],
      ['location:Berlin Marathon', 'organization:Berlin Marathon'],
    ],
    [
      'an award named after no place stays whole',
      'In 2005 she was given the Stanislavsky Award for her career.',
      [],
      ['location:Stanislavsky', 'person:Stanislavsky'],
    ],
    // a hall of fame is one body, its words before the hall included (candidates/patterns.ts hall-of-fame); must stay: a hall that is a building, a member of one
    [
      'a hall of fame is one body with the words that name it',
      'Garrow was inducted into the Curling Hall of Fame in 1971. He later toured the Rock and Roll Hall of Fame with his sons.',
      ['organization:Curling Hall of Fame', 'organization:Rock and Roll Hall of Fame'],
      ['location:Curling Hall', 'location:Fame', 'organization:Fame', 'location:Roll Hall'],
    ],
    [
      'a hall that is a building, and a hall of famer, stay as they were',
      'Garrow played at Carnegie Hall in 1962. Velk, a Hall of Famer, watched.',
      ['location:Carnegie Hall'],
      ['organization:Carnegie Hall', 'organization:Hall of Fame'],
    ],
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
    // a name the tagger runs into an office's portfolio ("of the House") is the person's after it
    [
      'an office’s portfolio before the name is no part of it',
      'Speaker of the House Mike Johnson spoke on Tuesday.',
      ['person:Mike Johnson'],
      ['organization:House Mike Johnson'],
    ],
    // a ruler's style after "His" or "Her" is a title's, behind a wire's dateline too; must stay: "her" before a capitalised word that is no style
    [
      'a ruler’s style is no part of the name',
      'ABU DHABI, 5th December (WAM) -- His Highness Sheikh Mohamed bin Zayed Al Nahyan received a call. His Excellency Anwar Ibrahim arrived. Critics told her Mary Jones was right.',
      ['person:Mohamed bin Zayed Al Nahyan', 'person:Anwar Ibrahim', 'person:Mary Jones'],
      ['person:His Highness Sheikh Mohamed', 'person:Excellency Anwar Ibrahim', 'person:His Excellency Anwar Ibrahim'],
    ],
    // a company's trade or rivalry opening the sentence is no part of the name after it
    [
      'a trade word opening the sentence before a company’s name',
      'Rival Rivian Automotive rose 3%. Carmaker Lucid Motors fell.',
      ['organization:Rivian Automotive', 'organization:Lucid Motors'],
      ['organization:Rival Rivian Automotive', 'organization:Carmaker Lucid Motors'],
    ],
    // a quoted nickname between the given name and the surname is part of one person's name; a title before it is not
    [
      'a nickname quoted inside a name',
      'Mexican drug lord Ismael "El Mayo" Zambada was arrested. Hector “Macho” Camacho won, and state Del. Marcia "Cia" Price spoke.',
      ['person:Ismael "El Mayo" Zambada', 'person:Hector “Macho” Camacho', 'person:Marcia "Cia" Price'],
      ['person:Zambada', 'person:Camacho', 'person:Del. Marcia "Cia" Price', 'organization:Cia'],
    ],
    // a plural title before the first of two names is no part of it
    [
      'a plural title before two names',
      'Justice Elena Kagan wrote the dissent, joined by Justices Sonia Sotomayor and Ketanji Brown Jackson.',
      ['person:Sonia Sotomayor', 'person:Ketanji Brown Jackson'],
      ['person:Justices Sonia Sotomayor'],
    ],
    // Malaysia's honorifics are no part of the name; must stay: "Sri" as a given name
    [
      'a Malay honorific before the name',
      "KUALA LUMPUR, Dec 5 (Bernama) -- Prime Minister Datuk Seri Anwar Ibrahim tabled the bill. Tan Sri Muhyiddin Yassin objected. Dato' Sri Najib Razak and Tun Dr Mahathir Mohamad met Sri Mulyani Indrawati.",
      ['person:Anwar Ibrahim', 'person:Muhyiddin Yassin', 'person:Najib Razak', 'person:Mahathir Mohamad', 'person:Sri Mulyani Indrawati'],
      ['person:Datuk Seri Anwar Ibrahim', 'person:Tan Sri Muhyiddin Yassin', 'person:Dato', 'person:Tun Dr Mahathir Mohamad'],
    ],
    // a title the tagger's gazetteer never listed is no part of the name the title pattern reads after it
    [
      'a title the tagger never knew',
      '“There is some thought that the enthusiasm might not be there,” said Representative Charles B. Rangel of New York. Ayatollah Ali Khamenei called for calm.',
      ['person:Charles B. Rangel', 'person:Ali Khamenei'],
      ['person:Representative Charles', 'person:Rangel', 'person:Ayatollah Ali Khamenei'],
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
    // a saint's title is the first word of the name after it (mentions/leading.ts)
    [
      'a saint’s title opens the name after it',
      'Jerome settled in Rome, where St. Jerome translated the Bible. HANO has not housed former St. Thomas residents.',
      ['person:St. Jerome'],
      ['person:Jerome', 'person:Thomas', 'location:St.'],
    ],
    // must stay: a name the gazetteer knows with its title, and a title word inside a body's name
    [
      'a known saint’s city and a team',
      'He lives in St. Petersburg. The St. Louis Cardinals won.',
      ['location:St. Petersburg', 'organization:St. Louis Cardinals'],
      [],
    ],
    [
      'a surname’s particle and the given name before it stay in the name',
      'Tariq bin Hendi, the director general, spoke in Dubai. Mr. bin Hendi said the deal was done.',
      ['person:Tariq bin Hendi', 'location:Dubai/city'],
      ['person:Hendi'],
    ],
    [
      'a given name, "son of" and a father’s name opening a sentence are one person, not a place',
      'Tariq bin Hendi spoke in Toulouse on Friday. Hamad bin Khalifa bin Hamad Al Thani ruled Qatar.',
      ['person:Tariq bin Hendi', 'person:Hamad bin Khalifa bin Hamad Al Thani', 'location:Toulouse/city'],
      ['location:Hendi', 'person:Hamad bin Khalifa bin Hamad Al'],
    ],
    // must stay: a company whose name holds a father's name
    ['a company named for a family stays a body', 'He joined Saudi Binladin Group in 1990.', ['organization:Saudi Binladin Group'], ['person:Saudi Binladin']],
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
      'an Arabic article inside a hyphened place joins its words',
      'ISIL remains active in Deir-ez-Zor governorate, aid agencies said.',
      ['location:Deir-ez-Zor'],
      ['location:Zor', 'location:Deir'],
    ],
    // must stay: words the article writes alone are names of their own, an article between them or not
    [
      'names written alone stay two across a hyphened article',
      'Donald Trump met Bashar al-Assad. The Trump-al-Assad meeting ended.',
      ['person:Donald Trump', 'person:Bashar al-Assad'],
      ['person:Trump-al-Assad', 'organization:Trump-al-Assad', 'location:Trump-al-Assad'],
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
    // a country's or a listed body's name is a name of its own across a hyphen, written alone or not
    [
      'a country and a body, or two countries, hyphened, stay two',
      'The Israel-Hamas war went on. Russia-Ukraine talks resumed near the U.S.-Mexico border.',
      ['location:Israel', 'organization:Hamas', 'location:Russia', 'location:Ukraine', 'location:U.S.', 'location:Mexico'],
      ['location:Israel-Hamas', 'location:Russia-Ukraine', 'location:U.S.-Mexico'],
    ],
    // must stay: a city or a region hyphened into a name is part of it
    [
      'a city hyphened into a county’s name stays in it',
      'Floods hit Miami-Dade County on Monday.',
      [],
      ['location:Dade County', 'person:Dade County', 'organization:Dade County'],
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
      'a shop or a ground named with an owner’s ’s keeps it where nothing it owns follows, and at its other mentions',
      'The mall opened in 1979 with Brannigan’s and Hollister Belk as anchors. Brannigan’s store closed in 2001. The match was played at Lord’s, in London.',
      ['organization:Brannigan’s', 'location:Lord’s'],
      ['organization:Brannigan', 'location:Lord'],
    ],
    // must stay: a person’s possessive, a known place’s, and one before a quoted title
    [
      'a person’s, a known place’s or a possessive before a title stays outside the name',
      'Marta Goldsmith’s lawyers said the ruling was Goldsmith’s. Microsoft’s "Countdown" site went live, and Britain’s and France’s envoys met.',
      ['person:Marta Goldsmith', 'organization:Microsoft', 'location:Britain', 'location:France'],
      ["person:Goldsmith's", "person:Marta Goldsmith's", "organization:Microsoft's", "location:Britain's"],
    ],
    // a French article elided into the capitalised word after a name, one or several
    [
      'an elided French article and its word close the name before it',
      "Victims include Kurt Gerstein, Henri Honoré d'Estienne d'Orves and Alfred Dreyfus. We visited the Musée d'Orsay and then skied at Val d'Isère.",
      ["person:Henri Honoré d'Estienne d'Orves", 'person:Alfred Dreyfus'],
      ['person:Henri Honoré', "person:Henri Honoré d'Estienne", 'location:Musée'],
    ],
    // must stay: a surname that is the word
    [
      'a sentence’s opening “Born” is no part of the name after it',
      'Born Margaret Ann Kowalski in Toledo in 1942, she studied nursing. The physicist Max Born won a prize.',
      ['person:Margaret Ann Kowalski', 'person:Max Born'],
      ['person:Born Margaret Ann Kowalski'],
    ],
    [
      'a greeting, whom it thanks, or a speaker’s “I’m” is no part of the name after it',
      '"Hey Ginny," Betty said. Dear Nina, here is a tip. Thank You Barry for the help!',
      ['person:Ginny', 'person:Nina', 'person:Barry'],
      ['person:Hey Ginny', 'person:Dear Nina', 'person:Thank You Barry', 'person:You Barry'],
    ],
    // those greeted by what they are, and an adverb web text capitalises after a name, are no names; must stay: a given name
    // that is an English word after a greeting, and a short surname that is one
    [
      'a greeting’s addressee by what they are, and a capitalised adverb, are no names',
      'Hi Team, the numbers are attached. Dear Customer, your order shipped. Hey Frank, my name is John. Will Definitely come back. Rep. David Jolly voted.',
      ['person:Frank', 'person:David Jolly'],
      ['person:Team', 'person:Customer', 'person:Will Definitely', 'person:Will', 'person:David'],
    ],
    // must stay: a name that only looks like a greeting's start
    [
      'a name with no greeting before it keeps its first word',
      'Hillary Clinton met Youssef Khalil in Cairo. Dearborn officials agreed.',
      ['person:Hillary Clinton', 'person:Youssef Khalil'],
      ['person:Clinton', 'person:Khalil'],
    ],
    [
      'a sentence’s opening preposition is no part of the name after it',
      'During Ramadan, Muslims fast from dawn to dusk. Before Christmas, shops in Leeds were busy.',
      ['location:Leeds/city'],
      ['person:During Ramadan', 'person:Before Christmas'],
    ],
    [
      'a sentence’s opening adverb is no part of the name after it',
      'When Sanders spoke in Leeds, the crowd cheered. Maybe Donald Trump will come.',
      ['person:Sanders', 'person:Donald Trump'],
      ['person:When Sanders', 'person:Maybe Donald Trump'],
    ],
    // must stay: a review's verdict keeps its adverb and names nobody
    ['a verdict’s adverb stays with it', 'Too Expensive\nThe food is fine, but the price is high.', [], ['person:Expensive', 'person:Too Expensive']],
    // must stay: a portfolio word before no title is a company's first word
    [
      'a portfolio word not before a title’s head is no title',
      'Energy Transfer said profit rose. Home Depot shares fell, and Transport Secretary Louise Haigh spoke.',
      ['organization:Home Depot', 'person:Louise Haigh'],
      ['person:Transfer', 'person:Depot', 'person:Home Depot', 'person:Transport Secretary Louise Haigh'],
    ],
    [
      'an office whose portfolio follows its `of` names nobody: the person after it, the place before it',
      'US Secretary of State Mike Pompeo said so, and Ohio Secretary of State Jon Husted agreed.',
      ['person:Mike Pompeo', 'person:Jon Husted', 'location:Ohio'],
      ['person:US Secretary of State Mike Pompeo', 'person:Ohio Secretary'],
    ],
    // must stay: an office alone is the person it stands for, as GUM reads it
    ['an office with no name after it stays its holder', 'John Kerry, the Secretary of State, said so.', ['person:John Kerry', 'person:Secretary'], []],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));

  it.each([
    ['Chief Financial Officer Kevan Parekh said revenue rose.', 'Kevan Parekh', 'Chief Financial Officer'],
    // must stay: one head, one title
    ['Foreign Minister Gideon Sa’ar spoke later.', 'Gideon Sa’ar', 'Foreign Minister'],
    // a portfolio word right before a title's head is part of the office, opening a sentence or not
    ['Home Secretary Yvette Cooper said the plan would work.', 'Yvette Cooper', 'Home Secretary'],
    ['He met Energy Secretary Ed Miliband on Monday.', 'Ed Miliband', 'Energy Secretary'],
    // two given names, then two surnames, as Spanish names run
    ['Mexican President Andrés Manuel López Obrador said the plan would go ahead.', 'Andrés Manuel López Obrador', 'President'],
    ['The visit of Homeland Security Secretary Jeh Johnson was cut short.', 'Jeh Johnson', 'Homeland Security Secretary'],
  ])('%s → %s, titled %s', (text, name, title) => {
    const actor = extract(text).actors.find((a) => a.name === name);
    expect({ name: actor?.name, titles: actor?.titles.map((t) => t.text) }).toEqual({ name, titles: [title] });
  });
});

// a tagger run over a list's comma or a table row's spaced dash (mentions/split-break.ts)
describe('a tagger run breaks at a comma, a spaced dash, a bracket, two quotation marks side by side, a lowercase verb or a headline’s verb of saying', () => {
  it.each([
    ['Hillary Clinton Says Trump Is Unfit', 'Hillary Clinton Says Trump Is Unfit', ['Hillary Clinton', 'Trump Is Unfit']],
    ['Clinton Said “I Never Sent It”', 'Clinton Said', ['Clinton']],
    ['Dennis Prager Tells Conservatives They Erred', 'Dennis Prager Tells Conservatives', ['Dennis Prager', 'Conservatives']],
    ['Chris Christie Says He Would Issue A Ban', 'Chris Christie Says He Would Issue', ['Chris Christie']],
    // in capitals the POS tagger reads every word a name: a verb of saying in the present is the headline's verb
    ['PRIME MINISTER BORIS JOHNSON TELLS MPS TO BACK DEAL', 'BORIS JOHNSON TELLS MPS', ['BORIS JOHNSON', 'MPS']],
    ['PRESIDENT BIDEN SAYS HE WILL VETO THE BILL', 'BIDEN SAYS HE', ['BIDEN']],
    // must stay: a plural that names things in capitals
    ['UNITED STATES ARMY SAYS TALKS GO ON', 'UNITED STATES ARMY', ['UNITED STATES ARMY']],
    // must stay: a name the POS tagger calls a verb, before a verb or a name; a plural noun of saying
    ['The critic Edward Said wrote a book.', 'Edward Said', ['Edward Said']],
    ['He met Said Hamid in Cairo.', 'Said Hamid', ['Said Hamid']],
    ['He moved to the United States Army base.', 'United States Army', ['United States Army']],
    ['Scores: Velmora - Tavio Brenn (61st) and others.', 'Velmora - Tavio Brenn', ['Velmora', 'Tavio Brenn']],
    ['Studies (Okafor, Lindqvist, & Marr, 2007) agree.', 'Okafor, Lindqvist', ['Okafor', 'Lindqvist']],
    ['The trains of Chiang Mai - Bangkok - 6 run daily.', 'Chiang Mai - Bangkok - 6', ['Chiang Mai', 'Bangkok']],
    // a bracket sets off what follows a name; a verb in lowercase is the clause after it
    ['The UK Department for International Development (DFID) paid.', 'International Development (DFID)', ['International Development', 'DFID']],
    ['Chatham Islands (Rekohu) are remote.', 'Chatham Islands (Rekohu', ['Chatham Islands', 'Rekohu']],
    ['He said Jack provided Budjana with a guitar.', 'Jack provided Budjana', ['Jack', 'Budjana']],
    // a lowercase `in` inside a person's run; must stay: before a month, a time phrase that trim.ts cuts
    ['He won the Spitfire Tournament in Canada.', 'Spitfire Tournament in Canada', ['Spitfire Tournament', 'Canada']],
    ['He left the Museum of Art in October 2009.', 'Museum of Art in October 2009', ['Museum of Art in October 2009']],
    // must stay: a results table's code in brackets after a club, lowercase words that join a name
    ['Mladost (L) 2 Buducnost (V) 1', 'Mladost (L)', ['Mladost (L)']],
    ['Durham won at Chester-le-Street.', 'Chester-le-Street', ['Chester-le-Street']],
    ['Kengo wa Dondo resigned.', 'Kengo wa Dondo', ['Kengo wa Dondo']],
    ['the Kurdish-led Syrian Democratic Forces said', 'Kurdish-led Syrian Democratic Forces', ['Kurdish-led Syrian Democratic Forces']],
    [
      'the Organisation for the Prohibition of Chemical Weapons said',
      'Organisation for the Prohibition of Chemical Weapons',
      ['Organisation for the Prohibition of Chemical Weapons'],
    ],
    // a closing quotation mark and the next opening one: two quoted titles side by side
    ['Titles: “Ba Bd” “Jo” “Jm Jp” and “Ci Cl” “Cj Cm”.', 'Jo” “Jm Jp', ['Jo', 'Jm Jp']],
    ['Titles: “Ba Bd” “Jo” “Jm Jp” and “Ci Cl” “Cj Cm”.', 'Ci Cl” “Cj Cm', ['Ci Cl', 'Cj Cm']],
    ["Titles: 'Ci Cl' 'Cj Cm' and more.", "Ci Cl' 'Cj Cm", ['Ci Cl', 'Cj Cm']],
    // must stay: a nickname's marks with its words between, an apostrophe inside a word
    ['Roberto “Hands of Stone” Duran won.', 'Roberto “Hands of Stone” Duran', ['Roberto “Hands of Stone” Duran']],
    ['Shaquille O’Neal met Tip O’Neill.', 'Shaquille O’Neal', ['Shaquille O’Neal']],
    ['They flew to Côte d’Ivoire ‘today’.', 'Côte d’Ivoire', ['Côte d’Ivoire']],
    // must stay: the District after a city, a legal form after a company, a hyphen inside a word
    ['She moved to Washington, D.C. in May.', 'Washington, D.C.', ['Washington, D.C.']],
    ['Orvell Power Source, Inc. signed.', 'Orvell Power Source, Inc.', ['Orvell Power Source, Inc.']],
    ['Mara Ostrow-Kenning spoke.', 'Mara Ostrow-Kenning', ['Mara Ostrow-Kenning']],
  ])('%s: %s → %j', (text, run, pieces) => {
    const doc = buildDocument(text);
    const start = text.indexOf(run);
    const c: Candidate = { start, end: start + run.length, type: 'person', tier: 'tagger', reason: 'tagger' };
    expect(splitAtBreak(c, doc).map((p) => text.slice(p.start, p.end))).toEqual(pieces);
  });

  // the run's type is its subject's: a known place after a lowercase verb, the clause's object, is a location
  it.each([
    ['The Islamic State of Iraq and Syria took Mosul in 2014.', 'Islamic State of Iraq and Syria took Mosul', 'organization', ['organization', 'location']],
    ['Popular Mobilisation Units entered Kirkuk.', 'Popular Mobilisation Units entered Kirkuk', 'organization', ['organization', 'location']],
    // must stay: an object no gazetteer knows as a place keeps the run's type; a comma's pieces keep it
    ['He said Jack provided Budjana with a guitar.', 'Jack provided Budjana', 'person', ['person', 'person']],
    ['Scores: Velmora - Tavio Brenn (61st) and others.', 'Velmora - Tavio Brenn', 'organization', ['organization', 'organization']],
    ['Acme Corp, Paris and others.', 'Acme Corp, Paris', 'organization', ['organization', 'organization']],
    // a body's run breaks at `in` only after a verb opening the sentence; must stay: a body's name holding one
    ['Born Heinz Alfred Kissinger in Fürth, he fled.', 'Born Heinz Alfred Kissinger in Fürth', 'organization', ['organization', 'organization']],
    ['Human Rights in China said so.', 'Human Rights in China', 'organization', ['organization']],
  ] as const)('%s: %s (%s) → %j', (text, run, type, types) => {
    const doc = buildDocument(text);
    const start = text.indexOf(run);
    const c: Candidate = { start, end: start + run.length, type, tier: 'tagger', reason: 'tagger' };
    expect(splitAtBreak(c, doc).map((p) => p.type)).toEqual(types);
  });
});

// two authors a citation joins by an ampersand before its year (mentions/split-and.ts)
// a name's run after a title stops at a headline's verb written in capitals (candidates/words.ts shoutedSaying)
describe('an all-caps headline: a name stops at its verb of saying', () => {
  it.each<NameRow>([
    ['a person after a title', 'PRIME MINISTER BORIS JOHNSON TELLS MPS TO BACK DEAL', ['person:BORIS JOHNSON'], ['person:BORIS JOHNSON TELLS']],
    ['one word after a title', 'PRESIDENT BIDEN SAYS HE WILL VETO THE BILL', [], ['person:BIDEN SAYS HE']],
    // must stay: the country, whose plural names it
    ['a plural of saying in a name', 'UNITED STATES SAYS TALKS WILL GO ON', ['location:UNITED STATES'], []],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));
});

describe('two authors joined before a citation’s year are two names', () => {
  it.each([
    ['Play helps (Brenner & Vask, 2004; Olin, 2005).', 'Brenner & Vask', ['Brenner', 'Vask']],
    ['as shown before (Brenner & Vask 2011; Olin 2010).', 'Brenner & Vask', ['Brenner', 'Vask']],
    // must stay: a firm's name with no year after it, and one in a citation of three words
    ['Brenner & Vask filed the suit in 2004.', 'Brenner & Vask', ['Brenner & Vask']],
    ['The memo (Brenner & Vask Partners, 2004) said so.', 'Brenner & Vask Partners', ['Brenner & Vask Partners']],
  ])('%s: %s → %j', (text, run, pieces) => {
    const doc = buildDocument(text);
    const start = text.indexOf(run);
    const c: Candidate = { start, end: start + run.length, type: 'organization', tier: 'tagger', reason: 'tagger' };
    expect(splitAtAnd(new Set())(c, doc).map((p) => text.slice(p.start, p.end))).toEqual(pieces);
  });
});

describe('a run of two known places the tagger called a body splits into two places', () => {
  it.each([
    ['The army reached Tal Afar and Sinjar.', 'Tal Afar and Sinjar', 'organization', ['location:Tal Afar', 'location:Sinjar']],
    // must stay: a body's name on either side keeps the run's type, and a person's run stays a person's
    ['Talks in Paris and Reuters fell.', 'Paris and Reuters', 'organization', ['organization:Paris', 'organization:Reuters']],
    ['He met Paris and London.', 'Paris and London', 'person', ['person:Paris', 'person:London']],
  ] as const)('%s', (text, run, type, pieces) => {
    const doc = buildDocument(text);
    const start = text.indexOf(run);
    const c: Candidate = { start, end: start + run.length, type, tier: 'tagger', reason: 'tagger' };
    expect(splitAtAnd(new Set())(c, doc).map((p) => `${p.type}:${text.slice(p.start, p.end)}`)).toEqual(pieces);
  });
});

describe('a person’s run of two given names alone splits into two people', () => {
  it.each([
    ['She was born to John and Mary in Peoria.', 'John and Mary', 'person', ['person:John', 'person:Mary']],
    // must stay: a body's run of two given names, and a given name beside a word no list knows as one
    ['Shares of Ben and Jerry rose.', 'Ben and Jerry', 'organization', ['organization:Ben and Jerry']],
    ['Simon and Garfunkel sang.', 'Simon and Garfunkel', 'person', ['person:Simon and Garfunkel']],
  ] as const)('%s', (text, run, type, pieces) => {
    const doc = buildDocument(text);
    const start = text.indexOf(run);
    const c: Candidate = { start, end: start + run.length, type, tier: 'tagger', reason: 'tagger' };
    expect(splitAtAnd(new Set())(c, doc).map((p) => `${p.type}:${text.slice(p.start, p.end)}`)).toEqual(pieces);
  });
});

// the tagger cuts a name at its middle initial; the given name, the initial and the surname are one person (mentions/initials.ts)
describe('a name the tagger cut at its middle initial is one person', () => {
  const mention = (text: string, word: string, type: Mention['type'], index: number): Mention => {
    const start = text.indexOf(word);
    return mentionOf({ start, end: start + word.length, type, tier: 'tagger', reason: 'tagger' }, word, index);
  };
  it.each([
    [
      'the given name read as a place, the rest as a person',
      'For Syria, Geir O. Pedersen briefed them.',
      ['location:Geir', 'person:O. Pedersen'],
      ['person:Geir O. Pedersen'],
    ],
    ['the initial left out', 'One evening, Donald J. Trump left.', ['person:Donald', 'person:Trump'], ['person:Donald J. Trump']],
    // must stay: a country, or a place no given name shares, before an initialled person; a surname alone after the given name
    [
      'a country before an initialled person, even one a given name shares',
      'In Jordan J. Smith said no.',
      ['location:Jordan', 'person:J. Smith'],
      ['location:Jordan', 'person:J. Smith'],
    ],
    [
      'a known city before an initialled person',
      'In Nairobi J. Smith said no.',
      ['location:Nairobi', 'person:J. Smith'],
      ['location:Nairobi', 'person:J. Smith'],
    ],
    [
      'an initial between a given name and a body',
      'Then Donald J. Reuters left.',
      ['person:Donald', 'organization:Reuters'],
      ['person:Donald', 'organization:Reuters'],
    ],
  ] as const)('%s', (_why, text, given, joined) => {
    const doc = buildDocument(text);
    const mentions = given.map((g, i) => {
      const [type, word] = g.split(':') as [Mention['type'], string];
      return mention(text, word, type, i);
    });
    expect(joinInitials(mentions, doc).map((m) => `${m.type}:${m.text}`)).toEqual(joined);
  });

  it('joins the cut name in a whole article', () => {
    expectLabels(
      'Meanwhile, the Special Envoy of the Secretary-General for Syria, Geir O. Pedersen, briefed the Security Council in New York.',
      ['person:Geir O. Pedersen'],
      ['location:Geir', 'person:O. Pedersen'],
    );
  });
});

// a surname's particle hyphened to it, as Arabic names write "al-", before or after the run (mentions/leading.ts)
describe('a hyphened particle stays in a person’s name', () => {
  it.each([
    ['Cleric Muqtada al-Sadr said on Friday.', 'Sadr', 'person', 'Muqtada al-Sadr'],
    ['Later al-Sadr left.', 'Sadr', 'person', 'al-Sadr'],
    ['General Abd al-Karim Qasim ruled.', 'Karim Qasim', 'person', 'Abd al-Karim Qasim'],
    ['Cleric Muqtada al-Sadr said on Friday.', 'Muqtada', 'person', 'Muqtada al-Sadr'],
    // must stay: a place or a body is not given the particle, nor a word hyphened after a capitalised one
    ['Rebels fought in Jebel al-Akhdar on Monday.', 'Akhdar', 'location', 'Akhdar'],
    ['Rebels fought in Jebel al-Akhdar on Monday.', 'Jebel', 'location', 'Jebel'],
    ['The court heard Elena Carvajal-Miranda.', 'Elena Carvajal', 'person', 'Elena Carvajal-Miranda'],
    // an Arabic article between two capitalised words hyphened together joins them, from either end; not "at", an English word
    ['Fighting went on in Deir-ez-Zor on Monday.', 'Zor', 'location', 'Deir-ez-Zor'],
    ['Fighting went on in Deir-ez-Zor on Monday.', 'Deir', 'location', 'Deir-ez-Zor'],
    ['She met the Editor-at-Large on Monday.', 'Large', 'person', 'Large'],
  ])('%s: %s (%s) → %s', (text, name, type, whole) => {
    const doc = buildDocument(text);
    const start = text.indexOf(name);
    const c: Candidate = { start, end: start + name.length, type: type as Candidate['type'], tier: 'tagger', reason: 'tagger' };
    const out = leadingWords(doc)(c);
    expect(text.slice(out.start, out.end)).toBe(whole);
  });
});

// the authors of a paper's references inside their bracket (candidates/citations.ts)
describe('the authors a reference cites inside its bracket are persons', () => {
  it.each([
    ['Viewers linger (see for example Vaskren 2014; Oberlind et al., 2005).', ['Vaskren', 'Oberlind']],
    ['Games train attention (Li, Pelkar, Morgan-Short, & Dunvale, 2010).', ['Li', 'Pelkar', 'Morgan-Short', 'Dunvale']],
    ['The lines run on (Gracía-Pane, 1991) in older poems.', ['Gracía-Pane']],
    // a paper that cites inside brackets cites in running text too, the year in brackets after the name
    [
      'Poems run on (Gracía-Pane, 1991). Parvy (1929) wrote on it. See Kolenk (2019). Flores Gómara’s (1988) study agreed.',
      ['Gracía-Pane', 'Parvy', 'Kolenk', 'Flores Gómara'],
    ],
    // must stay: a title of common words, or after an article, is a work's; a text citing nothing in brackets reads no year so
    ['Poems run on (Gracía-Pane, 1991). She starred in Leap Year (2010) and Elevator to the Gallows (1958).', ['Gracía-Pane']],
    ['She starred in Tarvento (2010), a comedy.', []],
    // must stay: a year with no bracket open, a month, a publisher and its place, an acronym
    ['Vaskren 2014, the report said, was a good year.', []],
    ['During the offensive (June 1944), the wing flew.', []],
    ['Her poems (Black Pepper, Melbourne, Australia, 2004) sold well.', []],
    ['The figures (OECD, 2019) show a rise.', []],
  ])('%s → %j', (text, names) => {
    const doc = buildDocument(text);
    expect(citedAuthors(doc).map((c) => `${c.type}:${text.slice(c.start, c.end)}`)).toEqual(names.map((n) => `person:${n}`));
  });
});

// the person an e-mail address belongs to, by its display name (candidates/mail-names.ts)
describe('an e-mail address’s display name is its owner, a person', () => {
  it.each<NameRow>([
    [
      'a display name before its address, as written or surname first',
      'From: "Les Spahnn" <spahnn@example.com>\nTo: "Townsend, George" <gtownsend@example.net>\n\nPlease call me.',
      ['person:Les Spahnn', 'person:Townsend, George'],
      [],
    ],
    // must stay: a title in quotation marks with no address after it, and one opening with an article
    [
      'a quoted title is no person',
      'She sang "Vera Lynn Blues" and wrote to "The Cat Album" <cats@example.com> about it.',
      [],
      ['person:Vera Lynn Blues', 'person:The Cat Album', 'person:Cat Album'],
    ],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));
});

// the name a letter opens on and the writer's name after its closing (candidates/mail-names.ts letterNames)
describe('a letter’s addressee and its writer are persons', () => {
  it.each<NameRow>([
    [
      'a letter’s first line and the name after its closing',
      'Dear Jean:\n\nThanks for the money. I am well.\n\nYours,\nBill',
      ['person:Jean', 'person:Bill'],
      [],
    ],
    // must stay: those greeted by what they are, and a new sentence after a closing's line
    [
      'no name greeted by a noun, none after a closing but a line of words',
      'Dear Friends:\n\nThe flood was sad.\n\nThank you.\nSeven of us left.',
      [],
      ['person:Friends', 'person:Seven'],
    ],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));
});

// a public body named for two places (candidates/bodies.ts joined-public-body)
describe('a public body serving two places keeps both in its name', () => {
  it.each<NameRow>([
    // must stay: two countries, and a body beside another body's acronym
    [
      'two places joined before a public body’s head are one body',
      'A spokesman for Avon and Somerset Police said the road was closed. Britain and France signed the deal. The FBI and Chicago Police are investigating.',
      ['organization:Avon and Somerset Police', 'location:Britain', 'location:France', 'organization:FBI'],
      ['organization:Avon', 'organization:Somerset Police', 'organization:FBI and Chicago Police'],
    ],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));
});

// an institution's of- or for-phrase going on after `and` or `of` (candidates/patterns.ts institution-of-name)
describe('an institution’s name goes on past and and of', () => {
  it.each<NameRow>([
    // must stay: a place closing the phrase, and a place opening what follows, leave two names
    [
      'the object of an institution’s of- or for-phrase goes on after and or of',
      'The Organisation for Economic Co-operation and Development cut its forecast. The Royal Society for the Protection of Birds said. The Africa Centres for Disease Control and Prevention warned. Students at the University of Texas and Harvard University protested, as at the Massachusetts Institute of Technology and Colorado State University.',
      [
        'organization:Organisation for Economic Co-operation and Development',
        'organization:Royal Society for the Protection of Birds',
        'organization:Africa Centres for Disease Control and Prevention',
        'organization:University of Texas',
        'organization:Harvard University',
        'organization:Massachusetts Institute of Technology',
      ],
      ['organization:Development', 'person:Disease Control', 'organization:University of Texas and Harvard University'],
    ],
    // must stay: the place's name alone is a place
    [
      'the object and its own of-phrase are one place’s name',
      'The case went to the Superior Court of the District of Columbia. The Parliament of the Republic of Moldova voted. He moved to the District of Columbia.',
      ['organization:Superior Court of the District of Columbia', 'organization:Parliament of the Republic of Moldova', 'location:District of Columbia'],
      ['organization:Superior Court of the District', 'location:Columbia', 'organization:Parliament of the Republic'],
    ],
    // an office's title in the possessive before `Office`; must stay: the sentence's article stays out
    [
      'a title’s office is one body with the place before it and the district after it',
      "Prosecutors from the U.S. Attorney's Office for the Southern District of New York sought 40 years. The Manhattan District Attorney's Office declined to comment.",
      ["organization:U.S. Attorney's Office for the Southern District of New York", "organization:Manhattan District Attorney's Office"],
      ['person:Attorney', 'organization:Office for the Southern District', "organization:The Manhattan District Attorney's Office"],
    ],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));
});

// a body's name holding a list set off by commas, after its of-, for- or on-phrase or before its head
// (candidates/patterns.ts institution-of-name, candidates/bodies.ts listed-body)
describe('a body’s name holds a list', () => {
  it.each<NameRow>([
    [
      'the object of an of-, for- or on-phrase is a list closed by and',
      'The Ministry of Agriculture, Fisheries and Food said. The Department for Digital, Culture, Media and Sport agreed. The Bureau of Alcohol, Tobacco, Firearms and Explosives was there. The Committee on Science, Space and Technology met.',
      [
        'organization:Ministry of Agriculture, Fisheries and Food',
        'organization:Department for Digital, Culture, Media and Sport',
        'organization:Bureau of Alcohol, Tobacco, Firearms and Explosives',
        'organization:Committee on Science, Space and Technology',
      ],
      ['organization:Ministry of Agriculture', 'organization:Media and Sport', 'organization:Tobacco'],
    ],
    [
      'a list before a government body’s head',
      'The Foreign, Commonwealth and Development Office issued advice. He chairs the Health, Education, Labor and Pensions Committee.',
      ['organization:Foreign, Commonwealth and Development Office', 'organization:Health, Education, Labor and Pensions Committee'],
      ['organization:Development Office', 'organization:Pensions Committee'],
    ],
    [
      'an on-phrase names a commission or a council, a hyphened name inside it',
      'The Commission on Presidential Debates chose Lester Holt. The Council on American-Islamic Relations said so.',
      ['organization:Commission on Presidential Debates', 'organization:Council on American-Islamic Relations'],
      ['organization:Commission', 'organization:Council on American'],
    ],
    // must stay: places, known bodies and people in the list, two names with a comma, a date after `on`
    [
      'a list of other names is the sentence’s',
      'The Ministry of Defence, France and Germany signed it. Suits named the Department of Finance, and County of Maui. Trump, Ryan and Republican National Committee staff met. The Commission on Monday fined them.',
      ['organization:Ministry of Defence', 'organization:Department of Finance'],
      [
        'organization:Ministry of Defence, France and Germany',
        'organization:Department of Finance, and County',
        'organization:Trump, Ryan and Republican National Committee',
        'organization:Commission on Monday',
      ],
    ],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));
});

// a word no English list knows right after a company's kind names the company (candidates/bodies.ts kind-named)
describe('a company’s kind before an unknown word', () => {
  it.each<NameRow>([
    [
      'a regulator, a watchdog, a brewer',
      'Energy regulator Ofgem raised the price cap and media watchdog Ofcom fined the broadcaster. Belgian brewer Vandermolen cut jobs.',
      ['organization:Ofgem', 'organization:Ofcom', 'organization:Vandermolen'],
      [],
    ],
    // must stay: a known place after the kind, the kind written with a capital as a name's word
    [
      'a place after the kind is no company',
      'The watchdog Britain set up last year fined them. The Regulator Ofgemia sang.',
      ['location:Britain'],
      ['organization:Britain', 'organization:Ofgemia'],
    ],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));
});

// a broadcaster's station named by its number (candidates/bodies.ts numbered-outlet)
describe('a station’s number is part of its name', () => {
  it.each<NameRow>([
    [
      'radio and channel numbers, with a tail',
      'Speaking to BBC Radio 4, he said so. He told Channel 4 News and BBC Radio 5 Live the same.',
      ['organization:BBC Radio 4', 'organization:Channel 4 News', 'organization:BBC Radio 5 Live'],
      ['organization:BBC Radio', 'organization:Channel'],
    ],
    // must stay: a figure after the number
    ['a figure goes on after the number', 'Share gains: Radio 12% and Channel 4 2-1 up.', [], ['organization:Radio 12', 'organization:Channel 4']],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));
});

// a name found once is found again as its tokens split it, hyphens and all (mentions/propagate.ts)
describe('a hyphened name is found again', () => {
  it.each([
    ['Voters in Saxony-Anhalt state went to the polls. Later Saxony-Anhalt counted its votes.', 'Saxony-Anhalt', ['Saxony-Anhalt', 'Saxony-Anhalt']],
    ['Fighting in Deir-ez-Zor governorate went on. The Deir-ez-Zor offensive began in May.', 'Deir-ez-Zor', ['Deir-ez-Zor', 'Deir-ez-Zor']],
    [
      'Rep. Alexandria Ocasio-Cortez spoke first. Then Ocasio-Cortez took questions.',
      'Alexandria Ocasio-Cortez',
      ['Alexandria Ocasio-Cortez', 'Ocasio-Cortez'],
    ],
    // must stay: a longer hyphened word is no repeat of the name inside it
    ['Voters in Saxony-Anhalt state went to the polls. The Saxony-Anhalt-Thuringia line ran north.', 'Saxony-Anhalt', ['Saxony-Anhalt']],
  ])('%s', (text, name, mentions) => {
    const r = extract(text);
    const entity = [...r.actors, ...r.organizations, ...r.locations].find((e) => e.name === name);
    expect(entity?.mentions.map((m) => m.text)).toEqual(mentions);
  });
});
