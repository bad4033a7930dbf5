import { expectLabels, type NameRow } from './names-helpers';
import { strictExtract as extract } from './helpers';
import type { Mention } from '../src/core/types';
import { buildDocument } from '../src/document';
import { propagateNames } from '../src/mentions/propagate';
import { innerAcronymInitials } from '../src/lexicon/name-forms';
import { spells } from '../src/candidates/acronyms';

// a name after `known as` is the same one's (entities/known-as.ts)
describe('a name after “known as” is an alias of the name before it', () => {
  it.each<NameRow>([
    [
      'a nickname after a comma and after a bracket',
      'The RSF is led by General Mohamed Hamdan Dagalo, known as Hemedti. Hemedti said the war would end. Ernesto Guevara (better known as Che) was born in Rosario.',
      ['person:Mohamed Hamdan Dagalo', 'person:Ernesto Guevara'],
      ['person:Hemedti', 'person:Che'],
    ],
    // must stay: a description after the link names no one; a name after other words is another person
    [
      'a description or a name not right after the link',
      'He met John Smith, known as the boss, and Mary Jones, who knew Tom Reed.',
      ['person:John Smith', 'person:Mary Jones', 'person:Tom Reed'],
      [],
    ],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));

  // an acronym alone in brackets right after a name is its alias, whatever its letters spell (entities/known-as.ts)
  it('reads an acronym in brackets after a translated name as its alias', () => {
    const { organizations } = extract("The Kurdistan Workers' Party (PKK) announced it would disband. Later the PKK confirmed it. Apple (AAPL.O) rose.");
    expect(organizations.map((o) => [o.name, o.aliases])).toContainEqual(["Kurdistan Workers' Party", ['PKK']]);
  });

  // a word inside a name of three words or more calls its person again (entities/cluster.ts innerName)
  it('reads a word inside a long name as the same person', () => {
    const { actors } = extract(
      'Brazilian President Luiz Inácio Lula da Silva met Javier Milei. Lula later spoke. Laura Ingraham Show guests laughed. Show went on.',
    );
    expect(actors.find((a) => a.name === 'Luiz Inácio Lula da Silva')?.aliases).toEqual(['Lula']);
  });

  it('keeps the alias among the entity’s forms', () => {
    const { actors } = extract('General Mohamed Hamdan Dagalo, known as Hemedti, spoke. Hemedti left.');
    expect(actors.map((a) => [a.name, a.aliases, a.mentions.length])).toEqual([['Mohamed Hamdan Dagalo', ['Hemedti'], 3]]);
  });

  // a compound of capitalised words gives each word's initial to the acronym (candidates/acronyms.ts spells,
  // lexicon/name-forms.ts compoundInitials); where the letters go on otherwise, its first alone, as any word gives
  it('reads an acronym’s letters in each word of a hyphened compound', () => {
    const { organizations } = extract(
      'Troops from the Counter-Terrorism Service (CTS) arrived. The Anti-Corruption Commission (ACC) opened a case. The CTS left and the ACC stayed. Rolls-Royce Holdings (RRH) rose.',
    );
    expect(organizations.map((o) => [o.name, o.aliases]).sort()).toEqual([
      ['Anti-Corruption Commission', ['ACC']],
      ['Counter-Terrorism Service', ['CTS']],
      ['Rolls-Royce Holdings', ['RRH']],
    ]);
  });

  // a Persian or Urdu name's linking vowel, hyphened between its words, gives its acronym no letter
  it('reads no letter in a name’s linking vowel', () => {
    const { organizations } = extract('Pakistan Tehreek-e-Insaf (PTI) chairman Gohar Ali Khan said the party would appeal. The PTI has 90 seats.');
    expect(organizations.map((o) => [o.name, o.aliases, o.mentions.length])).toEqual([['Pakistan Tehreek-e-Insaf', ['PTI'], 3]]);
  });

  // the link read after the acronym in brackets the name defines, which is the same entity's
  it('reads the link after a name’s acronym in brackets', () => {
    const { organizations } = extract('The Popular Mobilisation Forces (PMF), also known as Hashd al-Shaabi, blocked the road.');
    expect(organizations.map((o) => [o.name, o.aliases])).toEqual([['Popular Mobilisation Forces', ['PMF', 'Hashd al-Shaabi']]]);
  });
});

