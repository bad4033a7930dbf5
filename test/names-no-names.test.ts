import type { Candidate } from '../src/core/types';
import { buildDocument } from '../src/document';
import { countryOf, demonymOf } from '../src/lexicon/gazetteer';
import { inAddress } from '../src/mentions/addresses';
import { NOT_NAMES } from '../src/lexicon/not-names';
import { extract } from '../src/index';
import { expectLabels, type NameRow } from './names-helpers';

// words a tagger reads as names that name nothing (lexicon/not-names.ts, mentions/openers.ts, mentions/trim.ts)
describe('what is no name is not reported', () => {
  it.each<NameRow>([
    // words closed by "No." before a number are a numbered item (mentions/no-names.ts isNumberedItem); must stay: a unit
    // named by an acronym and its number ("CDU No. 3", which CoNLL names)
    [
      'a numbered item is no name, a unit named by an acronym is',
      'SYRIA: Flash Update No. 3 – Escalation of hostilities. Goal No. 4: Ensure inclusive education. An earlier problem with CDU No. 3 arose.',
      ['organization:CDU No.'],
      ['organization:Flash Update No.', 'organization:Goal No.'],
    ],
    // an English adjective of a faith or a people before a lowercase noun names nothing, whatever type the tagger read
    // (mentions/no-names.ts adjectiveBeforeNoun)
    [
      'an English adjective before a noun is no person',
      'He vowed to defeat radical Islamic terrorism. Trump courted the Hispanic vote.',
      [],
      ['person:Islamic', 'person:Hispanic'],
    ],
    // a place and a party's member after an indefinite determiner describe someone unnamed (mentions/no-names.ts
    // placedPartyMember), the place in them is one
    [
      'a place’s party member after an article is no name',
      'Insiders were split. “It is Bernie’s to lose,” said one New Hampshire Democrat. “The team has done a poor job,” said another New Hampshire Democrat. “We are close,” said a Tennessee Republican.',
      ['location:New Hampshire', 'location:Tennessee'],
      ['location:New Hampshire Democrat', 'person:Tennessee Republican', 'organization:New Hampshire Democrat'],
    ],
    [
      'a weekday’s short form is a day, not a place',
      'The games will have to take place on Fri, Sat, or Sun in Leeds.',
      ['location:Leeds/city'],
      ['location:Fri', 'location:Sat', 'organization:Fri'],
    ],
    // a person's name made of common words only (mentions/common-words.ts)
    [
      'common words in title case are no person’s name',
      'Great food, Friendly Staff! We stayed at the Hidden Nook near the lake. My Mom and Dad loved the Chasing Liberty tour.',
      [],
      ['person:Friendly Staff', 'person:Hidden Nook', 'person:Chasing Liberty'],
    ],
    // must stay: a given name that is a word, a surname the gazetteer knows, a surname the article writes alone, a title
    [
      'a person named with words the article or the lexicon shows to be names stays a person',
      'Bill Green met Eddy Grant in London. Later Dusty Stamper arrived; Stamper said the talks went well. Madam Speaker agreed.',
      ['person:Bill Green', 'person:Eddy Grant', 'person:Dusty Stamper'],
      [],
    ],
    [
      'a wire’s index code after its index names nothing',
      "Apple's shares lifted the S&P 500 .SPX and the Nasdaq .IXIC, while Japan's Nikkei (.N225) fell in Tokyo.",
      ['location:Tokyo'],
      ['organization:SPX', 'organization:IXIC', 'organization:N225', 'location:SPX'],
    ],
    // must stay: a name right after a sentence's full stop, with or without its space
    ['a name after a full stop stays a name', 'Shares fell.Apple said sales rose. IBM agreed.', ['organization:IBM'], []],
    // must stay: a paper's name that is a weekday's short form
    ['a paper named Sun stays a body', 'The Sun reported on Monday that the deal was dead.', ['organization:Sun'], ['location:Sun']],
    [
      'holidays are days, not bodies or places',
      'Shops in London were busy before Christmas, and many families plan to travel at Easter.',
      ['location:London/city'],
      ['organization:Christmas', 'location:Easter', 'location:Christmas'],
    ],
    [
      'a feast of translated news is a day, not a place',
      'The Supreme Leader pardoned 2,000 prisoners on the occasion of Eid al-Fitr. Markets in Cairo closed for Eid al-Adha.',
      ['location:Cairo'],
      ['location:al-Fitr', 'location:Eid al-Fitr', 'location:al-Adha', 'location:Eid al-Adha', 'organization:Eid al-Adha'],
    ],
    [
      'a day named for someone in the possessive is a day, not a person',
      "Parades marked St. Patrick’s Day in Boston. Sales rose before Valentine's Day and Mother's Day, and on New Year's Eve.",
      ['location:Boston/city'],
      ['person:Patrick’s Day', 'person:Valentine', 'person:Day', "person:Valentine's Day", "location:New Year's Eve"],
    ],
    [
      'a law’s, a treaty’s or a convention’s name is a work, not a person, a body or a place',
      'Senators in Washington debated the Affordable Care Act and the Free Trade Agreement. Delegates recalled the Paris Agreement, the Kyoto Protocol and the Geneva Conventions. Officials cited the U.S. Refugee Act of 1980. He never registered under the Foreign Agents Registration Act.',
      ['location:Washington'],
      [
        'organization:Affordable Care Act',
        'person:Free Trade Agreement',
        'location:Paris Agreement',
        'organization:Kyoto Protocol',
        'location:Geneva Conventions',
        'person:Refugee',
        'person:Registration Act',
      ],
    ],
    [
      'a treaty’s, a bill’s or a battle’s name written head first is a work or an event',
      'The Treaty of Versailles ended the war. The Bill of Rights protects speech. The Siege of Leningrad lasted 872 days in Russia.',
      ['location:Russia'],
      ['organization:Treaty of Versailles', 'organization:Bill of Rights', 'organization:Siege of Leningrad'],
    ],
    [
      'an amendment’s name is a law’s',
      'Senators in Washington argued over the Hyde Amendment. The group cited the First Amendment and the Equal Rights Amendment.',
      ['location:Washington'],
      ['person:Hyde Amendment', 'organization:First Amendment', 'organization:Equal Rights Amendment', 'person:Hyde', 'organization:Equal Rights'],
    ],
    // must stay: a place before a venue's name that a convention word opens, and a body whose name opens with a treaty's word
    [
      'a convention centre and a charter company stay names',
      'Fans met at the Toronto Convention Centre. Executives of Charter Communications spoke in Denver.',
      ['location:Toronto Convention Centre/feature', 'organization:Charter Communications', 'location:Denver'],
      [],
    ],
    [
      'a legal form split off its company’s name by a comma names nothing; after an "&" it closes the name',
      'The network is run by CBS, Inc., and the loggers formed Cascade Timberlands, LLC. An analyst at Edward D. Jones & Co. agreed.',
      ['organization:CBS', 'organization:Edward D. Jones & Co.'],
      ['location:Inc.', 'organization:Inc.', 'organization:LLC', 'organization:Co.'],
    ],
    [
      'the place or body a contest is named for is no name of its own, nor is the contest a person or a place',
      'Sampras won the U.S. Open in New York. Hingis reached the Hong Kong Open final, and Johnson won the Berlin Grand Prix. Spain beat France in the Fed Cup. He won the Outland Trophy.',
      ['location:New York/city'],
      ['location:U.S./country', 'location:Hong Kong/country', 'location:Berlin/city', 'organization:Fed', 'person:Outland Trophy', 'location:Outland Trophy'],
    ],
    // must stay: the world of a "World Cup", GUM's place
    [
      'the world of a World Cup stays',
      'On day five of the 2018 FIFA football World Cup, Sweden defeated South Korea.',
      ['location:World', 'organization:FIFA', 'location:Sweden'],
      [],
    ],
    // must stay: a surname that is the day's word
    ['a surname that is the day’s word stays a name', 'Doris Day sang at the gala. Day was a star.', ['person:Doris Day'], []],
    [
      'a review’s title or verdict opening with praise or blame names nothing',
      'Great Service\nDr Ferrand is wonderful. She answers every question.\nLovely Cottage\nThis cottage is a charming place to stay. Marta is an excellent host.\nPoor Service and cold food.',
      ['person:Ferrand', 'person:Marta'],
      ['organization:Great Service', 'person:Lovely Cottage', 'person:Great Service', 'organization:Poor Service'],
    ],
    [
      'a family’s word for a parent and a section’s heading word name nothing',
      'Dear Mom,\nSorry for the delay of this letter.\nMethod 1\nMix the flour and sugar.\nFigure 2 shows the results.',
      [],
      ['person:Mom', 'organization:Method', 'organization:Figure', 'person:Method'],
    ],
    [
      'a signature’s contact labels name nothing',
      'Thanks for the draft.\nJane Holt\nAcme Widgets Inc.\nPhone 410-555-0100 Fax 410-555-0101\nEmail jane.holt@example.com',
      ['person:Jane Holt', 'organization:Acme Widgets Inc.'],
      ['location:Phone', 'location:Fax', 'organization:Fax', 'location:Email'],
    ],
    // the shorthand alone or opening the name the tagger ran it into; must stay: the name after it
    [
      'the web’s shorthand in capitals names nothing',
      'TIL that the Eiffel Tower grows in summer. IMO the Louvre is better. FYI Target is hiring.',
      ['location:Eiffel Tower', 'location:Louvre', 'organization:Target'],
      ['organization:TIL', 'organization:FYI Target', 'organization:IMO'],
    ],
    // must stay: a force's name holding the word
    [
      'a telescope’s name, and “Police” opening a sentence alone, name nothing',
      'The images came from the James Webb Space Telescope, NASA said. Police in Leeds arrested a man, West Yorkshire Police said.',
      ['organization:NASA', 'organization:West Yorkshire Police', 'location:Leeds'],
      ['person:James Webb Space Telescope', 'organization:Police'],
    ],
    [
      'a live blog’s label names nothing',
      'Live updates: Storm batters the coast\n\nUpdate, 3:15 p.m.: Gov. Ron DeSantis said 2 million people were without power. "This is a serious storm," he said.\n\nUpdate, 4:40 p.m.: The storm had weakened to Category 2.',
      ['person:Ron DeSantis'],
      ['organization:Update', 'location:Update'],
    ],
    [
      'a capitalised common noun between its article and a preposition or a phrase’s end names nothing',
      'In 1750 Marlow was elected a Fellow of the Royal Society. We hired a CPA, Dana Reyes, to check the books.',
      ['person:Dana Reyes', 'organization:Royal Society'],
      ['location:Fellow', 'organization:CPA', 'person:Fellow'],
    ],
    // must stay: a name the lexicon knows after the article, and a name after it that modifies a noun
    [
      'a known name, a modifier, or a place and its state after an article stay names',
      'Born a Kennedy, she grew up near a Berlin park and met him in a Tillbury, Iowa, diner.',
      ['person:Kennedy', 'location:Berlin', 'location:Tillbury'],
      [],
    ],
    [
      'a guide’s numbered heading names nothing',
      'Method 1 of 2: Basic Lemon Tarts\nPreheat the oven. The recipe came from Maria Lopez.\nPart 2 Serving the Tarts\nServe warm.',
      ['person:Maria Lopez'],
      ['person:Lemon Tarts', 'organization:Basic Lemon Tarts', 'organization:Serving', 'person:Serving the Tarts'],
    ],
    // must stay: a step's text after its heading, on the same line, past a sentence's end
    [
      'names in a step’s sentences after its heading stay names',
      'Step 2: Mix the dough well. The recipe came from Maria Lopez of Portland.',
      ['person:Maria Lopez', 'location:Portland/city'],
      [],
    ],
    // a review's title in title case (mentions/no-names.ts, inTitleCaseLine)
    [
      'a run holding a pronoun, an auxiliary or a preposition written capitalised is a title-case line',
      'Thank You For The Prompt Service And Great Job You Have Done On Our New Roof. We hired Dave Miller of Tulsa last spring.',
      ['person:Dave Miller', 'location:Tulsa'],
      ['person:For The Prompt', 'person:Service And Great Job You Have', 'person:Done On Our New Roof'],
    ],
    // the word of assent, an epithet after a name, a cheer (mentions/no-names.ts isAssent, isEpithet; lexicon/not-names.ts)
    [
      '“OK” outside an address, an epithet after a name and a cheer name nothing',
      'OK, I digress. It is OK with me. The tsar was Peter the Great. YAY, great theater! We drove to Vinita, OK, last May.',
      ['location:Vinita', 'location:OK'],
      ['location:Great', 'location:YAY'],
    ],
    ['“OK” as assent names no state', 'OK, I digress. It is OK with me, said Mary Lopez.', ['person:Mary Lopez'], ['location:OK', 'organization:OK']],
    // a sentence in title case: its capitals say nothing (mentions/common-words.ts, keepsTitleCaseWords)
    [
      'common words in a sentence written in title case name nothing',
      'Thanks For The Prompt Service And Great Job. Back In To The Grid Is Great, As Demand Falls. Our neighbour Dave Miller of Tulsa recommended them.',
      ['person:Dave Miller', 'location:Tulsa'],
      ['organization:Prompt Service And Great Job', 'organization:Prompt Service', 'location:As Demand Falls', 'location:Grid'],
    ],
    // must stay: a place the gazetteers know, a given name, a name the article writes in a sentence not in title case
    [
      'names in a sentence in title case that the lexicon or the article knows stay names',
      'China Says It Will Retaliate Against The New Tariffs For Jack Ma. Cheers For The Big Apple At The Show. The Big Apple hosted it.',
      ['location:China', 'person:Jack Ma'],
      [],
    ],
    // must stay: a surname that is such a word, at the name's end; "and" inside a country's name
    [
      'a name ending in such a word, or joined by a capitalised “And”, stays a name',
      'Lawmaker James To said the party would vote against it. Fans of Trinidad And Tobago cheered.',
      ['person:James To', 'location:Trinidad And Tobago'],
      [],
    ],
    [
      'a lone word the article writes in lowercase as often as capitalised is a common noun',
      'The first part of the lesson is called Legato and the second part is called Staccato. In the legato part the notes are joined; in the staccato part they are short.',
      [],
      ['organization:Legato', 'location:Staccato', 'person:Legato', 'location:Legato'],
    ],
    // must stay: a word the lexicon knows, written in lowercase more often than not
    [
      'a known place the article also writes in lowercase stays a name',
      'we drove to houston last week. Houston was hot and houston traffic was bad.',
      ['location:Houston/city'],
      [],
    ],
    // must stay: a sentence opening with a part's number is prose
    ['a sentence opening with a part’s number keeps its names', 'Part 1 of the series was shot in Toronto.', ['location:Toronto/city'], []],
    [
      'an era, a scripture and the Internet name no person, body or place',
      'Survivors of the Holocaust spoke. The Internet changed how people read the Bible.',
      [],
      ['location:Holocaust', 'location:Bible', 'organization:Internet', 'location:Internet'],
    ],
    ['a longer name opening with such a word stays', 'The Renaissance Hotel in Leeds opened.', ['location:Renaissance Hotel'], []],
    [
      'an event’s or a law’s head noun alone names nothing',
      'At the Battle of Gettysburg, the regiment lost many men. The court will construe the Special Marriage Act.',
      [],
      ['person:Battle', 'organization:Battle', 'person:Act', 'organization:Act'],
    ],
    [
      'a language names no place',
      'In Rome, Jerome learned Latin and at least some Greek. He first tried to learn Hebrew under a converted Jew.',
      ['location:Rome'],
      ['location:Latin', 'location:Hebrew', 'organization:Latin'],
    ],
    // must stay: a given name that is an award's singular
    [
      'an award ceremony by its plural names nothing',
      'Beyoncé swept the Grammys on Sunday. She skipped the Oscars and the Golden Globes. Oscar Isaac presented.',
      ['person:Oscar Isaac'],
      [
        'location:Grammys',
        'organization:Grammys',
        'person:Grammys',
        'location:Oscars',
        'organization:Oscars',
        'organization:Golden Globes',
        'location:Golden Globes',
      ],
    ],
    // must stay: a name later in the line
    [
      'a how-to title’s words from its verb on name nothing',
      'How to Make Vegan Cupcakes. First, buy flour at Tesco. How to Foster Long-Term Innovation Investment, by Neera Tanden.',
      ['organization:Tesco', 'person:Neera Tanden'],
      ['organization:Make Vegan Cupcakes', 'person:Foster Long-Term Innovation Investment', 'organization:Foster Long-Term Innovation Investment'],
    ],
    // must stay: a body named with the field's word
    [
      'a field of study alone names nothing',
      'In 1903 she shared the Nobel Prize in Physics with Henri Becquerel. He holds a Bachelor of Science in Psychology and studied Economics at the London School of Economics.',
      ['person:Henri Becquerel', 'organization:London School of Economics'],
      ['location:Physics', 'organization:Psychology', 'location:Psychology', 'location:Economics', 'organization:Economics'],
    ],
    // must stay: a body named with a language's word
    ['a body named with a language’s word stays', 'She studied at the Hebrew University of Jerusalem.', ['organization:Hebrew University of Jerusalem'], []],
    // must stay: such a word opening a longer name
    [
      'a place or a company opening with such a word stays',
      'The Battle Creek plant closed, and Act Now Inc. moved to Denver.',
      ['location:Battle Creek', 'organization:Act Now Inc.'],
      [],
    ],
    // must stay: such a word inside a longer name
    [
      'a family’s, a section’s or a contact’s word inside a longer name stays',
      'Mom Lake is in Oregon. Fax Island lies off Maine.',
      ['location:Mom Lake'],
      ['location:Fax'],
    ],
    // must stay: a known name that opens with a word of praise
    [
      'a known place opening with a word of praise stays',
      'Great Lakes shipping is busy. We sailed across the Great Lakes last summer.',
      ['location:Great Lakes'],
      [],
    ],
    [
      'a faith’s or a people’s word before a lowercase noun is an adjective',
      'A radical Shiite cleric spoke in Basra. Radical Shiite cleric Ali Haddad spoke. The Sunni vote fell.',
      ['location:Basra', 'person:Ali Haddad'],
      ['organization:Shiite', 'person:Sunni', 'person:Shiite'],
    ],
    // lexicon/peoples.ts DESCENT_WORDS: one person's descent is never a name; its plural names the group as "Muslims" does
    [
      'a word of descent names no one, its plural a group',
      'Clinton is targeting Latino and black voters. A judge was biased because he is Hispanic, Trump said. Many Hispanics disagreed. The Shiite and Sunni clerics met.',
      ['person:Hispanics'],
      ['organization:Latino', 'location:Latino', 'location:Hispanic', 'organization:Hispanic', 'organization:Shiite'],
    ],
    [
      'Central Asia’s adjectives as its news writes them are no names',
      'The Uzbek delegation, led by Deputy Prime Minister Jamshid Khodjaev, arrived in Baku. Tajik and Kyrgyz officials met Azeri envoys.',
      ['person:Jamshid Khodjaev', 'location:Baku'],
      ['location:Uzbek', 'organization:Tajik', 'location:Kyrgyz', 'location:Azeri', 'person:Azeri'],
    ],
    [
      'a faith’s word as reports on the Middle East spell it is no place',
      'Sunni and Shia leaders met in Baghdad on Monday. The Shia militias and the Alawite minority fought.',
      ['location:Baghdad'],
      ['location:Shia', 'location:Alawite'],
    ],
    [
      'a word with an adjective’s ending before a lowercase noun is that adjective',
      'Jerome was of Illyrian ancestry. The Hegelian definition of art spread through Western aesthetics, said Mara Vell in Leeds.',
      ['person:Mara Vell', 'location:Leeds'],
      ['location:Illyrian', 'location:Hegelian', 'location:Western', 'organization:Illyrian', 'organization:Western'],
    ],
    [
      'a US party’s word alone before a lowercase word or `of` describes, naming nothing',
      "''We need ideas,'' said Senator Lindsey Graham, Republican of South Carolina. A poll shows that in a 12 person Republican primary, Donald Trump leads.",
      ['person:Lindsey Graham', 'location:South Carolina', 'person:Donald Trump'],
      ['organization:Republican', 'person:Republican', 'location:Republican'],
    ],
    // must stay: the party named whole, a Labour government (the labelled sets' organisation), a party's member standing alone
    [
      'a party named whole, or Labour before its government, stays a body',
      'The Republican National Committee met. The Labour government fell in London.',
      ['organization:Republican National Committee', 'organization:Labour'],
      [],
    ],
    // must stay: a known place with such an ending before a noun, and a person's surname so ending
    [
      'a known place, or a person, with an adjective’s ending stays',
      'The Pacific coast was hit. Paola Cortese guest starred, and later Cortese directed.',
      ['location:Pacific', 'person:Paola Cortese'],
      [],
    ],
    // must stay: the people named as a group, and a country's abbreviation before a noun
    [
      'a people named as a group, and a country’s abbreviation before a noun, stay',
      'Sunnis and Kurds voted. US troops left, and UK officials met in Leeds.',
      ['person:Sunnis', 'person:Kurds', 'location:US', 'location:UK'],
      [],
    ],
    [
      'a currency’s code, or its name beside a number, is an amount’s unit',
      'Kayaks cost 225 DKK per hour or USD 40 a day, and the ferry was 3,40 Euros. Karen Holm runs it.',
      ['person:Karen Holm'],
      ['organization:Euros', 'person:Euros', 'organization:DKK', 'organization:USD', 'location:Euros'],
    ],
    [
      'an era’s abbreviation beside a year or after a century is a date’s',
      'The temple was built in 3000 BC near Thebes. By the 7th century BC, unrest had spread (508 BC). Towns grew in AD 200.',
      ['location:Thebes'],
      ['location:BC', 'organization:BC', 'location:AD', 'organization:AD'],
    ],
    // no-names.ts isTimeOfDay; must stay: the prime minister's abbreviation with no time before it, left to the other rules (a body today)
    [
      'a half of the day after a clock’s time is the time’s',
      'Scott Neal\n08/16/2000 03:48 PM\nJohn Griffith said the deal was done.\n\nKay Mann on 08/15/2000 06:03:48 PM\nThe meeting moved to 2 PM in Houston. The PM said he would attend.',
      ['person:Scott Neal', 'person:Kay Mann', 'location:Houston', 'organization:PM'],
      ['location:PM'],
    ],
    // must stay: British Columbia after its city or opening a body's name
    ['a province’s abbreviation stays', 'She moved to Vancouver, BC in 2003. BC Hydro raised its rates.', ['location:BC', 'organization:BC Hydro'], []],
    // must stay: a currency's name that is a person's surname
    ['a currency’s name in a person’s name stays', 'Jack Pounds left Leeds in 2010.', ['person:Jack Pounds'], []],
    [
      'a storm’s name after its storm word, and elsewhere in the article, is no person',
      'Hurricane Rita hit the coast on Tuesday. Rita packed winds of 240 km/h, forecasters in Miami said.',
      ['location:Miami'],
      ['person:Rita', 'person:Hurricane Rita'],
    ],
    [
      'a storm’s name read with its storm word inside a sentence is no person',
      'Officials said Cyclone Mocha will hit Chittagong on Sunday.',
      ['location:Chittagong'],
      ['person:Cyclone Mocha', 'location:Cyclone Mocha', 'person:Mocha'],
    ],
    // "State" closing an office's name is the office's word (mentions/no-names.ts isOfficeState); must stay: a body's and a country's own "State"
    // a common word alone as its sentence is an exclamation (mentions/no-names.ts isLoneWordSentence); must stay: a name so alone
    [
      'a common word alone as a sentence names nothing, a known name so alone stays',
      'I bought a TV from Best Buy and it broke. Best. Day. Ever. We flew to China. China. What a trip.',
      ['organization:Best Buy', 'location:China'],
      ['organization:Best', 'person:Best', 'location:Best', 'organization:Day'],
    ],
    [
      'an office’s closing “State” is no place and no body',
      'Antony Blinken, the U.S. Secretary of State, met heads of State. The State Department said so. The State of Israel was founded in 1948.',
      ['person:Antony Blinken', 'organization:State Department', 'location:State of Israel'],
      ['location:State', 'organization:State'],
    ],
    [
      'a storm’s name read with its class and storm word is no name',
      'Tropical Storm Hilary drenched southern California on Sunday. Hilary weakened. Super Typhoon Mawar hit Guam.',
      ['location:California', 'location:Guam'],
      ['organization:Tropical Storm Hilary', 'person:Hilary', 'organization:Super Typhoon Mawar', 'person:Super Typhoon Mawar'],
    ],
    [
      'a wire’s instrument code in brackets names nothing',
      'Volkswagen’s (VOWG_p.DE) truck unit Traton (8TRA.DE) raised its offer for Navistar (NAV.N) on Tuesday.',
      ['organization:Volkswagen'],
      ['organization:DE', 'organization:8TRA', 'location:DE', 'organization:NAV', 'organization:VOWG_p'],
    ],
    [
      'a bare instrument code names nothing, and leaves the company before it a company',
      'PARIS (Reuters) - Airbus AIR.PA said on Wednesday it had delivered 72 jets. Boeing Co BA.N, its U.S. rival, said it would resume deliveries.',
      ['organization:Boeing Co', 'location:Paris/city'],
      ['organization:PA', 'location:BA', 'location:Boeing Co', 'person:N'],
    ],
    // must stay: an acronym in brackets after its name, and a place's code after a city
    [
      'an acronym in brackets is a name',
      'The National Migration Institute (INM) said 127 migrants were found. INM officials in Veracruz agreed.',
      ['organization:National Migration Institute', 'location:Veracruz'],
      [],
    ],
    // must stay: the same given name in an article with no storm
    ['a given name with no storm word stays a person', 'Rita Moreno sang in Miami on Tuesday. Rita later flew home.', ['person:Rita Moreno'], []],
    [
      'a holiday inside a place name stays: Christmas Island',
      'Flights to Christmas Island resumed on Monday, officials in Canberra said.',
      ['location:Christmas Island'],
      [],
    ],
    [
      'measures are no organisations',
      'The company’s EBITDA rose 12% and GDP growth in Germany slowed, the IMF said.',
      ['location:Germany/country', 'organization:IMF'],
      ['organization:EBITDA', 'organization:GDP'],
    ],
    [
      'diseases name nothing, a place’s name among them or not',
      'Scott freed up funds to fight the Zika virus in Florida. Zika cases grew, and Ebola and SARS were on the minds of doctors in Miami.',
      ['location:Florida', 'location:Miami'],
      ['person:Zika', 'location:Zika', 'organization:Zika', 'organization:Ebola', 'organization:SARS', 'person:Ebola'],
    ],
    [
      'wire furniture names nothing; a credit line’s words are no part of the names after them',
      'PHOTO: Protesters gather in Paris. Slideshow (5 images) The French government said on Monday it would raise the pension age.\nReporting by Marie Dupont; Editing by John Stonestreet',
      ['location:Paris/city', 'person:John Stonestreet', 'person:Marie Dupont'],
      ['person:Slideshow', 'person:Editing by John Stonestreet', 'organization:PHOTO'],
    ],
    // a wire's slug glued to its headline (lexicon/not-names.ts WIRE_SLUG) and a story's label alone name nothing, and hide no name
    [
      'a wire’s slug before its headline names nothing',
      'UPDATE 2-Oil rises as OPEC weighs deeper cuts\nCORRECTED-UK inflation falls to 3.2%\nREFILE-Fed holds rates steady, Powell says',
      ['organization:OPEC', 'location:UK/country', 'person:Powell'],
      ['organization:UPDATE', 'location:CORRECTED-UK', 'location:UPDATE'],
    ],
    [
      'a story’s label in capitals names nothing',
      'UPDATE, December 3. Aid convoys reached the city, the agency said.',
      [],
      ['location:UPDATE', 'organization:UPDATE'],
    ],
    // must stay: two countries joined by a hyphen at a line's start are no slug
    ['two countries joined by a hyphen stay', 'US-China talks resume in Geneva', ['location:US', 'location:China'], []],
    [
      'a one-word quoted reply is words, not its speaker',
      '“Hey, it’s fine,” Mark Jones said. “Great,” said Meryl Streep. “Fine,” said Tom Hanks.',
      ['person:Mark Jones', 'person:Meryl Streep', 'person:Tom Hanks'],
      ['person:Great', 'person:Fine', 'person:Hey'],
    ],
    [
      'a one-word quoted reply after a verb of saying inside its sentence is words',
      'Donald Trump spoke. Trump interjected: “Wrong!” Later Trump replied, “Nonsense.”',
      ['person:Donald Trump'],
      ['person:Wrong', 'organization:Nonsense'],
    ],
    // must stay: a place's club named for a day (mentions/no-names.ts isNamedDay)
    [
      'English words before a day of the week name a day, not a place or a body',
      'Clinton won seven states on Super Tuesday. The Black Friday sales began early. Sheffield Wednesday beat Leeds 2-1.',
      ['organization:Sheffield Wednesday'],
      ['location:Super Tuesday', 'organization:Black Friday'],
    ],
    [
      'a planet alone is no person and no place',
      'Venus enters Leo this week, and Saturn turns retrograde. Mercury rules your chart until Friday. Rahu and Mercury, natal Saturn and Venus are afflicted.',
      [],
      ['person:Venus', 'location:Venus', 'person:Saturn', 'location:Saturn', 'person:Mercury', 'location:Mercury'],
    ],
    // must stay: a person named with a planet's word, and a town (mentions/planets.ts)
    [
      'a planet’s word in a person’s name or a town’s stays',
      'Venus Williams beat her sister in Paris. Police in Jupiter, Fla., arrested him.',
      ['person:Venus Williams', 'location:Paris/city'],
      [],
    ],
    // must stay: a body the lexicon knows and a name no English list holds, each opening a quotation (mentions/openers.ts opensQuotation)
    [
      'a word of English opening a quotation is capitalised for it, not a name',
      '“Wages are up,” the minister said. “Look, we will win,” he said. “Guns kill,” she said. “Medicare is broken,” the senator said. “Cruz is a liar,” Trump said.',
      ['organization:Medicare', 'person:Cruz', 'person:Trump'],
      ['location:Wages', 'person:Wages', 'location:Look', 'person:Guns'],
    ],
    // must stay: a word in quotation marks after other words is a name or a title
    ['a quoted name after other words stays', 'The attack was launched by a user labelled "Anonymous", the site said.', ['person:Anonymous'], []],
    // must stay: a place the gazetteer knows, said as a reply
    [
      'a known place said as a reply stays a place',
      '“Where next?” she was asked. “Paris,” said Anna Berg, smiling.',
      ['location:Paris/city', 'person:Anna Berg'],
      [],
    ],
    [
      'a pronoun with a verb contracted onto it, an interjection and a stage direction are talk, not names',
      "I'm your host, Dana Whitfield, and I'm joined today by Marcus Oyelaran from Leeds.\nHuh. Yeah, I'm not sure that's right.\n(Laughter)\nOkay. So I'm back, and I'm ready.",
      ['person:Dana Whitfield', 'person:Marcus Oyelaran', 'location:Leeds/city'],
      ['location:Laughter', "person:I'm", "organization:I'm", "location:I'm", 'person:Huh', 'person:Yeah', 'person:Okay'],
    ],
    [
      'the web’s and chat’s abbreviations are talk, not names',
      'Thanks!! Will do. BTW has anyone tried the new Whole Foods in Austin? Send me a DM if so. IMO the parking is awful.',
      ['organization:Whole Foods', 'location:Austin/city'],
      ['organization:BTW', 'organization:DM', 'location:DM', 'organization:IMO', 'location:IMO'],
    ],
    [
      'a word in capitals for stress names nothing',
      'Tesla shares rose 12% on Thursday, Reuters reported. Register now for FREE unlimited access to Reuters.com',
      ['organization:Tesla'],
      ['organization:FREE', 'location:FREE', 'person:FREE'],
    ],
    [
      'months are parts of dates; a surname spelt as one stays in its name',
      'In November the band toured Ohio with Gary Pruitt. By August they had sold out every hall, and in July they flew to Iceland.\nTheresa May said on Monday that the plan stood.',
      ['person:Gary Pruitt', 'person:Theresa May', 'location:Iceland/country', 'location:Ohio'],
      ['person:November', 'location:November', 'location:August', 'organization:July', 'person:May'],
    ],
    [
      'acronyms of common nouns and abbreviations of common words name no body',
      'The lab sequenced the DNA of the wolves, and an AI model sorted the images. LED lamps and UV light were used, and the GPS collars sent a PDF each night, said Ruth Okafor of Oslo University.\nNo. 7 Company was formed in Dayton in 1901.',
      ['person:Ruth Okafor', 'location:Oslo/city'],
      ['organization:DNA', 'organization:AI', 'organization:LED', 'organization:PDF', 'location:UV', 'organization:No.'],
    ],
    [
      "a faith's adherent or a demonym is no place; a country's abbreviation written as its demonym stays one",
      'Hindu and Sikh families in Leicester marked the festival, and the Greek Orthodox church nearby opened its doors. The UK government praised the Shiite and Sunni leaders who joined them, said Priya Mistry.',
      ['location:Leicester/city', 'location:UK', 'person:Priya Mistry'],
      ['location:Hindu', 'location:Sikh', 'location:Greek', 'location:Shiite', 'location:Sunni'],
    ],
    [
      'a verb opening a sentence before a lowercase word is no name',
      'Marta Quill was a painter and a teacher.\nBorn in Leeds in 1950, she moved to Oslo as a child.\nPosted by Dana Keller at 5:40.',
      ['person:Marta Quill', 'person:Dana Keller', 'location:Leeds/city'],
      ['location:Born', 'organization:Born', 'location:Posted', 'person:Posted'],
    ],
    [
      'a verb the article opens a sentence with before a lowercase word is one where it opens another before a number or a comma',
      'Mix the powders in a bowl, said Dana Keller.\n\nCombine 50 milliliters of peroxide and water in a jar.\n\nCombine equal amounts of both solutions.\n\n“Look, it glows,” Marta Quill said.\n“Look at me.”',
      ['person:Dana Keller', 'person:Marta Quill'],
      ['organization:Combine', 'person:Combine', 'location:Combine', 'person:Look', 'organization:Look', 'location:Look'],
    ],
    [
      'a common word that is a line of its own is a heading, not a name',
      'Varnholm is a small port town on the west coast of Norway.\n\nUnderstand\n\nVarnholm grew rich on herring in the 1800s, and Ingrid Solberg founded its museum.\n\nGet in\n\nFerries leave Bergen daily.',
      ['person:Ingrid Solberg', 'location:Norway/country', 'location:Bergen/city'],
      ['organization:Understand', 'location:Understand', 'person:Understand'],
    ],
    // must stay: a place that is a line of its own
    [
      'a known place as a heading stays a place',
      'Cities of the coast\n\nBergen\n\nBergen is the second city of Norway, and Ingrid Solberg was born there.',
      ['location:Bergen/city', 'person:Ingrid Solberg'],
      [],
    ],
    // must stay: clubs opening the lines of a results table, though the tagger's parser reads some as verbs
    [
      'a club opening a results line stays',
      'SOCCER - ENGLISH LEAGUE RESULTS.\nLONDON 1996-08-24\nResults of English league matches on Saturday:\nDivision two\nStoke 2 Bury 1\nHull 0 Wrexham 3',
      ['organization:Stoke', 'organization:Bury', 'organization:Hull', 'organization:Wrexham'],
      [],
    ],
    [
      'an e-mail’s greeting and closing lines are no names; the people who sign it are',
      'Dear All,\n\nThe office at 12 Hart Road will close on Friday. Please send questions to Nadia Fenn.\n\nThanks,\nOmar Quist\n\nTake Care',
      ['person:Nadia Fenn', 'person:Omar Quist'],
      ['person:Dear All', 'person:Take Care', 'organization:Thanks', 'person:Thanks', 'organization:Please'],
    ],
    [
      'an acronym the article spells out in lowercase words beside it is a term, not a name',
      'Bone load follows the ground reaction force (GRF), and the GRF rose on stairs. Satellites read the sea surface salinity (SSS) daily; SSS fell near Hanoi, said Lena Marsh of NASA. A CFL (compact fluorescent light) bulb holds mercury, and the CFL lasts.',
      ['person:Lena Marsh', 'organization:NASA', 'location:Hanoi/city'],
      ['organization:GRF', 'organization:SSS', 'organization:CFL', 'location:SSS'],
    ],
    // a compound word gives the letters inside it too; must stay: a party's acronym after a lowercase description
    [
      'an acronym spelled out by the parts of a compound word is a term',
      'The caudofemoralis longus (CFL) pulls the femur, and the CFL shrank in birds. The ruling party (ANC) won, said Lena Marsh.',
      ['organization:ANC', 'person:Lena Marsh'],
      ['organization:CFL'],
    ],
    // must stay: a body's acronym spelled out in capitals
    [
      'an acronym spelled out in capitals beside it names the body',
      'The World Health Organization (WHO) met in Geneva. The European Space Agency (ESA) agreed, said Tom Reyes of the ESA.',
      ['organization:World Health Organization', 'organization:European Space Agency', 'person:Tom Reyes'],
      [],
    ],
    // must stay: a body whose acronym is no common noun's
    [
      'an acronym that names a body stays',
      'The IMF and NATO met in Brussels, and the WHO said the outbreak was over.',
      ['organization:IMF', 'organization:NATO', 'location:Brussels/city'],
      [],
    ],
    [
      'a word of a quoted title of a work is no place, person or body',
      'The band played “Anarchy in Tokyo” and "Sisters of Heresy" in Leeds. Its next single, “The Kill”, came out in May. Tom Carter sang “Buddha for Mary” for the fans in Ohio.',
      ['location:Leeds/city', 'location:Ohio', 'person:Tom Carter'],
      ['location:Tokyo', 'location:Heresy', 'organization:Kill', 'location:Kill', 'person:Mary'],
    ],
    [
      'a word of a quoted title is none where the title is written again without its marks',
      'Their second album, “A Beautiful Lie”, sold well in Spain. A Beautiful Lie was leaked months before it came out, and fans in Madrid queued for A Beautiful Lie. The band released “Anarchy in Tokyo” in May. Anarchy in Tokyo was recorded in Berlin. The anime “Ghost in the Shell” came out in 1995. Ghost in the Shell is set in Osaka.',
      ['location:Spain', 'location:Madrid', 'location:Berlin', 'location:Osaka'],
      ['person:Lie', 'organization:Anarchy', 'location:Shell'],
    ],
    // must stay: a place of a quoted title named outside any copy of the title
    [
      'a place named outside its title’s copies stays a place',
      'The film “Nights in Lisbon” was shot in Oslo. The crew then flew to Lisbon for a week.',
      ['location:Lisbon', 'location:Oslo'],
      [],
    ],
    // must stay: a quoted title filled by its name, names called out in a quotation, a name between two quotations
    [
      'a name filling its quotation, names called out, and a name between quotations stay names',
      'They met at “Cary Towne Center” last week. “Daniels! Peterson! Foster!” a voice called out. “We are done,” Jenkins said, “Go home.”',
      ['location:Cary Towne Center/feature', 'person:Daniels', 'person:Peterson', 'person:Jenkins'],
      [],
    ],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));
});