// short forms of organisations joined to their entity (entities/cluster.ts)
describe('an organisation’s short form is the same organisation', () => {
  it.each<NameRow>([
    ['a legal form', 'Apple Inc. reported record sales. Apple said iPhone demand was strong in China.', ['organization:Apple Inc.'], ['organization:Apple']],
    [
      'a club’s last word after its city',
      'Manchester City beat Arsenal 2-1. City manager Pep Guardiola praised his players. City are top of the table.',
      ['organization:Manchester City'],
      ['organization:City'],
    ],
    // must stay: a first word stays apart where the surname of a three-word name stands alone
    [
      'a first word alone is the person of three names whose surname never stands alone',
      'WHO Director-General Tedros Adhanom Ghebreyesus said the virus was spreading. Tedros added that vaccines were needed.\nMaria Luisa Garcia spoke first. Garcia left, and Maria stayed.',
      ['person:Tedros Adhanom Ghebreyesus', 'person:Maria Luisa Garcia', 'person:Maria'],
      ['person:Tedros'],
    ],
    // must stay: two clubs of one city stay two
    [
      'two clubs of one city stay two',
      'Manchester United drew with Manchester City on Sunday. City stay top.',
      ['organization:Manchester United', 'organization:Manchester City'],
      ['organization:City'],
    ],
    [
      'a party’s name without its head word',
      'The Labour Party won the election. Labour said the result was historic, and the Five Star Movement agreed; Five Star lost seats.',
      ['organization:Labour Party', 'organization:Five Star Movement'],
      ['organization:Labour', 'organization:Five Star'],
    ],
    [
      'a company’s name without its group or line of business',
      'Lucid Group said it would raise prices. Shares of Lucid fell, and Southwest Airlines said Southwest would add flights.',
      ['organization:Lucid Group', 'organization:Southwest Airlines'],
      ['organization:Lucid', 'organization:Southwest'],
    ],
    // must stay: a body named for a place is not the place, and a bank is not its country
    [
      'a body’s name without another head word stays apart',
      'The Bank of Japan raised rates. The Tokyo Stock Exchange fell, and Tokyo Police said the Chinese Communist Party met in Beijing.',
      ['organization:Bank of Japan', 'location:Tokyo', 'location:Beijing'],
      ['organization:Tokyo'],
    ],
    // a body's head word after "the" (mentions/propagate.ts)
    [
      'a body’s head word after “the” is that body again',
      'The Australian League of Rights was formed in 1960. The League has been accused of antisemitism, and critics of the League spoke in Perth.',
      ['organization:Australian League of Rights', 'organization:League'],
      ['location:League', 'person:League'],
    ],
    // must stay: the head word written lowercase in the article, or opening a longer name, or of a run joined by "and"
    [
      'a head word the article writes lowercase, in a longer name, or of names joined by “and” stays',
      'The Australian League of Rights was formed in 1960. It is a league of voters; the League Cup is a trophy. Holy Land and the Palestinians met; the Palestinians spoke.',
      ['organization:Australian League of Rights'],
      ['organization:League', 'organization:Palestinians'],
    ],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));

  it('a company named with its legal form is called again by its first word', () => {
    const orgs = extract('Halvorsen Motors Inc. said it would recall 40,000 vans. Shares of Halvorsen fell 6%. Halvorsen kept its forecast.').organizations;
    expect(orgs.map((o) => [o.name, o.mentions.length])).toEqual([['Halvorsen Motors Inc.', 3]]);
  });

  it.each<[string, string, number]>([
    // a sentence's first word the tagger reads as the common noun: the name without its legal form is found again
    ['Apple Inc. said on Monday it would buy back shares. Apple also raised its dividend.', 'Apple Inc.', 2],
    ['Oracle Corp. said sales rose. Oracle also hired staff.', 'Oracle Corp.', 2],
    // must stay: a short form the article also writes in lowercase is the common word there
    ['Shell plc raised its dividend. Shell also sold a shell company.', 'Shell plc', 1],
  ])('%j: %s, %d mentions', (text, name, mentions) => {
    const orgs = extract(text).organizations;
    expect(orgs.map((o) => [o.name, o.mentions.length])).toEqual([[name, mentions]]);
  });

  it('“Apple Inc.” and “Apple” are one entity', () => {
    const orgs = extract('Apple Inc. reported record sales. Apple said iPhone demand was strong in China.').organizations;
    expect(orgs.map((o) => [o.name, o.mentions.length])).toEqual([['Apple Inc.', 2]]);
  });
});

// the head word of a body's name after "the", read by the repeat pass alone (mentions/propagate.ts)
describe('a body’s head word after “the” is found again', () => {
  it.each([
    ['The Marlow League of Voters met. Later the League spoke.', 'Marlow League of Voters', ['League']],
    ['The Halden Senate sat. Then the Senate rose.', 'Halden Senate', ['Senate']],
    // must stay: a plural head names the members or the things, and a head without "the" before it
    ['The Warhol Polaroids were shown. The Polaroids sold.', 'Warhol Polaroids', []],
    ['The Halden Senate sat. Senate rules changed.', 'Halden Senate', []],
  ])('%s', (text, body, found) => {
    const doc = buildDocument(text);
    const start = text.indexOf(body);
    const m: Mention = { start, end: start + body.length, text: body, type: 'organization', tier: 'tagger', reason: 'tagger', index: 0 };
    const added = propagateNames([m], doc).filter((x) => x.reason === 'entities:head-repeat');
    expect(added.map((x) => text.slice(x.start, x.end))).toEqual(found);
  });
});

// a name and the acronym in brackets after it, read by the repeat pass alone (mentions/propagate.ts)
describe('a name and its acronym in brackets are one name, whichever a source found', () => {
  const forms = (text: string, name: string, type: Mention['type'] = 'organization') => {
    const doc = buildDocument(text);
    const start = text.indexOf(name);
    const m: Mention = { start, end: start + name.length, text: name, type, tier: 'tagger', reason: 'tagger', index: 0 };
    return propagateNames([m], doc)
      .filter((x) => x.reason === 'entities:acronym-form')
      .map((x) => `${x.type}:${text.slice(x.start, x.end)}@${x.start}`);
  };

  it.each<[string, string, string, string[]]>([
    [
      'the acronym after the name, there and later',
      'The Organisation for the Prohibition of Chemical Weapons (OPCW) sent inspectors. The OPCW said they left.',
      'Organisation for the Prohibition of Chemical Weapons',
      ['organization:OPCW@58', 'organization:OPCW@85'],
    ],
    [
      'the name before the acronym, when the acronym was found: an institution’s for-phrase spelled out',
      'The Syrian Observatory for Human Rights (SOHR) said 20 died.',
      'SOHR',
      ['organization:Syrian Observatory for Human Rights@4'],
    ],
    [
      'a name a source ended short, read whole up to the acronym its words spell',
      'The Islamic State of Iraq and the Levant (ISIL) claimed it.',
      'Islamic State of Iraq',
      ['organization:Islamic State of Iraq and the Levant@4', 'organization:ISIL@42'],
    ],
    ['words after the name that its acronym does not spell', 'The Islamic State of Iraq and Syria (ISIL) claimed it.', 'Islamic State of Iraq', []],
    // two letters that spell the whole name of two words just found, read with their case though the article writes the
    // word of the same letters in lowercase
    [
      'an acronym of two letters for a name of two words',
      'The Islamic State (IS) lost. It is what IS wanted.',
      'Islamic State',
      ['organization:IS@19', 'organization:IS@40'],
    ],
    // must stay: capitals that do not spell the name, a person's initials, a term with no of/for phrase, two letters for more words
    ['capitals that spell another name', 'The World Health Organization (OMS) met.', 'World Health Organization', []],
    ['a person’s initials', 'John Fitzgerald Kennedy (JFK) spoke.', 'John Fitzgerald Kennedy', []],
    ['title-case words with no of/for phrase before a found acronym', 'Schools teach Information and Communication Technology (ICT) early.', 'ICT', []],
    ['an acronym of two letters for three words', 'The Hamburg State Opera (HO) sang.', 'Hamburg State Opera', []],
  ])('%s', (_why, text, found, want) => {
    const type = found.startsWith('John') ? 'person' : 'organization';
    expect(forms(text, found, type)).toEqual(want);
  });

  it.each<[string, string[]]>([
    ['UN High Commissioner for Refugees', ['unhcr', 'hcr']],
    ['Office of the UN High Commissioner for Human Rights', ['ounhchr', 'ohchr']],
    // an owner's acronym opening the name may give no letter
    ['UN Office for the Coordination of Humanitarian Affairs', ['unocha', 'ocha']],
    // must stay: a body's own acronym of fewer than three letters is none
    ['UN Women Fund', ['unwf']],
    // must stay: a name with no acronym inside (its initials serve), and a shout in capitals
    ['Israel Defense Forces', []],
    ['DNC CHAIR', []],
  ])('the initials an acronym may spell for %s', (name, want) => {
    expect(innerAcronymInitials(name)).toEqual(want);
  });

  // the text's twin (candidates/acronyms.ts spells): the words before the bracket spell the acronym
  it.each<[string, string, boolean]>([
    ['The UN Office for the Coordination of Humanitarian Affairs (OCHA) said.', 'ocha', true],
    ['The UN High Commissioner for Refugees (UNHCR) said.', 'unhcr', true],
    // must stay: an owner's acronym gives no letter only before three letters or more of the body's own
    ['The UN Women Fund (WF) said.', 'wf', false],
  ])('%s spells %s from its first capitalised word: %s', (text, letters, want) => {
    const t = buildDocument(text).tokens;
    const open = t.findIndex((x) => x.view === '(');
    expect(spells(t, 1, open, letters, 'capitals')).toBe(want);
  });

  // an acronym inside the name gives all its letters, or none past the first word or as an owner's first; the name and its acronym are one body
  it.each([
    [
      'The UN High Commissioner for Refugees (UNHCR) said. UNHCR agreed.',
      'UN High Commissioner for Refugees',
      ['UN High Commissioner for Refugees', 'UNHCR', 'UNHCR'],
    ],
    [
      'The Office of the UN High Commissioner for Human Rights (OHCHR) said it. OHCHR agreed.',
      'Office of the UN High Commissioner for Human Rights',
      ['Office of the UN High Commissioner for Human Rights', 'OHCHR', 'OHCHR'],
    ],
    [
      'The UN Office for the Coordination of Humanitarian Affairs (OCHA) said aid was blocked. OCHA later said trucks moved.',
      'UN Office for the Coordination of Humanitarian Affairs',
      ['UN Office for the Coordination of Humanitarian Affairs', 'OCHA', 'OCHA'],
    ],
    // a state acronym's lowercase "o" is the name's "of" (entities/cluster.ts acronym)
    ['The Government of Syria (GoS) rejected the plan. Later, the GoS said it would talk.', 'Government of Syria', ['Government of Syria', 'GoS', 'GoS']],
    ['The Department of Defense (DoD) agreed, and DoD officials said so.', 'Department of Defense', ['Department of Defense', 'DoD', 'DoD']],
  ])('the whole pipeline, an acronym inside the name: %s', (text, name, mentions) => {
    const org = extract(text).organizations.find((o) => o.name === name);
    expect(org?.mentions.map((m) => m.text)).toEqual(mentions);
  });

  // must stay: a state acronym joins only the name whose every word it spells, its small words too
  it('a state acronym stays apart from a name of the same capitals without its "of"', () => {
    const orgs = extract('The Gulf States said so. The GoS said nothing.').organizations;
    expect(orgs.map((o) => [o.name, o.mentions.map((m) => m.text)])).toEqual(expect.arrayContaining([['GoS', ['GoS']]]));
  });

  it('the whole pipeline: one body, its acronym among its mentions', () => {
    const orgs = extract('The Organisation for the Prohibition of Chemical Weapons (OPCW) sent inspectors to Douma on Monday.').organizations;
    expect(orgs.map((o) => [o.name, o.mentions.map((m) => m.text)])).toEqual([
      ['Organisation for the Prohibition of Chemical Weapons', ['Organisation for the Prohibition of Chemical Weapons', 'OPCW']],
    ]);
  });
});