// the country gazetteer (generated by scripts/build-gazetteer.mjs) keeps no spelling that is a
// demonym or an English word: "Thai food" and "Island" are no countries; the countries stay
describe('country names the gazetteer reads', () => {
  it.each<[string, string | null]>([
    ['Thailand', 'TH'],
    ['Iceland', 'IS'],
    ['Togo', 'TG'],
    ['Thai', null],
    ['Togolese', null],
    ['Island', null],
  ])('%s → %s', (name, code) => expect(countryOf(name)).toBe(code));
  it('a demonym stays a demonym', () => expect([demonymOf('Thai'), demonymOf('Togolese')]).toEqual(['TH', 'TG']));
});

// the table itself: a word alone is no name; a name that holds the word is not in it
describe('the words that name nothing, by reason', () => {
  it.each<[string, string | undefined]>([
    ['Fourth', 'ordinal'],
    ['None', 'ordinal'],
    ['November', 'month'],
    ['Friday', 'weekday'],
    ['Fri', 'weekday'],
    ['Wed.', 'weekday'],
    ['Sun', undefined],
    ['Good Friday', undefined],
    ['Super Tuesday', undefined],
    ['Laughter', 'stage direction'],
    ['Dear All', 'salutation'],
    ['DNA', 'common acronym'],
    ['Battle', 'event or law'],
    ['Act', 'event or law'],
    ['Latin', 'language'],
    ['Battle of Gettysburg', undefined],
    ['May', undefined],
    ['Fourth Estate', undefined],
    ['First Data', undefined],
    ['WHO', undefined],
  ])('%s → %s', (word, reason) => expect(NOT_NAMES.get(word)).toBe(reason));
});