// an honorific's gender picks the surname's person (entities/cluster.ts): the nearest of two same-surnamed people otherwise
// one country under several names is one place (entities/cluster.ts sameCountry); a nation inside a state is a place of its own
describe('one country under several names, and the nations inside it', () => {
  it('England, Scotland, Wales and Northern Ireland are four places; Britain and the United Kingdom one', () => {
    const places = extract('England beat Scotland 2-1. Wales drew with Northern Ireland. Fans flew from Britain; the United Kingdom cheered.').locations;
    expect(places.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['United Kingdom', ['Britain', 'United Kingdom']],
      ['England', ['England']],
      ['Scotland', ['Scotland']],
      ['Wales', ['Wales']],
      ['Northern Ireland', ['Northern Ireland']],
    ]);
  });

  // a country's short form joins no other name by its initials
  it.each([
    ['a union of two words', 'China urged the US side to stop. Moscow and Minsk signed a treaty on the Union State.', 'Union State', ['Union State']],
    ['a highway named for the country', 'Drive south on US-75 South. The US has many highways.', 'US-75 South', ['US-75 South']],
  ])('%s', (_why, text, name, want) => {
    expect(
      extract(text)
        .locations.find((p) => p.name === name)
        ?.mentions.map((m) => m.text),
    ).toEqual(want);
  });
});