describe('a name inside an address or a file name names nothing there', () => {
  const candidate = (text: string, name: string, from = 0): Candidate => {
    const start = text.indexOf(name, from);
    return { start, end: start + name.length, type: 'organization', tier: 'tagger', reason: 'test' };
  };
  it.each<[string, string, string, boolean]>([
    ['a domain', 'Tickets are cheaper at Goldstar.com this week.', 'Goldstar', true],
    ['a file name', 'See the attached Lisa_resume.doc before Friday.', 'Lisa', true],
    ['a file’s extension', 'The figures are in CrudeStocks.pdf as usual.', 'CrudeStocks', true],
    ['a web address’s query', 'Search http://www.example.com/search?q=x&ie=UTF-8 for it.', 'UTF', true],
    ['an e-mail address', 'Write to Kevin.Boone@accenture.com soon.', 'Kevin', true],
    // must stay: a name beside a slash or a mail system's name, and a name ending a sentence
    ['a mail system’s name without a domain', 'From Rudwell Johnson/ENRON@enronXgate on Monday.', 'Rudwell Johnson', false],
    ['a name before a full stop', 'She moved to Boston.Then she left.', 'Boston', false],
    ['a name in plain text', 'Lisa Moreno met Kevin Boone in Boston.', 'Boston', false],
    // must stay: the sender's name quoted before the address in angle brackets
    ['a name quoted before an address in angle brackets', 'Email: "Ryan Reynolds"<rreynol...@cogeco.ca>', 'Ryan Reynolds', false],
    ['a name inside an address in angle brackets', 'Email: <Ryan.Reynolds@cogeco.ca>', 'Ryan', true],
  ])('%s', (_why, text, name, want) => {
    expect(inAddress(candidate(text, name), buildDocument(text))).toBe(want);
  });
});