describe('an honorific’s gender decides whose surname it is', () => {
  // the person the text's last mention of `surname` is given to
  const owner = (text: string, surname: string) => {
    const at = text.lastIndexOf(surname);
    return extract(text).actors.find((e) => e.mentions.some((m) => m.start <= at && at < m.end))?.name;
  };
  it.each([
    ['Mrs. after both full names', 'Hillary Clinton spoke first. Bill Clinton spoke later. Mrs. Clinton said she would win.', 'Clinton', 'Hillary Clinton'],
    ['Mr. after both full names', 'Bill Clinton spoke first. Hillary Clinton spoke later. Mr. Clinton agreed.', 'Clinton', 'Bill Clinton'],
    // must stay: no honorific, the nearest
    ['no honorific: the nearest', 'Hillary Clinton spoke first. Bill Clinton spoke later. Clinton agreed.', 'Clinton', 'Bill Clinton'],
  ])('%s', (_why, text, surname, want) => {
    expect(owner(text, surname)).toBe(want);
  });
});

// a place the gazetteers found inside a name the article gives whole elsewhere (mentions/propagate.ts fragmentsOf)
describe('a gazetteer’s place inside a body’s or a place’s name gives way to the whole name', () => {
  const mention = (text: string, name: string, at: number, type: Mention['type'], tier: Mention['tier']): Mention => {
    const start = text.indexOf(name, at);
    return { start, end: start + name.length, text: name, type, tier, reason: tier, index: 0 };
  };
  it.each<[string, string, string, Mention['type'], string, string[]]>([
    [
      'a body',
      'Air France cut jobs. Shares in Air France rose.',
      'Air France',
      'organization',
      'France',
      ['organization:Air France@0', 'organization:Air France@31'],
    ],
    [
      'a body named with a country’s short form',
      'The US Marines took the city. Later the US Marines left.',
      'US Marines',
      'organization',
      'US',
      ['organization:US Marines@4', 'organization:US Marines@40'],
    ],
    // must stay: a person's name is more often a misread run than a name with a place inside
    [
      'not a person’s',
      'New Hampshire Republican spoke. Voters in New Hampshire Republican circles agreed.',
      'New Hampshire Republican',
      'person',
      'New Hampshire',
      ['person:New Hampshire Republican@0', 'location:New Hampshire@42'],
    ],
  ])('%s', (_, text, whole, type, place, want) => {
    const doc = buildDocument(text);
    const first = mention(text, whole, 0, type, 'tagger');
    const inside = mention(text, place, first.end, 'location', 'gazetteer');
    const out = propagateNames([first, { ...inside, index: 1 }], doc);
    expect(out.map((m) => `${m.type}:${text.slice(m.start, m.end)}@${m.start}`)).toEqual(want);
  });
});