// mentions/propagate.ts: a name found again passes the checks every candidate passes
describe('a repeat of a name found elsewhere is no name where a candidate there would be none', () => {
  const mentionAt = (text: string, at: number) => {
    const r = extract(text);
    return [...r.actors, ...r.organizations, ...r.locations].some((e) => e.mentions.some((m) => m.start === at));
  };
  it.each<[string, string, string, string, boolean]>([
    [
      'a word after an indefinite article, before a phrase’s end',
      'Dana Reyes joined Kestrel Dynamics in 2010. Kestrel later hired her brother. Last year she bought a Kestrel.',
      'a Kestrel.',
      'Kestrel',
      false,
    ],
    [
      'a term after an indefinite article',
      'Marlow studied SUT designs at Ferrin College. SUT results were good. We then applied the tests to a SUT.',
      'a SUT.',
      'SUT',
      false,
    ],
    // must stay: the same name repeated where a candidate would be one
    [
      'the object of a verb',
      'Dana Reyes joined Kestrel Dynamics in 2010. Kestrel later hired her brother. Last year she left Kestrel.',
      'left Kestrel',
      'Kestrel',
      true,
    ],
  ])('%s', (_why, text, where, word, named) => {
    expect(mentionAt(text, text.lastIndexOf(where) + where.indexOf(word))).toBe(named);
  });
});
