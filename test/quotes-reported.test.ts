import { createExtractor } from '../src';
import { buildDocument } from '../src/document';
import { joinLabelBreaks } from '../src/quotes/sentences';

const extractor = createExtractor({ strict: true });
const off = createExtractor({ strict: true, reported: false });

/** the reported statements of `text` as `content|speaker|cue`, pieces of one statement joined by ` … ` */
function reported(text: string): string[] {
  const byCue = new Map<string, string[]>();
  for (const q of extractor.extract(text).quotes) {
    if (q.kind !== 'indirect') continue;
    expect(text.slice(q.start, q.end)).toBe(q.text);
    const key = `${q.speaker?.name ?? 'none'}|${q.cue?.text ?? ''}`;
    byCue.set(key, [...(byCue.get(key) ?? []), q.text]);
  }
  return [...byCue].map(([key, pieces]) => `${pieces.join(' … ')}|${key}`);
}

describe('reported statements', () => {
  it.each([
    // that-clauses, with and without `that`
    ['said, no that', 'Netanyahu said Israel would not withdraw from the corridor.', 'Israel would not withdraw from the corridor|Netanyahu|said'],
    ['said that', 'The minister said that the talks had stalled.', 'that the talks had stalled|The minister|said'],
    // a lawmaker's party-and-state label set off by commas, whose stop the sentence splitter reads as a sentence's end (quotes/sentences.ts)
    ['a party-and-state label between subject and cue', 'Sen. Lindsey Graham, R-S.C., said the bill was dead.', 'the bill was dead|Lindsey Graham|said'],
    // must stay: a verb of stance with a physical sense reports its phrase when a person takes it (lexicon/reported.ts PHYSICAL_SENSES)
    ['attacked a person', 'Clinton attacked Trump on trade.', 'Trump on trade|Clinton|attacked'],
    ['attacked a record', "Clinton attacked Trump's record on trade.", "Trump's record on trade|Clinton|attacked"],
    ['a person attacks a country', 'Donald Trump spoke. Trump attacked Mexico over trade.', 'Mexico over trade|Donald Trump|attacked'],
    ['a person defends a position of their own', 'Trump defended his position on trade.', 'his position on trade|Trump|defended'],
    // a phrase set off right after the content's first word, or after a relative pronoun, goes on to its clause
    [
      'said that, a phrase set off, the clause',
      'Officials admit that, given the partisan divide, meeting these goals will not be easy.',
      'that, given the partisan divide, meeting these goals will not be easy|Officials|admit',
    ],
    [
      'a relative pronoun, a phrase set off, its verb',
      'Smith added that the coalition consists of voters who, even with Trump running, remain uncertain.',
      'that the coalition consists of voters who, even with Trump running, remain uncertain|Smith|added',
    ],
    // a cue's -ing form inside the words is a noun phrase's, no clause of its own: the outer cue keeps them
    [
      'said, a cue and a gerund in the words',
      'Maloy said he understands her position of supporting Trump.',
      'he understands her position of supporting Trump|Maloy|said',
    ],
    // when it was said comes between the cue and what it reports; a noun of time alone opens the content
    ['said, a day between', 'Smith said on Friday he met Jones earlier this week.', 'he met Jones earlier this week|Smith|said'],
    ['said, a day and its time between', 'Smith said Tuesday night the bridge would close.', 'the bridge would close|Smith|said'],
    ['said, a noun of time opening the content', 'Smith said times are hard.', 'times are hard|Smith|said'],
    ['said, a measure opening the content', 'The office said about half of the bridges were unsafe.', 'about half of the bridges were unsafe|The office|said'],
    ['told a listener that', 'Smith told reporters on Monday that the deal was dead.', 'that the deal was dead|Smith|told'],
    // a `that` right before a verb is the relative of the noun before it: the noun's phrase, relative and all, is the content
    [
      'an object and its relative',
      'Smith recalled an incident at a movie theater that left her friend in tears.',
      'an incident at a movie theater that left her friend in tears|Smith|recalled',
    ],
    [
      'an object and its relative with an auxiliary',
      'Jones identified the specific platforms that were used.',
      'the specific platforms that were used|Jones|identified',
    ],
    // a document's participle describes the noun before it over any preposition; the source is the document
    [
      'a study published in a journal',
      'A new study published in the journal Nature suggests that the ice is melting.',
      'that the ice is melting|A new study|suggests',
    ],
    // a document's `to` names whom it went to, whatever the tagger calls the word after it; must stay: an infinitive's verb
    ['a memo to staff before the that-clause', 'Lopez said in a memo to staff that the cuts were painful.', 'that the cuts were painful|Lopez|said'],
    ['plans to prove that', 'Officials made plans to prove that the vote was fair.', 'that the vote was fair|Officials|prove'],
    // words ending in another statement's reporting clause end before it, at its comma; must stay: a content ending in a pronoun's `said`
    [
      'a reporting clause after the words',
      'They failed to reach a deal but agreed to keep talking, a Pelosi spokesman said.',
      'They failed to reach a deal but agreed to keep talking|a Pelosi spokesman|said',
      'to keep talking|They|agreed',
    ],
    ['what someone said, as content', 'Smith said she disagreed with what he said.', 'she disagreed with what he said|Smith|said'],
    // must stay: a `that` with a subject after it opens the clause, after a listener or an adjunct; one right after the cue is the content's first word
    ['warned a listener that', 'Smith warned voters that the plan would fail.', 'that the plan would fail|Smith|warned'],
    ['said that, a pronoun', 'Smith said that was a mistake.', 'that was a mistake|Smith|said'],
    // a clause after the cue opening with its auxiliary has its subject in the relative before the cue's subject, or in the noun there
    ['a relative, its clause after the cue', 'It is a provision that most lawmakers still believe is necessary.', 'that … is necessary|most lawmakers|believe'],
    [
      'no relative word, its clause after the cue',
      'Managers could hire the employees they thought were the best fit.',
      'the employees … were the best fit|they|thought',
    ],
    // must stay: a main verb there may be a noun the tagger misread, and a clause with its subject is no relative's
    ['a noun before the subject, a clause with its subject', 'In the interview Smith said the plan was a lie.', 'the plan was a lie|Smith|said'],
    // a past verb the tagger calls a noun after its subject is the clause's verb
    ['said, a past verb read as a noun', 'Kasich said the family deserved better.', 'the family deserved better|Kasich|said'],
    // a verb of belief opening a person's name at the start of a sentence is the name's
    ['a name opening the sentence with a verb’s word', 'Hope Hicks said the staffers signed the forms.', 'the staffers signed the forms|Hope Hicks|said'],
    // the subject and its appositive before the cue are no words it reports; a cue in the appositive stops at the main verb
    [
      'a subject with an appositive relative clause',
      'Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, said the Khan family was right.',
      'Mr. Trump|John Kasich|endorse',
      'the Khan family was right|John Kasich|said',
    ],
    // must stay: an appositive subject, and a that-clause after where it was said
    [
      'an appositive subject, a that-clause after an adjunct',
      'Corey Lewandowski, a rival whom Trump fired last month, said on CNN that Manafort should be held to account.',
      'that Manafort should be held to account|Corey Lewandowski|said',
    ],
    // a `that` found after the listener opens a clause, whatever word follows it
    ['told a listener that, a measure after it', 'Smith told reporters that at least 12 homes were lost.', 'that at least 12 homes were lost|Smith|told'],
    // `call` after a singular noun heads a compound, it is no cue there
    [
      'told a listener on a conference call that',
      'He told analysts on a conference call that supply of its chips would remain tight.',
      'that supply of its chips would remain tight|He|told',
    ],
    ['a plural subject’s verb before that stays a cue', 'Officials claim that the product is safe.', 'that the product is safe|Officials|claim'],
    // a verb of belief inside a name is no cue (`Hope Hicks`)
    ['a name’s word that is a verb of belief', 'His spokeswoman, Hope Hicks, said the talks went well.', 'the talks went well|Hope Hicks|said'],
    // a place's word the tagger calls a verb ends no search for `that`
    ['a place’s word before that', 'Smith said at an event in Colorado Springs that the plan had failed.', 'that the plan had failed|Smith|said'],
    // `Lawyers for X`: the plural of an unnamed source's head keeps what describes it
    ['lawyers for someone', 'Lawyers for the victims said the case was closed.', 'the case was closed|Lawyers for the victims|said'],
    // after an adjunct wink reads `that` before a bare noun as a determiner: a verb after the noun phrase makes it a clause
    ['said on a day that, a bare noun', 'Officials said on Monday that talks would resume.', 'that talks would resume|Officials|said'],
    [
      'said in an interview that, a bare noun and a phrase set off',
      'Sherrilyn Ifill said in an interview that trials, with expert witnesses and long records, were instrumental.',
      'that trials, with expert witnesses and long records, were instrumental|Sherrilyn Ifill|said',
    ],
    // must stay: `that` pointing at a noun with an appositive opens no clause
    [
      'that before a noun and its appositive',
      'Smith said at a hearing in that city, a port on the coast, that the plan had failed.',
      'that the plan had failed|Smith|said',
    ],
    [
      'said in a statement that, a noun with a phrase',
      'The ministry said in a statement that arrivals at the border fell in May.',
      'that arrivals at the border fell in May|The ministry|said',
    ],
    // a gerund right after a verb of saying opens what it says: no cue of its own
    ['said, then a gerund subject', 'The CIA said seeking reinforcements was the right course.', 'seeking reinforcements was the right course|CIA|said'],
    // must stay: set off by commas, the participle reports what follows it
    ['said, then a participle set off', 'He said, asking for calm, that the talks had stalled.', 'asking for calm, that the talks had stalled|He|said'],
    [
      'a participle after a comma',
      'John Smith attacked the plan, saying it would cost jobs.',
      // a verb of stance reports the phrase it takes (as PolNeAR marks it), up to the participle
      'the plan|John Smith|attacked',
      'it would cost jobs|John Smith|saying',
    ],
    // a past form the tagger calls an adjective, between a noun and its object, is the clause's verb: its subject speaks, not a name after it
    [
      'a past form read as an adjective, then `by saying`',
      'The senator inflamed tensions with the GOP by saying the election was rigged.',
      'the election was rigged|The senator|saying',
    ],
    // must stay: a finite verb the tagger reads as one keeps its subject
    [
      'a finite verb, then `by saying`',
      'John Smith rallied voters with the GOP by saying the election was rigged.',
      'the election was rigged|John Smith|saying',
    ],
    // a phrase of one name will do, whole before its comma
    ['a phrase of one name', 'The senator praised Putin, saying he was strong.', 'Putin|The senator|praised', 'he was strong|The senator|saying'],
    // an adverbial clause after a phrase, or a setting after a bare name, tells when and where the stance was taken
    ['a phrase before an adverbial clause', 'The union endorsed the plan because it raises pay.', 'the plan|The union|endorsed'],
    ['a name before its setting', 'The senator endorsed Clinton in Ohio.', 'Clinton|The senator|endorsed'],
    // a name in capitals is no relative pronoun (`Voters who said so left early` stays none)
    ['an acronym that spells a relative', 'The WHO warned on Friday that cases were rising.', 'that cases were rising|WHO|warned'],
    // a verb of saying that takes a phrase too: what is announced, tweeted, pledged or stressed
    ['announced, a phrase', 'Mary Jones announced her candidacy on Monday.', 'her candidacy|Mary Jones|announced'],
    // must stay: after a plural subject a past form is the verb
    ['pledged after a plural subject', 'Two senators pledged their support.', 'their support|Two senators|pledged'],
    ['tweeted, a phrase', 'Mary Jones tweeted her thanks to the president.', 'her thanks to the president|Mary Jones|tweeted'],
    // a clause between commas before an inverted cue is the content's, no appositive; must stay: an appositive between commas
    [
      'an opening phrase, then the content, then an inverted cue',
      'In Iowa, candidates have more room, said Steve Grubbs.',
      'In Iowa, candidates have more room|Steve Grubbs|said',
    ],
    ['an appositive before the cue', 'The talks stalled, Smith, a lawyer for the family, said.', 'The talks stalled|Smith|said'],
    // an appositive between dashes leaves the speaker before it; must stay: dashes inside the words are theirs
    ['an appositive between dashes', 'Jason Sims — a teacher from Mount Pleasant — says he made up his mind.', 'he made up his mind|Jason Sims|says'],
    ['dashes inside the words', 'The deal — a rare win — was signed, officials said.', 'The deal — a rare win — was signed|officials|said'],
    // a verb coordinated after the content in another form than the reporting verb's is the content's; must stay: in the same form, the reporter's
    [
      'a coordinated verb in another form',
      'Kasich says he would sit Putin down and tell him to stop.',
      'he would sit Putin down and tell him to stop|Kasich|says',
      'to stop|Kasich|tell',
    ],
    ['a coordinated cue in the same form', 'Smith said the plan had failed and asked for a review.', 'the plan had failed|Smith|said'],
    // a word in -ing the tagger calls a noun, right after a cue and before its object, is a gerund: the clause's verb
    ['a gerund read as a noun', 'Witnesses reported hearing gunshots near the border.', 'hearing gunshots near the border|Witnesses|reported'],
    // a verb of looking ahead keeps the time of what it expects; must stay: a verb of stance leaves when it was taken to the reporter
    ['a time after what is expected', 'Economists expect a cut in June.', 'a cut in June|Economists|expect'],
    ['a time after what is feared', 'Investors fear a recession next year.', 'a recession next year|Investors|fear'],
    ['a time after a stance', 'The senator endorsed Clinton in June.', 'Clinton|The senator|endorsed'],
    ['a noun keeps its prepositional phrase', 'The senator praised the schools at home.', 'the schools at home|The senator|praised'],
    // the verb of a quotation inside the reported words is theirs
    ['a partial quote holding the verb', 'Jones said the loss really “accelerated” after the vote.', 'the loss really “accelerated” after the vote|Jones|said'],
    // according to
    ['according to, opening', 'According to officials, the talks stalled on Monday.', 'the talks stalled on Monday|officials|According to'],
    ['according to, closing', 'The talks stalled on Monday, according to two officials.', 'The talks stalled on Monday|two officials|according to'],
    // wink reads the word after `to` as a verb; it is the source's noun
    ['according to, a bare noun', 'According to police, the man fled on Monday.', 'the man fled on Monday|police|According to'],
    ['according to, a bare plural', 'The talks stalled on Monday, according to court filings.', 'The talks stalled on Monday|court filings|according to'],
    // a source whose words the tagger misread runs to its clause's end (quotes/cue-speaker.ts sourceToClauseEnd)
    [
      'according to, a misread source',
      'Sanders leads Trump by five points, according to a new Associated Press-GfK poll.',
      'Sanders leads Trump by five points|a new Associated Press-GfK poll|according to',
    ],
    [
      'according to, an adverb before the source',
      'His time is running out, according to even his own aides.',
      'His time is running out|his own aides|according to',
    ],
    // a long source with a participle after it runs to its comma; must stay: a long source closing the content
    [
      'according to, opening, a long source',
      'According to early results of the exit poll conducted by Edison Research for the Associated Press and two television networks, Clinton led in both states.',
      'Clinton led in both states|early results of the exit poll conducted by Edison Research|According to',
    ],
    [
      'according to, closing, a long source',
      'The bridge will close next year according to a long report written by the engineers of the city council on the east side of the river, and the mayor agreed.',
      'The bridge will close next year|a long report|according to',
    ],
    [
      'according to, inside the content',
      'Fundraising, according to the campaign, has surged in recent weeks.',
      'Fundraising … has surged in recent weeks|the campaign|according to',
    ],
    [
      'according to, a source in apposition',
      'The plan would cut taxes, according to Jane Doe, head of the budget center.',
      'The plan would cut taxes|Jane Doe|according to',
    ],
    // the source set off inside the content breaks it before the main clause after an adjunct, or before the object of a verb it cut off
    [
      'according to, after an adjunct',
      'The next day, according to Roffman, the firm made further demands.',
      'The next day … the firm made further demands|Roffman|according to',
    ],
    [
      'according to, before an object',
      'The company receives, according to one report, $234 million a year.',
      'The company receives … $234 million a year|one report|according to',
    ],
    // must stay: what describes the source is no part of the content
    [
      'according to, a source in apposition with a relative',
      'Voters are angrier than ever, according to Bill Smith, a pollster who ran the survey.',
      'Voters are angrier than ever|Bill Smith|according to',
    ],
    ['according to, a source with a relative', 'Turnout fell, according to Politico, which first reported the figures.', 'Turnout fell|Politico|according to'],
    // opening the sentence, a relative set off after the source describes it; the content follows its comma
    [
      'according to first, a source with a relative set off',
      'According to Politico, which first reported the figures, turnout fell in Leeds.',
      'turnout fell in Leeds|Politico|According to',
    ],
    // fronted content
    ['fronted, subject first', 'The talks stalled, officials said.', 'The talks stalled|officials|said'],
    ['fronted, inverted', 'The talks stalled late on Monday, said a senior official.', 'The talks stalled late on Monday|a senior official|said'],
    // a comma before the cue with no phrase after it closes the subject's appositive: the subject comes before it
    [
      'fronted, a subject with an appositive',
      'Prices rose sharply in March, Smith, an economist at the bank, said.',
      'Prices rose sharply in March|Smith|said',
    ],
    // an organisation's name with its article before the appositive is the subject, as a person's name is
    [
      'fronted, an organisation with an appositive',
      'Forces advanced on Tuesday, the Syrian Observatory for Human Rights, a monitoring group, said.',
      'Forces advanced on Tuesday|Syrian Observatory for Human Rights|said',
    ],
    // must stay: an organisation inside a person's appositive is no subject
    [
      'a person whose appositive ends in an organisation and its place',
      'Cynthia Thompson, curator of exhibits at the University of Arkansas, Fayetteville, said the images were rare.',
      'the images were rare|Cynthia Thompson|said',
    ],
    // must stay: after the cue, the inverted subject and its appositive
    ['fronted, inverted with an appositive', 'Prices rose sharply in March, said Smith, an economist at the bank.', 'Prices rose sharply in March|Smith|said'],
    // a listener, a pronoun or a name, closes the reporting clause, and what follows it says when or where
    [
      'fronted, a pronoun listener',
      'Her husband would soon be coming home, the president told her.',
      'Her husband would soon be coming home|the president|told',
    ],
    [
      'fronted, a listener and a time',
      'The union will sit out the election, Phil Smith told Politico on Monday.',
      'The union will sit out the election|Phil Smith|told',
    ],
    ['fronted, a listener and a time phrase', 'The plan will fail, Smith told reporters earlier this week.', 'The plan will fail|Smith|told'],
    // an object pronoun after a verb of telling is its listener, no word of the content
    ['told a pronoun listener the content', 'Smith told them the plan would fail.', 'the plan would fail|Smith|told'],
    ['assured a pronoun listener the content', 'Smith assured her the plan would work.', 'the plan would work|Smith|assured'],
    // must stay: `her` before a noun opens a phrase, and `it` opens the content
    ['told a listener with a possessive', 'Smith told her husband the plan would fail.', 'the plan would fail|Smith|told'],
    ['warned, a possessive opening the content', 'Smith warned her party would lose.', 'her party would lose|Smith|warned'],
    ['warned, it opening the content', 'Smith warned it would fail.', 'it would fail|Smith|warned'],
    // a group's word or a share before a verb of saying the tagger calls a noun is its subject
    ['a group before say', 'Most say they will vote.', 'they will vote|Most|say'],
    ['a share before say', 'Nearly a third say they don’t know.', 'they don’t know|Nearly a third|say'],
    // two cues inside the words, each a clause's verb after its subject, words after the last: the outer cue keeps them
    [
      'said, two cues inside the words',
      'He said her family asked for privacy as they sought answers.',
      'her family asked for privacy as they sought answers|He|said',
    ],
    ['fronted, with a listener', 'The bridge will close in May, the mayor told reporters.', 'The bridge will close in May|the mayor|told'],
    ['fronted, with a tail', 'The plane was headed to Cairo, her friend said in a statement.', 'The plane was headed to Cairo|her friend|said'],
    // a dateline opening the paragraph is the story's, not the statement's; must stay: a heading in capitals is no dateline
    [
      'fronted, after a dateline',
      'LONDON, March 3 (Reuters) - The bridge will close in May, the council said.',
      'The bridge will close in May|the council|said',
    ],
    [
      'fronted, after a dateline of two places a slash joins',
      'KHARTOUM/PORT SUDAN, Sudan (Reuters) - The bridge will close in May, the council said.',
      'The bridge will close in May|the council|said',
    ],
    // South Asia's papers end a known place's dateline in a colon: no statement of the place's
    ['fronted, after a dateline closed by a colon', 'MUMBAI: The bridge will close in May, the council said.', 'The bridge will close in May|the council|said'],
    // the agency in a dateline filed the story and says nothing in it: no subject, no antecedent of `the party`
    [
      'a subject after a dateline’s agency',
      'WASHINGTON (AP) — Attorney General Loretta Lynch is reaffirming that the inquiry is free of influence.',
      'that the inquiry is free of influence|Loretta Lynch|reaffirming',
    ],
    ['a body’s description after a dateline’s agency', 'PARIS (AP) — The party says the vote will go ahead.', 'the vote will go ahead|The party|says'],
    [
      'fronted, after a heading in capitals',
      'UPDATE - The bridge will close in May, the council said.',
      'UPDATE - The bridge will close in May|the council|said',
    ],
    // beliefs and intentions
    ['believes that', 'Smith believes that the deal will hold.', 'that the deal will hold|Smith|believes'],
    ['thinks', 'Jones thinks the vote was rigged.', 'the vote was rigged|Jones|thinks'],
    ['warned that', 'The governor warned that the storm would be severe.', 'that the storm would be severe|The governor|warned'],
    ['wants to', 'Smith wants to build a new bridge.', 'to build a new bridge|Smith|wants'],
    ['declined to', 'The mayor declined to comment on the bridge.', 'to comment on the bridge|The mayor|declined'],
    // content broken around its cue
    ['broken content', 'The talks, officials said, had stalled over the border.', 'The talks … had stalled over the border|officials|said'],
    // after a whole clause, an apposition to an inverted source names it, and a participle adds the reporter's words
    ['fronted, inverted, a source in apposition', 'The talks stalled, said Jane Doe, a professor at the college.', 'The talks stalled|Jane Doe|said'],
    [
      'fronted, then a participle',
      'The bridge was old, the mayor explained, recalling its opening.',
      'The bridge was old|the mayor|explained',
      'its opening|the mayor|recalling',
    ],
    [
      'a participle set off between the subject and its verb of saying',
      'Smith, citing data from the department, said that the bridge was safe.',
      'data from the department|Smith|citing',
      'that the bridge was safe|Smith|said',
    ],
    [
      'a preposition hyphened into the subject’s compound',
      'Smith said down-ballot races can help the party.',
      'down-ballot races can help the party|Smith|said',
    ],
    // must stay: a setting before the clause
    ['a setting before the clause', 'Smith said in a statement that the bridge was safe.', 'that the bridge was safe|Smith|said'],
    [
      'a number’s two-word bound opens the clause’s subject',
      'The Syrian Observatory for Human Rights, a UK-based monitor, said at least 12 fighters were killed.',
      'at least 12 fighters were killed|Syrian Observatory for Human Rights|said',
    ],
    [
      'a setting with a participle before its noun, after a subject in apposition',
      'The spokesman, Yahya Saree, said in a televised statement that the operation targeted a ship.',
      'that the operation targeted a ship|Yahya Saree|said',
    ],
    // wink calls `address` a verb there: after `a` and a past form it is the noun the form modifies
    [
      'a setting whose noun the tagger calls a verb',
      'The president said in a televised address that the army would withdraw.',
      'that the army would withdraw|The president|said',
    ],
    // an occasion of speaking after a possessive and a noun is a noun too
    [
      'a setting whose occasion the tagger calls a verb after a possessive',
      'Zelenskyy said in his nightly video address that Russia had launched more than 40 drones.',
      'that Russia had launched more than 40 drones|Zelenskyy|said',
    ],
    // must stay: after a plural noun the word is its verb
    ['an occasion word as the verb of a plural subject', 'Officials address the issue, he said.', 'Officials address the issue|he|said'],
    // must stay: an adverb after an auxiliary leaves the past form a verb
    ['a past verb after an auxiliary and an adverb', 'He has repeatedly denied that he knew the man.', 'that he knew the man|He|denied'],
    // must stay: after `the` a past form may name people, and the verb after it is theirs
    ['the accused said', 'The accused said he was innocent.', 'he was innocent|The accused|said'],
    ['fronted, a source close to someone a pronoun names', 'The talks stalled, a source close to him said.', 'The talks stalled|a source close to him|said'],
    ['a partitive of a pronoun is the subject', 'One of them told reporters that the talks stalled.', 'that the talks stalled|One of them|told'],
    [
      'a present verb the tagger calls a plural noun',
      'Smith said each year of education yields a bump in income.',
      'each year of education yields a bump in income|Smith|said',
    ],
    ['a present verb the tagger calls a noun after a plural noun', 'Hicks said most staffers sign a pledge.', 'most staffers sign a pledge|Hicks|said'],
    ['fronted, inverted, then the predicate', 'The talks, said a senior official, had stalled.', 'The talks … had stalled|a senior official|said'],
    // nested statements each stand, unless they share most of their words: then they are one, the first cue's
    [
      'nested',
      'Officials said on Monday that the mayor had repeatedly claimed the deal was dead.',
      'that the mayor had repeatedly claimed the deal was dead|Officials|said',
      'the deal was dead|the mayor|claimed',
    ],
    ['nested, most words shared', 'Officials said Trump claimed the deal was dead.', 'Trump claimed the deal was dead|Officials|said'],
    ['one set of words, two cues', 'The senator expressed concern that the bridge would fail.', 'that the bridge would fail|The senator|expressed'],
    // a phrase ends where its reporter's next verb comes; a clause runs on
    ["a phrase, then the reporter's verb", 'Smith praised the new bridge and said it would last.', 'the new bridge|Smith|praised', 'it would last|Smith|said'],
    ['a clause, then a verb', 'Jones said the bridge was old and needed repairs.', 'the bridge was old and needed repairs|Jones|said'],
    // a phrase ends before a clause of the reporter's after a comma; a list of phrases runs on
    ['a phrase, then a clause after a comma', 'Smith praised the new plan, and the crowd cheered.', 'the new plan|Smith|praised'],
    ['a list of phrases', 'Smith praised the plan, the budget and the new bridge.', 'the plan, the budget and the new bridge|Smith|praised'],
    // when and where a phrase was said are the reporter's: a time, or an occasion of speaking, ends it; other phrases run on
    ['a phrase, then when', 'The mayor endorsed Smith last week.', 'Smith|The mayor|endorsed'],
    ['a phrase, then a day', 'The union endorsed the plan on Friday night.', 'the plan|The union|endorsed'],
    ['a phrase, then an occasion', 'Jones praised the new budget at a news conference.', 'the new budget|Jones|praised'],
    ['a phrase with a phrase of its own', 'Jones praised the budget for the schools.', 'the budget for the schools|Jones|praised'],
    ['a clause keeps its time', 'Jones said the bridge would close on Friday.', 'the bridge would close on Friday|Jones|said'],
    // `including` lists what the content names; another participle after a comma is the reporter's (above)
    ['a list after including', 'Smith said the plan had flaws, including its cost.', 'the plan had flaws, including its cost|Smith|said'],
    // after a whole clause, a comma before a subject and its verb opens the reporter's clause; not after an opening adverbial clause
    ['a new clause after a comma', 'Smith said the vote was close, Jones left an hour later.', 'the vote was close|Smith|said'],
    ['a new clause after a comma and a conjunction', 'Smith said the bridge was safe, but the mayor closed it anyway.', 'the bridge was safe|Smith|said'],
    [
      'an adverbial clause, then its main clause',
      'Smith said that if elected, he would fix the bridge.',
      'that if elected, he would fix the bridge|Smith|said',
    ],
    // an opening adverbial's own verbs make no clause: its comma is no aside's before an article
    [
      'an adverbial phrase with a verb, then its main clause after an article',
      'Critics said that by imposing strict rules, the city would provoke clashes.',
      'that by imposing strict rules, the city would provoke clashes|Critics|said',
    ],
    // a cue after that comma is the main clause's verb, not a report coordinated after the content
    [
      'an adverbial phrase, then a main clause whose verb is a cue',
      'Melendres said that for one, there appeared to be a lack of intent.',
      'that for one, there appeared to be a lack of intent|Melendres|said',
    ],
    // fronted words holding a cue of their own are the later cue's statement (quotes/reported/index.ts firstReadings)
    [
      'fronted words holding a cue, then their source',
      'He agreed to sell the plane in 2010, records show.',
      'He agreed to sell the plane in 2010|records|show',
    ],
    // must stay: past the adverbial's comma, an aside after a whole clause is the reporter's
    [
      'an adverbial, its main clause, then an aside',
      'Smith said that despite the cost, the bridge was safe, a claim the mayor rejected.',
      'that despite the cost, the bridge was safe|Smith|said',
    ],
    [
      'a relative clause after a comma',
      'Smith said the city needs a new bridge, which would cost millions.',
      'the city needs a new bridge, which would cost millions|Smith|said',
    ],
    // a reporting verb coordinated after the content shares its subject and reports a statement of its own
    [
      'a clause, then a coordinated reporting verb',
      'The mayor announced that the bridge would close and vowed to build a new one.',
      'that the bridge would close|The mayor|announced',
      'to build a new one|The mayor|vowed',
    ],
    // a verb of asking is no verb of belief there when its question's word follows; must stay: `questioned` without one
    [
      'a clause, then a coordinated verb of asking and its question',
      'Rubio said the plan failed and questioned how Trump would pay for it.',
      'the plan failed|Rubio|said',
      'how Trump would pay for it|Rubio|questioned',
    ],
    ['a clause, then a verb of doubt', 'Rubio said the plan failed and questioned its cost.', 'the plan failed and questioned its cost|Rubio|said'],
    // a second that-clause joined by `and` is the same cue's (quotes/reported/content.ts, nextReport)
    [
      'a clause, then a second that-clause',
      'Smith said the bridge was safe and that the city wanted it open.',
      'the bridge was safe and that the city wanted it open|Smith|said',
    ],
    // a hyphened subject of the next reporting clause ends the content as any subject does
    [
      'a clause, then a reporting clause with a hyphened subject',
      'Most voters said the mayor is honest, and three-quarters said the same of the council.',
      'the mayor is honest|Most voters|said',
      'the same of the council|three-quarters|said',
    ],
    // a cue after its own subject is the reported clause's verb: the content holds one such cue, a chain of them is none (below)
    ['a clause whose verb is a cue', 'Jones said the mayor supported the plan.', 'the mayor supported the plan|Jones|said'],
    ['a clause whose verb is a verb of asking', 'He said her family asked for privacy.', 'her family asked for privacy|He|said'],
    // any cue set off by commas breaks the content before its predicate
    ['a verb of belief breaking the content', 'The plan, critics fear, is too costly.', 'The plan … is too costly|critics|fear'],
    // a participle after the comma is the reporter's, no predicate of the words before
    [
      'a verb of stance set off, then a participle',
      'Smith, a farmer, praised the plan, saying nothing of its cost.',
      'the plan|Smith|praised',
      'nothing of its cost|Smith|saying',
    ],
    // fronted content before any cue that closes its sentence
    ['fronted, a finding', 'Young voters are moving toward Smith, a new poll indicates.', 'Young voters are moving toward Smith|a new poll|indicates'],
    // a comma inside the closing quotation mark closes the content, the mark with it
    [
      'a comma inside a closing mark',
      'Smith said the bridge was “built to last,” adding that repairs were cheap.',
      'the bridge was “built to last,”|Smith|said',
      'that repairs were cheap|Smith|adding',
    ],
    // after a plural subject or a number, a verb of saying or finding the tagger calls a noun
    [
      'a clause whose verb wink reads as a noun',
      'Russia shot down 23 drones overnight, officials said.',
      'Russia shot down 23 drones overnight|officials|said',
    ],
    ['fronted, a plural subject and a verb read as a noun', 'The bridge is unsafe, polls show.', 'The bridge is unsafe|polls|show'],
    // the share is the source (quotes/phrase.ts, ratioAt): PolNeAR's gold names such shares sources
    ['a number and a verb read as a noun', 'Six in 10 say the bridge is unsafe.', 'the bridge is unsafe|Six in 10|say'],
    // any verb taking a that-clause
    ['knows that', 'Smith knows that the deal is dead.', 'that the deal is dead|Smith|knows'],
    ['maintained that', 'She has long maintained that the server was secure.', 'that the server was secure|She|maintained'],
    // must stay: the same word after a body's name is its verb
    ['a body states', 'The White House states that the deal is dead.', 'that the deal is dead|White House|states'],
    // a noun of saying or holding before a that-clause
    ['a noun and its that-clause', 'There is a growing fear that the bridge will fail.', 'that the bridge will fail|none|fear'],
    // a verb of belief inside reported words is part of them, no statement of its own
    // a coordinated cue's subject is the first verb's, an auxiliary after the conjunction and a chain of verbs between (quotes/cue-speaker.ts coordinatedWith)
    [
      'a coordinated cue after an auxiliary',
      'Jones did not mention his rivals but did note that he had won.',
      'his rivals|Jones|mention',
      'that he had won|Jones|note',
    ],
    ['a cue after a chain of coordinated verbs', 'Smith shook hands and posed for photos and asked workers to vote for him.', 'to vote for him|Smith|asked'],
    // who makes it clear speaks, not the `it` (quotes/cue-speaker.ts speakerOfCue)
    ['made it clear', 'The senator made it clear that she would run.', 'that she would run|The senator|clear'],
    // an infinitive after be and an adjective of disposition has the be's subject (quotes/cue-speaker.ts predicateBefore);
    // must stay: an adjective judging the act names no one (`it is hard to say`)
    [
      'an infinitive after be and likely',
      'Democratic voters are slightly more likely to say that Clinton is honest.',
      'that Clinton is honest|Democratic voters|say',
    ],
    // a quantifier floating off the subject may stand between the be and the adjective (quotes/cue-speaker.ts predicateBefore)
    ['an infinitive after be, all and quick', 'The actors are all quick to point out that they are rich.', 'that they are rich|The actors|point out'],
    // an infinitive right after a finite progressive has the progressive's subject (quotes/cue-speaker.ts clauseSubject)
    ['an infinitive after a progressive', 'The party elite is struggling to understand why voters left.', 'why voters left|The party elite|understand'],
    ['an infinitive after it and an adjective of judgement', 'It is hard to say whether Clinton is honest.', 'whether Clinton is honest|none|say'],
    // a participle set off by a comma leans on the subject of a progressive before it (quotes/cue-speaker.ts clauseSubject)
    [
      'a participle after a progressive',
      'Instead, the senator is sticking to his campaign message, hoping to avoid a fight.',
      'to avoid a fight|the senator|hoping',
    ],
    // a pronoun's `'s` is a verb, no possessive, so the verb group runs past it (document/tokens.ts CONTRACTING_WORDS)
    ['a progressive after a contracted pronoun', 'And he’s predicting that the party will win.', 'that the party will win|he|predicting'],
    // a progressive whose untensed be follows a tensed auxiliary is finite, its subject before the verb group
    // (lexicon/speech.ts isFiniteProgressive); must stay: after `to be` it is no finite verb
    ['a progressive after has been', 'Puerto Rico has been warning that it is out of money.', 'that it is out of money|Puerto Rico|warning'],
    ['a progressive after a modal and be', 'The mayor will be arguing that the bridge is safe.', 'that the bridge is safe|The mayor|arguing'],
    ['a progressive after a contracted have', 'I’ve been saying for years that this is wrong.', 'that this is wrong|I|saying'],
    [
      'a progressive after to be',
      'The mayor seems to be arguing that the bridge is safe.',
      'The mayor … to be arguing that the bridge is safe|none|seems',
      'that the bridge is safe|The mayor|arguing',
    ],
    // a participle after a comma skips a verb's form after an article, a verb split from its `to`, and a word after a
    // verb and a demonstrative (quotes/cue-speaker.ts clauseSubject)
    [
      'a participle after an article and a verb form',
      'He also spoke about the proposed border wall, saying it will be built.',
      'the proposed border wall|He|spoke about',
      'it will be built|He|saying',
    ],
    ['a participle after a split infinitive', 'They continued to awkwardly veer off script, saying they were happy.', 'they were happy|They|saying'],
    // with no verb before it, a participle leans on the subject of a copula (quotes/cue-speaker.ts copulaSubject)
    ['a participle after a copula', 'They were especially hard on him over the plan, challenging him over his record.', 'him over his record|They|challenging'],
    // a gerund after a preposition opening its sentence has the main clause's subject (quotes/cue-speaker.ts
    // opensWithPreposition); must stay: one inside a clause leans on its clause's subject
    ['a gerund after despite', 'Despite challenging the ruling, Cruz said he would comply.', 'the ruling|Cruz|challenging', 'he would comply|Cruz|said'],
    [
      'a gerund after in addition to',
      'In addition to stating that taxes are too high, Clinton has vowed to cut them.',
      'that taxes are too high|Clinton|stating',
      'to cut them|Clinton|vowed',
    ],
    ['a gerund inside a clause', 'The senator voted against the bill after stating that taxes are too high.', 'that taxes are too high|The senator|stating'],
    // a comma right before a finite verb joins a series of verbs as `and` does (quotes/cue-speaker.ts inSeries); must stay:
    // an inverting verb after a comma names its speaker after it, and a cue opening the text has no verb before it
    [
      'a verb in a series',
      'Trump joked about the crowd, declined to affirm that the city is the capital.',
      'to affirm that the city is the capital|Trump|declined',
    ],
    ['a series before and', 'They reversed themselves, rushed everyone inside and said they will leave.', 'they will leave|They|said'],
    ['an inverted verb after a comma', 'The plan is dead, said Lee Epstein, who teaches law.', 'The plan is dead|Lee Epstein|said'],
    ['a cue opening the text', 'Warned that the plan is unsafe, he left.', 'that the plan is unsafe|none|Warned'],
    // a past participle with only words of when before the verb postmodifies the head before it (quotes/phrase.ts
    // phraseBefore)
    ['a participle and a day before the verb', 'New polls released Sunday showed Clinton ahead.', 'Clinton ahead|New polls|showed'],
    ['a participle and last week before the verb', 'A poll released last week found that Clinton is ahead.', 'that Clinton is ahead|A poll|found'],
    // a quantifier alone before the verb is its subject, as a pronoun is; one floating after an auxiliary or a plural
    // pronoun stands off the subject before it (quotes/phrase.ts quantifierSubject, floatingQuantifier); must stay:
    // `most` before an adverb is a superlative, and after a name and `and` a quantifier is the name's conjunct
    ['a quantifier as the subject', 'Most believe that both parties failed.', 'that both parties failed|Most|believe'],
    ['another as the subject', 'One poll says the race is close, while another says it is not.', 'the race is close|One poll|says', 'it is not|another|says'],
    // `whilst` opens an adverbial clause as `while` does (lexicon/function-words.ts SUBORDINATORS); must stay: `while`
    // a participle describing a source before the verb: the source speaks, not the participle's object (quotes/phrase.ts
    // sourceParticiple, presentParticipleAfterSource); must stay: a listed postmodifier keeps its words
    ['a past participle after a source', 'A diplomat based in Geneva said the talks had stalled.', 'the talks had stalled|A diplomat|said'],
    ['a present participle after a source', 'A lawyer representing the family said the talks had stalled.', 'the talks had stalled|A lawyer|said'],
    ['a listed postmodifier after a source', 'People briefed on the plan said the talks had stalled.', 'the talks had stalled|People briefed on the plan|said'],
    ['whilst ends the content', 'Sunak defended the record whilst promising an update.', 'the record|Sunak|defended'],
    ['while ends the content', 'Sunak defended the record while promising an update.', 'the record|Sunak|defended'],
    ['a floating quantifier after an auxiliary', 'Cruz and Paul have all attacked the program.', 'the program|Cruz and Paul|attacked'],
    ['those and a participle as the subject', 'Again, those surveyed said the economy was weak.', 'the economy was weak|those surveyed|said'],
    ['most as a superlative', 'He praised the plan, and most recently defended the tax.', 'the plan|He|praised', 'the tax|He|defended'],
    ['others after a name and and', 'Edwards and others said they could win.', 'they could win|Edwards and others|said'],
    // a participle right after a phrase headed by a poll or by people leans on it (quotes/cue-speaker.ts withSubject);
    // must stay: not a phrase after `to`, whom the subject addresses
    ['a participle after a poll', 'Smith spoke after a new poll showing the mayor ahead.', 'the mayor ahead|a new poll|showing'],
    ['a participle after people', 'The emails included staff members suggesting that the race was over.', 'that the race was over|staff members|suggesting'],
    ['a participle after people addressed', 'Smith made a pitch to voters saying that taxes would fall.', 'that taxes would fall|Smith|saying'],
    // a cue in a relative clause before `but` is that clause's: the verb coordinated after `but` has the cue's subject before
    [
      'a coordinated cue after a relative clause',
      'Carson admitted that the name that appeared in his book was wrong, but said his campaign had no plans to change it.',
      'that the name that appeared in his book was wrong|Carson|admitted',
      'his campaign had no plans to change it|Carson|said',
    ],
    // a participle set off by a comma is an aside between two coordinated verbs (quotes/cue-speaker.ts coordinatedWith)
    [
      'a coordinated cue after a participial aside',
      'Clinton attacked Trump, saying he would appoint judges, and reminded the crowd that she won.',
      'Trump|Clinton|attacked',
      'he would appoint judges|Clinton|saying',
      'that she won|Clinton|reminded',
    ],
    // a copula before `and` is a verb of its clause, the coordinated cue's subject before it; one inside what a cue
    // reports leaves the cue's (quotes/cue-speaker.ts coordinatedWith)
    [
      'a cue coordinated with a copula',
      'Mr. McKinley is bearish on student loans and expects them to become cheaper.',
      'them to become cheaper|McKinley|expects',
    ],
    [
      'a cue coordinated after a reported copula',
      'Podesta said Gates was not working for the party and said Manafort had left.',
      'Gates was not working for the party … Manafort had left|Podesta|said',
    ],
    // `you` right before a verb is its subject (quotes/speaker.ts)
    ['you as the subject', 'You said yesterday that the plan was dead.', 'that the plan was dead|You|said'],
    // a noun of saying reports its owner's words, named by the possessive before it (quotes/cue-speaker.ts ownerBefore)
    ['a noun of saying after his', 'John Smith refuted a story about his claim that he had been right.', 'that he had been right|John Smith|claim'],
    // a possessive ending before an -ing form is no `is`: the -ing form is a noun (lexicon/speech.ts isProgressive); must
    // stay: a contracted `’s` after a pronoun is `is`
    [
      'a possessive before an -ing noun',
      "Aides admitted that Trump's warning about the economy was late.",
      "that Trump's warning about the economy was late|Aides|admitted",
    ],
    ['a contracted is before an -ing form', 'He’s warning that the plan will fail.', 'that the plan will fail|He|warning'],
    // a gerund's possessive names who does it (quotes/cue-speaker.ts ownerBefore)
    [
      'a gerund after a possessive pronoun',
      'Mary Smith spoke at noon. Voters cheered her saying that the war was over.',
      'that the war was over|Mary Smith|saying',
    ],
    // an -ing form the tagger calls a verb, after a noun phrase's word and right before the cue, heads the subject
    // (quotes/phrase.ts gerundHead); must stay: one before a noun modifies it
    ['an -ing noun heading the subject', 'Exit polling showed that Clinton won.', 'that Clinton won|Exit polling|showed'],
    ['an -ing form before the head noun', 'The sole surviving witness said the plan failed.', 'the plan failed|witness|said'],
    // `have` right before an infinitive's `to` is the chain's finite verb, its subject the speaker (quotes/cue-speaker.ts
    // clauseSubject); must stay: a be there names what its subject is
    ['have to before an infinitive', 'She will have to argue that the plan works.', 'that the plan works|She|argue'],
    ['be to before an infinitive', 'Holt pressed him, and his best response was to say he would win.', 'he would win|Holt|say'],
    // a coordinated cue whose first verb has no phrase before it reads the clause's subject, or the phrase `who` describes
    // (quotes/cue-speaker.ts mainClauseSubject); must stay: not a subordinate clause's subject
    [
      'a coordinated cue after a verb in an object',
      'Twitter posted worse-than-expected revenue, and said it was still optimistic.',
      'worse-than-expected revenue|Twitter|posted',
      'it was still optimistic|Twitter|said',
    ],
    ['a coordinated cue after who', 'There was a young boy who stared at a painting and asked who the man was.', 'who the man was|a young boy|asked'],
    [
      'a coordinated cue after a subordinate clause',
      'Mr. Trump suggested boycotting Apple if the company did not help the government crack the phone used in San Bernardino, Calif.; clashed with Mr. Zuckerberg over immigration; and posted on Twitter that the plan failed.',
      'boycotting Apple if the company did not help the government crack the phone used in San Bernardino, Calif.|Trump|suggested',
      'that the plan failed|none|posted',
    ],
    // an aside set off by commas between an auxiliary and the cue is read past (quotes/phrase.ts auxiliaryAside); must
    // stay: one after the subject is an aside the phrase reads past as before
    ['an aside after the auxiliary', 'Clinton has, in the past, argued that the law is fair.', 'that the law is fair|Clinton|argued'],
    ['an aside after the subject', 'The senator, however, said that the plan failed.', 'that the plan failed|The senator|said'],
    // an adjective judging the subject, or a negation after a disposition's, before an infinitive leaves the be's subject
    // the speaker (lexicon/speech.ts DISPOSITION_ADJECTIVES, quotes/cue-speaker.ts predicateBefore); must stay: an `it`
    // there stands for no one
    ['an adjective judging the subject before an infinitive', 'But he is correct to note that the law failed.', 'that the law failed|he|note'],
    ['a negation before the infinitive', 'He has often been careful not to mention Trump by name.', 'Trump by name|He|mention'],
    ['it before a judging adjective', 'It is right to say that the plan failed.', 'that the plan failed|none|say'],
    // a comma after a bracketed label, with no comma opening an appositive, ends the phrase (quotes/phrase.ts phraseBefore);
    // must stay: an inverted cue after a bracket takes the name after it
    [
      'a comma after a bracketed label',
      'Sen. Jack Reed (D-R.I.), said on Tuesday that he had not read the plan.',
      'that he had not read the plan|Jack Reed|said',
    ],
    ['an inverted cue after a bracket', 'The plan failed (as expected), said Smith.', 'The plan failed (as expected)|Smith|said'],
    // a verb that may invert stays in a series of verbs when `that` or `it` follows it (quotes/cue-speaker.ts inSeries);
    // must stay: one before a noun phrase after a comma is inverted
    [
      'a verb that may invert in a series',
      'The State Department repeatedly obfuscated facts, admitted it withheld emails.',
      'it withheld emails|State Department|admitted',
    ],
    ['a verb that may invert, inverted', 'The economy is strong, admitted the minister.', 'The economy is strong|the minister|admitted'],
    // words of when before a comma open the sentence, no part of the subject read back over an appositive (quotes/phrase.ts
    // phraseBefore); must stay: a name holding a month's word is a name
    [
      'words of when before an appositive subject',
      'On Friday, Texas, leading a coalition of 13 states, asked a judge to block the plan.',
      'to block the plan|Texas|asked',
    ],
    ['a name holding a month', 'Yin Myint May, 60, a doctor, said she was elated.', 'she was elated|Yin Myint May|said'],
    // a described subject before an aside set off by commas is read as before its verb (quotes/speaker.ts pastAside); must
    // stay: a quantifier's phrase before one
    ['an aside between a share and its verb', 'A third of independents, 33%, say the race is close.', 'the race is close|A third of independents|say'],
    ['an aside between a quantifier and its verb', 'Most of the voters, 33%, say the race is close.', 'the race is close|Most of the voters|say'],
    // a participle opening its sentence leans on the main clause's subject after its comma (quotes/cue-speaker.ts
    // opensWithParticiple); must stay: a gerund that is the sentence's subject names no speaker
    [
      'a participle opening the sentence',
      'Noting that only one senator voted with them, Tester added that the bill had failed.',
      'that only one senator voted with them|Tester|Noting',
      'that the bill had failed|Tester|added',
    ],
    [
      'a perfect participle opening the sentence',
      'Having announced that he would not send me to prison, Judge Berman went on.',
      'that he would not send me to prison|Berman|announced',
    ],
    [
      'a participle and an infinitive opening the sentence',
      'Continuing to explain his view, Carson rejected the plan.',
      'his view|Carson|explain',
      'the plan|Carson|rejected',
    ],
    ['a gerund subject opening the sentence', 'Promising tax cuts would help Smith, Jones said.', 'Promising tax cuts would help Smith|Jones|said'],
    [
      'a gerund subject before a comma and a phrase',
      'Winning that trifecta would put Trump in a strong position, the first Republican to do so since 1980.',
      'that trifecta would put Trump in a strong position|none|Winning',
    ],
    [
      'a participle opening the sentence, its main verb misread',
      'Citing local news outlets, the Associated Press reports that Hess almost missed the flight.',
      'that Hess almost missed the flight|none|Citing',
    ],
    // `in` and a month between a subject and its verb say when (quotes/phrase.ts isWhen); must stay: `in` and a place
    [
      'a month after `in` before the verb',
      'A Bloomberg poll in June showed that most voters were bothered.',
      'that most voters were bothered|A Bloomberg poll|showed',
    ],
    ['a place after `in` before the verb', 'Officials in Paris said the talks had stalled.', 'the talks had stalled|Officials in Paris|said'],
    // a verb coordinated after a chain of reports is the outermost cue's (quotes/cue-speaker.ts reportingVerbOver); must
    // stay: a cue in an adverbial clause is the one coordinated
    [
      'a verb coordinated after a report inside a report',
      'Smith said that Jones claimed the vote was rigged and predicted that Smith would win.',
      'that Jones claimed the vote was rigged|Smith|said',
      'that Smith would win|Smith|predicted',
    ],
    [
      'a verb coordinated after a report and a dash',
      'Smith suggested that Jones claimed the vote was rigged -- but said that he would accept it.',
      'that Jones claimed the vote was rigged|Smith|suggested',
      'that he would accept it|Smith|said',
    ],
    [
      'a verb coordinated with a cue in an adverbial clause',
      'Smith spoke on Tuesday after Jones claimed that the vote was rigged and warned that more fraud would come.',
      'that the vote was rigged|Jones|claimed',
      'that more fraud would come|Jones|warned',
    ],
    // `you` outside a quotation speaks as the writer's `I` does, with no entity (lexicon/speech.ts UNRESOLVED_PRONOUNS);
    // must stay: inside a quotation it reports nothing of its own
    ['the one a question asks', 'Q: Do you think the law should be reinstated? A: Yes.', 'the law should be reinstated|you|think'],
    ['the reader', 'If you believe the polls, Smith will win.', 'the polls|you|believe'],
    ['`you` inside a quotation', 'Smith said, “You know that we will win.”'],
    // a gerund after `no` is no one's act
    ['a gerund after no', "There's no denying he has had a hard year.", 'he has had a hard year|none|denying'],
    ['belief inside a statement', 'Officials said the mayor would support the new bridge.', 'the mayor would support the new bridge|Officials|said'],
    // so is a verb of stance (quotes/reported/index.ts withReported); must stay: a verb of saying inside stands (`nested`)
    [
      'stance inside a statement',
      'Officials said the mayor talked about the bridge for an hour.',
      'the mayor talked about the bridge for an hour|Officials|said',
    ],
    // after a whole clause, a comma and an article open the reporter's aside; before the clause's verb, an apposition
    ['an aside after the clause', 'Smith said the bridge would close, a blow to commuters.', 'the bridge would close|Smith|said'],
    // one more item of a list after the clause's comma is the statement's; must stay: an apposition holding `and`
    [
      'a list after the clause',
      'Smith said they differ on taxes, the budget and the new bridge.',
      'they differ on taxes, the budget and the new bridge|Smith|said',
    ],
    ['an aside holding and', 'Smith said the bridge would close, a former mayor and friend of his.', 'the bridge would close|Smith|said'],
    ['an apposition inside the clause', 'Smith said that Jones, a veteran, would run.', 'that Jones, a veteran, would run|Smith|said'],
    ['a verb of finding with a clause', 'Studies find voters are tired of the campaign.', 'voters are tired of the campaign|Studies|find'],
    // must stay: a plural noun's verb form before a that-clause with a subject
    [
      'a verb that is mostly a plural noun, then a that-clause',
      'The letter states that courts should not rule.',
      'that courts should not rule|The letter|states',
    ],
    // a relative set off by commas adds what its antecedent said (PolNeAR marks these); one that picks someone out reports nothing (below)
    // the relative speaks for the phrase before its comma, an auxiliary or adverb between them
    ['said in a relative set off by commas', 'Voters cheered Smith, who said the bridge would reopen, and left.', 'the bridge would reopen|Smith|said'],
    ['which in a relative set off by commas', 'The firm, which said the plant would close, cut 300 jobs.', 'the plant would close|The firm|said'],
    ['a verb of stance in a relative with which', 'The union, which endorsed the mayor last year, now backs her rival.', 'the mayor|The union|endorsed'],
    // a cue after a comma closes the phrase a verb of stance reports: it is the reporter's next one
    [
      'a phrase closed by a comma before the next cue',
      'Former mayor Jane Smith, who on Monday endorsed Jones, said Tuesday she agrees with the ruling.',
      'Jones|Jane Smith|endorsed',
      'she agrees with the ruling|Jane Smith|said',
      'the ruling|Jane Smith|agrees with',
    ],
    ['a relative with an auxiliary', 'Mayor Jane Doe, who has said the city would pay, spoke on Monday.', 'the city would pay|Jane Doe|said'],
    // the relative pronoun before the first of coordinated verbs speaks for the phrase before its comma (quotes/cue-speaker.ts)
    ['a relative before coordinated verbs', 'The plan won over Weaver, who came out and endorsed the mayor.', 'the mayor|Weaver|endorsed'],
    // a negation stands between the relative and its verb as an auxiliary does; must stay: the main clause's cue after the aside
    [
      'a relative with a negation, then the main clause',
      'Mayor Jane Doe, who did not say the city would pay, spoke on Monday.',
      'the city would pay|Jane Doe|say',
    ],
    [
      'a negated relative before the main clause’s cue',
      'A neighbour, who did not want to be named, said she had heard shouting.',
      'to be named|A neighbour|want',
      'she had heard shouting|A neighbour|said',
    ],
    // a verb of seeming or a passive of belief reports its subject with what follows, and names no source
    ['a verb of seeming', 'The old bridge appears to be unsafe.', 'The old bridge … to be unsafe|none|appears'],
    ['a verb of seeming, then a comma', 'The old bridge appears to be unsafe, and the mayor closed it.', 'The old bridge … to be unsafe|none|appears'],
    // a passive of belief reports the whole, an adverb between its parts, a cue after its `to` and a relative subject
    ['a passive of belief after an adverb', 'The bridge was originally expected to close in May.', 'The bridge … to close in May|none|expected'],
    ['a passive of belief before a cue', 'Most farmers are expected to quickly support the plan.', 'Most farmers … to quickly support the plan|none|expected'],
    ['a passive of belief after a relative', 'The vote, which is widely expected to fail, comes on Monday.', 'which … to fail|none|expected'],
    // an adverb of report stands in the clause it reports
    ['an adverb of report', 'The council is reportedly weighing a new tax on hotels.', 'The council … weighing a new tax on hotels|none|reportedly'],
    ['a verb of seeming and a likeness', 'The deal seems like a good one for the city.', 'The deal … like a good one for the city|none|seems'],
    ['a verb of seeming with an empty subject', 'It now seems inevitable that the bridge will close.', 'inevitable that the bridge will close|none|seems'],
    ['a passive of belief', 'The mayor is expected to resign next week.', 'The mayor … to resign next week|none|expected'],
    ['a verb of seeming before a cue', 'The mayor appeared to suggest that the bridge was unsafe.', 'that the bridge was unsafe|The mayor|suggest'],
    // a question in an adjunct or in the passive reports what was asked, up to the adjunct's comma, and names nobody but
    // its agent after `by` (quotes/phrase.ts askedBy)
    ['a question asked by someone', 'When asked by a reporter whether the bridge was safe, the mayor smiled.', 'whether the bridge was safe|a reporter|asked'],
    [
      'a question in the passive asked by someone',
      'The mayor was asked by host John Smith whether the bridge was safe.',
      'whether the bridge was safe|John Smith|asked',
    ],
    ['a question in an adjunct', 'Asked about the bridge, the mayor said it was safe.', 'the bridge|none|Asked', 'it was safe|the mayor|said'],
    ['a question after when', 'When asked whether the bridge was safe, the mayor smiled.', 'whether the bridge was safe|none|asked'],
    ['a question in the passive', 'The mayor was asked to close the bridge.', 'to close the bridge|none|asked'],
    // a stance shown rather than said, and a verb of reference with its particle as part of the cue
    ['a stance shown', 'The senator expressed deep concern about the new tariffs.', 'deep concern about the new tariffs|The senator|expressed'],
    // a headline's colon after a name reports what follows
    [
      'a headline after a name and a colon',
      'Donald Trump: Cruz has a long way to go on ethanol\n\nThe race goes on.',
      'Cruz has a long way to go on ethanol|Donald Trump|:',
    ],
    // an `as` clause of time or manner with a subject reports what its verb takes; fronted, the main clause after its comma
    ['an as-clause of time', 'The crowd cheered as the mayor praised the new bridge.', 'the new bridge|the mayor|praised'],
    ['a fronted as-clause', 'As the paper reported, the bridge will close in May.', 'the bridge will close in May|the paper|reported'],
    // must stay: a verb of naming that says something of whom it names
    ['a verb of naming with a predicate', 'Smith called Jones a liar on Monday.', 'Jones a liar|Smith|called'],
    ['what someone asks of others', 'The judge ordered a review of the case.', 'a review of the case|The judge|ordered'],
    ['a verb and its particle', 'The mayor talked about the flooded bridge on Monday.', 'the flooded bridge|The mayor|talked about'],
    ['an irregular verb and its particle', 'The mayor spoke about the flooded bridge.', 'the flooded bridge|The mayor|spoke about'],
    // a cue of its own whose particle opens what it reports
    ['a cue and its particle', 'The senator called for a ban on assault weapons.', 'a ban on assault weapons|The senator|called for'],
    ['a verb of agreeing and its particle', 'The mayor agreed with the engineers on the bridge.', 'the engineers on the bridge|The mayor|agreed with'],
    ['a verb of saying and its particle', 'The mayor warned against cutting the budget.', 'cutting the budget|The mayor|warned against'],
    // after a particle comes the content, neither a listener nor a that-clause first
    [
      'a particle, then a relative that',
      'The delegate warned of a bitter fight ahead that could split the party.',
      'a bitter fight ahead that could split the party|The delegate|warned of',
    ],
    ['an infinitive opening a quotation', 'He vowed to “take our fight” to every state.', 'to “take our fight” to every state|He|vowed'],
    // a verb of belief coordinated inside a that-clause is its inner subject's, part of the content
    [
      'a clause, then a coordinated verb of belief',
      'Smith said he was proud of the bridge and expects it to last.',
      'he was proud of the bridge and expects it to last|Smith|said',
    ],
    // verbs of coming to know, and a stance shown by welcome or applause
    ['learned that', 'Officials learned that the bridge was unsafe.', 'that the bridge was unsafe|Officials|learned'],
    ['recognized how', 'Jones recognized how hard the job would be.', 'how hard the job would be|Jones|recognized'],
    ['welcomed a phrase', 'The council welcomed the new budget.', 'the new budget|The council|welcomed'],
    ['applauded a phrase, then a day', 'The senator applauded the ruling on Monday.', 'the ruling|The senator|applauded'],
    // a verb of perceiving or judging in the present, after its subject, reports a view held
    ['see as', 'Voters see Smith as the stronger candidate.', 'Smith as the stronger candidate|Voters|see'],
    ['knows that', 'Jones knows that the vote will be close.', 'that the vote will be close|Jones|knows'],
    ['considers a predicate', 'The mayor considers the bridge a danger.', 'the bridge a danger|The mayor|considers'],
    ['a modal before the cue', 'The senator can support the plan.', 'the plan|The senator|support'],
    // in an adverbial clause opening the sentence, the content ends before the main clause
    [
      'a cue in an opening while-clause',
      'While the engineers said the bridge was safe, the mayor closed it on Monday.',
      'the bridge was safe|the engineers|said',
    ],
    [
      'an opening clause whose content holds a comma of its own',
      'When the mayor said the plan would cost Leeds, York and Hull more, nobody objected.',
      'the plan would cost Leeds, York and Hull more|the mayor|said',
    ],
    // what a finding shows may open with a name or a number, its subject a sentence's capitalised first word
    ['polls show a name', 'Polls show Smith with a narrow lead.', 'Smith with a narrow lead|Polls|show'],
    ['records show a number', 'Records show 12 payments to the firm.', '12 payments to the firm|Records|show'],
    // an opening `In` before a poll and a comma reports what follows, as `according to` does
    ['an opening In before a poll', 'In a new county poll, Smith leads Jones by four points.', 'Smith leads Jones by four points|a new county poll|In'],
    [
      'an opening In before a poll and a participle',
      'In the latest survey of voters, conducted in May, the mayor has lost ground in Leeds.',
      'the mayor has lost ground in Leeds|the latest survey of voters|In',
    ],
    // the pollster's name the tagger reads as a verb, and a participle after the poll, are the poll's; must stay: polling that
    // modifies a noun is no poll
    [
      'an opening In before a long poll released on a day',
      'In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose Smith.',
      // (the two outlets joined by a slash are one poll's words, which speak: quotes/phrase.ts isNp)
      '50 percent of respondents chose Smith|an NBC News/Wall Street Journal poll|In',
    ],
    [
      'an opening In before a pollster’s name read as a verb',
      'In a Des Moines Register poll last month, Smith had a 10-point lead.',
      'Smith had a 10-point lead|none|In',
    ],
    ['an opening In before polling places', 'In a request for information about the polling places, the clerk sent a letter.'],
    // a naming participle after an indefinite noun that is no subject, after `so` or after a participle names the thing; must
    // stay: an indefinite subject calling someone something says it
    ['a group called a name', 'Tim Selaty, organizer of a group called Citizens for Trump, spoke on Monday.'],
    // a noun after a plural noun is its verb only before an object's first word (content.ts misreadVerb)
    ['nouns after a plural noun before a time', 'The senator told the Iowa voters forum this week about the plan.'],
    ['the so called', 'The so called Never Trumpers met in Cleveland.'],
    ['an event held called a name', 'After he won, an event was held called Politics and Pies.'],
    ['an indefinite subject calls someone something', 'A Clinton spokesman called Trump a liar.', 'Trump a liar|A Clinton spokesman|called'],
    // a noun of saying after a possessive still heads a statement, the possessive its speaker (no one it names here)
    ['a noun of saying after a possessive', 'Reporters checked his claim that the bridge was safe.', 'that the bridge was safe|his|claim'],
    // a day the tagger calls a name after a fronted cue says when; must stay: a name there is the cue's object
    [
      'fronted, a day after the cue',
      'The talks will resume later this month, officials said Wednesday.',
      'The talks will resume later this month|officials|said',
    ],
    ['fronted, a name after the cue', 'The talks stalled, and Smith called Jones.'],
    // a noun phrase after a cue opening its sentence is its object, the content, however many commas its list has; must stay: a tail of place and time
    [
      'a fronted setting, then a cue with a list in its content',
      'In Washington, Johnson said aid for Ukraine, Israel and Taiwan would pass.',
      'aid for Ukraine, Israel and Taiwan would pass|Johnson|said',
    ],
    ['fronted, a tail of place', 'The talks stalled, officials said in Geneva.', 'The talks stalled|officials|said'],
    // a determiner after the listener's noun opens the content; must stay: a possessive's noun goes on
    ['a listener, then a clause without that', 'Smith told reporters his client was innocent.', 'his client was innocent|Smith|told'],
    ['a listener with a possessive, then a clause', 'Smith told the mayor’s staff the plan was dead.', 'the plan was dead|Smith|told'],
    // a show named after its network's possessive is part of the listener (must stay: the possessive listener above)
    ['a network’s show as the listener', 'Smith told ABC’s “Good Morning America” that the deal was dead.', 'that the deal was dead|Smith|told'],
    ['a show, a day, then that', 'Smith tells MSNBC’s “Morning Joe” on Friday that talks would resume.', 'that talks would resume|Smith|tells'],
    // a verb of telling with one phrase and then its verb: the phrase is the clause's subject; must stay: a listener, then a clause
    [
      'a verb of warning, then a clause without that',
      'Critics warned the technology was moving too fast.',
      'the technology was moving too fast|Critics|warned',
    ],
    ['a verb of telling, then a listener and a clause', 'Smith warned investors the plan would fail.', 'the plan would fail|Smith|warned'],
    // an adjective ending a determined phrase is its noun (`the military`); must stay: an adjective alone names nobody
    ['fronted, an adjective as the source', 'The talks stalled on Monday, the military said.', 'The talks stalled on Monday|the military|said'],
    // so after the verb or `according to`, closing the clause (quotes/speaker.ts adjectiveHead)
    [
      'according to, an adjective ending the source',
      'The talks stalled, according to the Israeli military.',
      'The talks stalled|the Israeli military|according to',
    ],
    ['inverted, an adjective ending the source', 'The talks stalled, said the Israeli military.', 'The talks stalled|the Israeli military|said'],
    ['fronted, an adjective after a possessive', 'The talks stalled on Monday, Israel’s military said.', 'The talks stalled on Monday|Israel’s military|said'],
    ['fronted, an adjective alone', 'The talks stalled on Monday, military said.', 'The talks stalled on Monday|none|said'],
    // a phrase set off between the content's subject and its verb is the content's; must stay: a participle after a phrase closes it
    [
      'a phrase between the subject and its verb',
      'Smith said Trump, despite his wealth, is better placed to win.',
      'Trump, despite his wealth, is better placed to win|Smith|said',
    ],
    ['a participle after a phrase, no verb after it', 'Smith praised the plan, saying it would help.', 'the plan|Smith|praised', 'it would help|Smith|saying'],
    // a setting between a verb of saying and a clause without `that`; must stay: a setting and no clause
    ['a setting before a clause', 'The group said in a statement Thursday night they pulled the listing.', 'they pulled the listing|The group|said'],
    ['a setting and no clause', 'Smith said in the hall the other day.'],
    // a phrase ends before an apposition or a relative set off by a comma; must stay: a list of phrases runs on
    ['a phrase before an apposition', 'They cited the case of Indiana, which took a hit last year.', 'the case of Indiana|They|cited'],
    [
      'a phrase before a list item',
      'They cited the case of Indiana, the case of Ohio and the case of Iowa.',
      'the case of Indiana, the case of Ohio and the case of Iowa|They|cited',
    ],
    // a pro-form stands for what was said: one word will do, and `the same` keeps what it is said of
    ['a pro-form after a share', 'Last month, half said so in the poll.', 'so|half|said'],
    [
      'a pro-form answer before a conjunction',
      'Asked again, the mayor said yes, but the council said no on Monday.',
      'yes|the mayor|said',
      'no|the council|said',
    ],
    ['the same of someone', 'Three-quarters said the same of Jones.', 'the same of Jones|Three-quarters|said'],
    ['the same thing', 'Smith said the same thing.', 'the same thing|Smith|said'],
    // must stay: a relative clause's subject before a verb of saying and a finite verb (`which he said has`); the relative
    // word is the subject of what is said, the content's first piece (PolNeAR-train: 39 of 46 such contents start before the cue)
    ['a cue in a relative clause before its verb', 'She talked of her daughters, who he said were living in Russia.', 'who … were living in Russia|he|said'],
    // must stay: a noun of holding the tagger reads as a verb, before its that-clause
    [
      'the hope that, after an article',
      "Trump's rivals cling to the hope that the front-runner will falter.",
      "that the front-runner will falter|Trump's rivals|hope",
    ],
    [
      'a third-person form in a relative clause',
      'It is a trend that the foundation predicts will continue for years.',
      'that … will continue for years|the foundation|predicts',
    ],
    // a relative word before the subject is what the verb reports, its words after the verb the rest; `that` does not stand for it
    [
      'a relative before the subject',
      'The mayor rejected the budget, which the council had refused to consider.',
      'the budget|The mayor|rejected',
      'which … to consider|the council|refused',
    ],
    ['what before the subject', 'It is not what Smith said he would build.', 'what … he would build|Smith|said'],
    ['that before the subject stays out', 'The council passed the plan that the governor wanted to pass.', 'to pass|the governor|wanted'],
    // must stay: `the same` before a noun opens a clause, `so far` is no pro-form
    ['the same opening a clause', 'Smith said the same rule could apply to bridges.', 'the same rule could apply to bridges|Smith|said'],
    // a verb WordNet files under saying, thinking or feeling that news uses to report a view (lexicon/speech-verbs.generated.ts STANCE_VERBS)
    // a colon before a quotation ends the words: the quotation is a statement of its own; one before plain words does not
    [
      'a phrase before a colon and a quotation',
      'The mayor stressed the need for patience: “We will rebuild the bridge,” she said.',
      'the need for patience|The mayor|stressed',
    ],
    [
      'a clause with a colon and no quotation',
      'The mayor said the plan had one aim: the bridge would reopen.',
      'the plan had one aim: the bridge would reopen|The mayor|said',
    ],
    ['a stance verb with a phrase', 'The governor lamented the cuts to the school budget.', 'the cuts to the school budget|The governor|lamented'],
    ['a stance verb with a clause', 'The mayor speculated the bridge would open in May.', 'the bridge would open in May|The mayor|speculated'],
    [
      'a stance verb in its base form after its subject',
      'Most voters repudiate the new tolls on the bridge.',
      'the new tolls on the bridge|Most voters|repudiate',
    ],
    // a verb WordNet files outside saying, thinking and feeling that heads PolNeAR's cues as often (scripts/build-speech-verbs.mjs)
    ['a stance verb of social life', 'The governor embraced the proposal on Monday.', 'the proposal|The governor|embraced'],
    ['a stance verb of contact', 'Cruz lambasted the ruling.', 'the ruling|Cruz|lambasted'],
    // a conjunction or `still` after the verb is the clause's own word, no word of when to step over; must stay: a day is
    ['an adverb opening the clause', 'Smith said still more cuts would come.', 'still more cuts would come|Smith|said'],
    ['a day after the verb', 'Smith said Friday the plan had failed.', 'the plan had failed|Smith|said'],
  ])('%s', (_, text, ...want) => {
    expect(reported(text)).toEqual(want);
  });

  it.each([
    ['a verb of speech with no content', 'He said nothing.'],
    // a stance verb's base form after a modal or `to` reports nothing of its own
    ['a stance verb after a modal', 'The board will approve the new budget.'],
    ['a stance verb after to', 'The board met on Monday to approve the new budget.'],
    // `consider` is a view held now only: its past narrates
    ['a verb of judging in the past', 'The board considered the new budget.'],
    // must stay: a verb whose uses rarely head the gold's cues (`hire`: under a quarter of them) is no stance verb
    ['a verb that reports no view', 'The campaign hired a lawyer.'],
    // `and` after a stance verb coordinates another verb, whose words are no content of the first
    ['a stance verb coordinated with another verb', 'Fans booed and jeered him until he left.'],
    // a past form between a number or an adjective and a noun modifies the noun
    ['a past form after a number', 'Clinton has 270 pledged delegates at stake.'],
    // and one after an article's adverb, where a verb of holding would read it again
    ['a past form after an article and an adverb', 'Bavarian Nordic makes the only approved mpox vaccine.'],
    ['a past form after an article and an adverb, a stance verb', 'The newly identified emails included some deleted ones.'],
    // an object the cue takes, then a conjunction: a clause of its own follows, no content
    ['an object pronoun and a conjunction after a verb of belief', "My buddy Dave didn't believe me so I left the party."],
    // must stay: any other verb of saying reports a clause only
    ['a verb of saying with a phrase', 'Mary Jones said a few words.'],
    // must stay: a noun in -ing with no object after it is no gerund
    ['a noun in -ing and a comma', 'The mayor said funding, not cuts.'],
    // `say` as a noun after a determiner or an adjective: no verb
    ['a say, the noun', 'We have a say in this.'],
    ['the final say, the noun', 'He has the final say.'],
    // a pro-form is a verb of saying's only: a verb of stance with `so` reports nothing
    ['a pro-form after a verb of stance', 'The mayor hoped so.'],
    ['said in a relative that picks someone out', 'Voters who said so left early.'],
    ['which in a relative that picks something out', 'The plan which said taxes would rise failed.'],
    ['a phrase of one word that is no name', 'The senator praised it.'],
    ['one word outside a quotation', 'Smith said the “deal is dead.”'],
    ['a particle and one word', 'The mayor warned of trouble.'],
    ['a verb that reports a clause only, with a phrase', 'Clinton maintains a wide lead over Sanders.'],
    ['a verb of naming before a name', 'She now leads a program called Sandy Hook Promise.'],
    // a word of saying the tagger calls a noun after a preposition or a number is one (`states`, `claims`)
    ['a noun of saying after a number, then a relative that', 'Voters went to the polls in 15 states that have held caucuses.'],
    ['a noun of saying after a preposition, then a relative that', 'He did well in states that Republicans have not won since 1980.'],
    // a determiner `that` after an adjunct with no verb after its noun points at the noun
    ['said in that statement, no clause', 'The mayor spoke on Monday in that hall in Leeds.'],
    ['a headline after a label and a colon', 'The Latest: Cruz takes the lead in Iowa\n\nThe race goes on.'],
    ['a headline after a place and a colon', 'Syria: The agency recorded more than 40,000 displaced people\n\nThe count goes on.'],
    ['a colon inside a sentence', 'Donald Trump has one plan: Cruz takes the lead in Iowa.'],
    ['a verb of speech with no content, then a stop', 'Smith spoke to reporters and said little.'],
    ['an as-clause', 'The deal, as he said, is dead.'],
    ['an as-clause closing', 'The deal is dead, just as Smith said.'],
    // an `as` that compares reports nothing
    ['an as of comparison after same', 'The bridge looks the same as the mayor described it in May.'],
    // a verb's base form after a singular noun or name and before a finite verb heads that verb's subject
    ['a base form of saying as a compound noun before a verb', "Tesla's Cybertruck recall affects 46,000 vehicles."],
    // a verb of belief or finding right after an article is an adjective
    ['an estimated number', 'An estimated 35,000 people have been displaced.'],
    ['a proposed thing', 'Brussels is divided over the proposed EU-Turkey deal.'],
    ['a base form of saying as a compound noun before a modal', 'The State IG report could not corroborate the claims.'],
    ['an as of comparison after an adjective', 'The bridge is as old as the mayor claimed the tunnel was.'],
    ['said in a relative clause', 'The man who said it left the room.'],
    ['learned in a relative clause', 'Voters who learned the truth stayed home.'],
    ['a modal between a relative and its cue', 'Party leaders who can support the plan will vote in July.'],
    ['a negation between a relative and its cue', 'Party leaders who do not support the plan will vote in July.'],
    ['list as a noun', 'He has a long list of complaints about the plan.'],
    // its past narrates; after a modal, `to` or `you` it is no view
    ['a verb of perceiving in the past', 'I saw the mayor at the station.'],
    ['a verb of perceiving after a modal', 'We will see what happens next.'],
    ['you know as an aside', 'You know, the bridge is old.'],
    ['said in a relative clause, then a clause', 'Voters who said the economy mattered most backed Smith.'],
    // a participle set off by commas after a noun describes it; the predicate after it is the noun's
    ['a participle with a time, set off by commas', 'The plan, announced last week, would cut taxes.'],
    ['a chain of cues with no content', 'Smith said Jones told Brown said.'],
    ['a chain of cues, a name after the last', 'Smith said Jones told Brown said Smith.'],
    ['a quotation is a direct quote, not a reported one', '“The talks stalled,” officials said.'],
    ['a quotation after the cue', 'Smith said: “The talks stalled.”'],
    // a cue governing a quotation reports the quote, not the words after it
    ['a quotation, its cue and a participle', '“We will win,” Smith said, crediting the volunteers who knocked on doors.'],
    ['a scare quote', 'The so-called “deal” was never signed.'],
    ['a noun, not a cue', 'The state of the talks was grim.'],
    ['a that-clause after `is`', 'The trouble is that the bridge is old.'],
    ['a noun before a relative `that`', 'The claim that he made was false.'],
    // a noun after capitalised words no entity covers heads their compound ("states" of the Rust Belt)
    ['a plural noun after a name that is no speaker', 'Voters in the Rust Belt states backed Trump in November.'],
    ['a verb of seeming with no state', 'The mayor appeared on the evening news.'],
    ['a verb of seeming after a relative, with no state', 'The man who seemed to the crowd a hero left.'],
    // a relative pronoun as what seems: the antecedent's look, no statement (a passive of belief after one stands, above)
    ['a verb of seeming after a relative pronoun', 'Every set of talks that appear to be nearing a deal has failed.'],
    ['an adverb of report before no verb', 'The mayor was reportedly in Leeds on Monday.'],
    ['a likeness after a verb of looking, no seeming', 'The mayor looked like her mother.'],
    // a bare form of finding reports a clause, not a phrase; `given that` is a conjunction
    ['a verb of finding with a phrase', 'Engineers will find a way.'],
    // a verb of finding with an object and what describes it: a thing found, no clause
    ['a verb of finding, an object and its relative', 'Graduates often cannot find jobs that pay well.'],
    ['a verb of finding, a reflexive and a place', 'The party may find itself in trouble next year.'],
    // a word of saying that is mostly a plural noun, before a relative `that` or a verb
    ['a plural noun of saying before a relative', 'Rust Belt states that have lost jobs voted for him.'],
    ['a plural noun of saying before a verb', 'The Rust Belt states went to Trump by a few votes.'],
    ['given that', 'Given that the bridge is old, the repairs will cost more.'],
    ['a question with nothing asked', 'When asked, the mayor left the room.'],
    ['a verb of asking with nothing asked', 'The judge ordered it.'],
    // a verb of reference without its particle reports nothing
    ['a verb of reference without its particle', 'The mayor talked to the crowd for an hour.'],
    ['a stance verb without its particle', 'The mayor spoke to the crowd for an hour.'],
    ['a verb of siding without its particle', 'The mayor sided.'],
    ['a verb of saying, then a year', 'The mayor spoke in 2010.'],
    ['a number and a plural noun of saying', 'The band played 10 shows.'],
    ['a show after a name is no finding', 'The TV show Smith hosts is popular.'],
    ['an opening In before a place', 'In Leeds, a poll of voters is rare.'],
    // a singular word of saying the tagger calls a noun after a possessive or a name names a thing
    ['a noun of saying after a possessive', "The mayor, who is running in his state's primary, left the city on Monday."],
    ['a noun of saying after a name', 'The Reuters report on the bridge ran to ten pages.'],
    // a possessive pronoun makes the plural after it a noun, as it does a singular
    ['a plural noun of saying after a possessive pronoun', 'Her remarks came hours before the decision.'],
    // an attack by an armed force, or on a place or a site, is no stance (lexicon/reported.ts PHYSICAL_SENSES)
    ['an armed force attacks', 'Russian forces attacked the city overnight.'],
    ['jets pound positions', 'Israeli jets pounded positions in southern Lebanon.'],
    ['an armed force defends a town', 'Kurdish forces defended Kobani against the siege.'],
    ['an attack on a site', 'The men attacked a police station in Kabul on Monday.'],
    ['an attack on the people it hits', 'The Islamic State continued to attack civilians in Nineveh.'],
    ['an attack on a country', 'Smith met Jones. Russia attacked Ukraine in February 2022.'],
    // an attack after an article and a place's or a date's words is the event (reported/cues.ts eventNoun)
    ['the event after a place', 'After the Paris attacks the city closed its schools.'],
    ['the event after a date', 'The shooting followed the Dec. 2 attack that left 14 people dead.'],
    // a participle right before `by` is passive: the phrase after it is its agent, not what it reports
    ['a passive participle and its agent', 'Government forces, supported by the Russian Air Force, advanced towards the town.'],
    ['a passive participle after a noun', 'The meeting, requested by Sanders, was held in the Capitol.'],
    // `ensure` takes a that-clause and says nothing (lexicon/belief.ts NOT_REPORTING)
    ['a that-clause after ensure', 'The union has ensured that a room at each casino is open for employees.'],
    // `add to` before a determiner is to make more (lexicon/belief.ts OTHER_SENSE_LEMMAS)
    ['add to before a possessive', 'Hillary Clinton won in North Carolina, adding to her run of victories in the South.'],
    // must stay: the same before an article
    ['add to before an article', 'The attempts only added to the picture of a campaign in chaos.'],
  ])('none: %s', (_, text) => {
    expect(reported(text)).toEqual([]);
  });

  it('words a direct quotation holds are not listed again as a statement', () => {
    const text =
      'Jane Doe spoke. She said fathers would not be eligible, and when pressed on why the plan leaves out dads, the 34-year-old mother of three replied, "It is meant to benefit every parent."';
    const quotes = extractor.extract(text).quotes;
    expect(quotes.filter((q) => q.text.startsWith('"It is meant')).map((q) => q.kind)).toEqual(['direct']);
  });

  it('a quoted question ends what a cue before it reports: its own reporting clause follows', () => {
    const text = 'Officials believe Moscow is behind it, but Moscow strongly denies — “why wouldn’t you want to check?” asked Jane Doe, a strategist.';
    expect(reported(text)).toEqual(['Moscow is behind it|Officials|believe']);
    const quote = extractor.extract(text).quotes.find((q) => q.kind !== 'indirect');
    expect([quote?.speaker?.name, quote?.cue?.text]).toEqual(['Jane Doe', 'asked']);
  });

  it('a quotation inside reported words stays its own partial quote, under the same cue', () => {
    const text = 'Manafort said Trump had “several ways” of reaching the number.';
    const quotes = extractor.extract(text).quotes;
    const partial = quotes.find((q) => q.kind === 'partial');
    const indirect = quotes.find((q) => q.kind === 'indirect');
    expect(partial?.text).toBe('“several ways”');
    expect(indirect?.text).toBe('Trump had “several ways” of reaching the number');
    expect(indirect?.cue).toEqual(partial?.cue);
    expect(indirect!.start <= partial!.start && partial!.end <= indirect!.end).toBe(true);
  });

  it.each([
    ['a cue with its particle', 'The senator called for more “flexibility” for the advisers.', 'called for'],
    // read from no cue, it takes the cue of the statement its words lie in
    ['a quote read from no cue', 'Smith is questioning whether the mayor would have attended the service “if it were held in a mosque.”', 'questioning'],
    // must stay: a partial quote read from another cue keeps its own
    ['a cue of its own', 'Smith said Jones called the plan “a disaster” on Monday.', 'called'],
  ])('a partial quote inside reported words shares their cue: %s', (_, text, cue) => {
    const quotes = extractor.extract(text).quotes;
    expect(quotes.find((q) => q.kind === 'partial')?.cue?.text).toBe(cue);
  });

  it.each([
    // it names no speaker: the statement's is its own
    ['the statement’s speaker', 'Smith is questioning whether the mayor would have attended the service “if it were held in a mosque.”', 'Smith'],
    // must stay: a speaker of its own is kept
    ['a speaker of its own', 'Smith said Jones called the plan “a disaster” on Monday.', 'Jones'],
  ])('a partial quote inside reported words has a speaker: %s', (_, text, speaker) => {
    const quotes = extractor.extract(text).quotes;
    expect(quotes.find((q) => q.kind === 'partial')?.speaker?.name).toBe(speaker);
  });

  // a scare-looking quote inside a statement's words is part of what the statement reports, with reported statements listed or not
  it.each([
    ['a term inside a that-clause', 'John Smith thought some of the “Neocons For Hillary” buzz was artificial.', 'partial|thought|John Smith'],
    // a show named as the listener is no part of the words reported
    ['a show as the listener', 'John Smith told ABC’s “Good Morning America” that the deal was dead.', 'scare||'],
    ['a modifier inside a reported clause', 'John Smith believes the mayor ran a “sham” inquiry into the fire.', 'partial|believes|John Smith'],
    // a speaker the article does not name still says the words: a role, a source, a finding
    [
      'a term in what a role determined',
      'A federal judge determined that the handling had created a “reasonable suspicion” of misuse.',
      'partial|determined|A federal judge',
    ],
    [
      'a term in what analysts found',
      'Two military analysts found in 2014 that the air force is “the best in the world” by far.',
      'partial|found|Two military analysts',
    ],
    ['a term in what a group thought', 'Some students thought the ruling offered a “fabulous” deal to the college.', 'partial|thought|Some students'],
    // must stay: a document or a finding is no one who holds words
    ['a term in what a finding showed', 'The results also showed that voters saw the “establishment” label as a weakness.', 'scare||'],
    [
      'a term in what a source says',
      'A source familiar with the ad says the group is spending “substantial” funds to air it.',
      'partial|says|A source familiar with the ad',
    ],
    // must stay: a term in a sentence that reports nothing
    ['a term with no statement', 'Some of the “Neocons For Hillary” buzz was artificial.', 'scare||'],
    // must stay: a statement that names no speaker gives its words to nobody
    ['a statement with no speaker', 'In the end, it seems many believe the “Neocons For Hillary” buzz was artificial.', 'scare||'],
  ])('a quote inside reported words: %s', (_, text, want) => {
    for (const ex of [extractor, off]) {
      const q = ex.extract(text).quotes.find((x) => x.kind !== 'indirect');
      expect(`${q?.kind}|${q?.cue?.text ?? ''}|${q?.speaker?.name ?? ''}`).toBe(want);
    }
  });

  it('quotes come in text order, indirect statements with ids of their own', () => {
    const text = '“We will win,” Smith said. Jones said the vote was rigged.';
    const quotes = extractor.extract(text).quotes;
    expect(quotes.map((q) => `${q.id}:${q.kind}`)).toEqual(['q1:direct', 'r1:indirect']);
  });

  it('reported: false lists quotations only', () => {
    const text = 'Netanyahu said Israel would not withdraw. “We will stay,” he said.';
    expect(off.extract(text).quotes.map((q) => q.kind)).toEqual(['direct']);
    expect(extractor.extract(text).quotes.map((q) => q.kind)).toEqual(['indirect', 'direct']);
  });

  // a headline's label before its colon names who says the rest (quotes/reported/label.ts)
  it.each([
    [
      'a person the story names',
      'Sanders: Clinton needs to get away from personality politics.\n\nBernie Sanders spoke in Iowa on Monday.',
      'Clinton needs to get away from personality politics|Bernie Sanders|:',
    ],
    [
      'a source’s word',
      'Poll: Clinton and Trump in dead heat heading into the debate.\n\nA new poll shows a tie.',
      'Clinton and Trump in dead heat heading into the debate|Poll|:',
    ],
    [
      'a label saying to whom',
      'Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.\n\nHillary Clinton spoke on Friday.',
      'Trump will reverse Roe v. Wade|Hillary Clinton|:',
    ],
    // must stay: a heading's label, a label holding a verb, a colon line with no story under it
    ['a heading’s label', 'The Latest: Trump urges supporters to monitor polling places.\n\nDonald Trump spoke on Monday.'],
    ['a label holding a verb', 'Carly Fiorina Endorses Ted Cruz: The Race Is Over.\n\nCarly Fiorina spoke on Monday.'],
    ['no story under the line', 'Sanders: Clinton needs to get away from personality politics.'],
  ])('%s', (_, text, ...want) => {
    expect(reported(text).filter((r) => r.endsWith('|:'))).toEqual(want);
  });

  // the speaker of a title-case headline is left to the speaker rules: the tagger may join the name with the words after it
  it.each([
    ['a headline in title case', 'Jane Smith Says The Bridge Is Unsafe.\n\nThe engineer spoke on Monday.', 'The Bridge Is Unsafe|Says'],
    ['a title with lower-case words is no headline', 'The Man Who Says No is a new film about the mayor of Leeds.\n\nIt opens on Monday.'],
  ])('%s', (_, text, ...want) => {
    const got = extractor
      .extract(text)
      .quotes.filter((q) => q.kind === 'indirect')
      .map((q) => `${q.text}|${q.cue?.text ?? ''}`);
    expect(got).toEqual(want);
  });

  // words that hold the phrase naming their speaker before any verb of theirs are the reporting clause's subject (reported/index.ts namesItsSpeaker)
  it.each([
    [
      'a name, an appositive with a relative clause, then the cue',
      'Corey Lewandowski, a Manafort rival whom Trump fired as campaign manager a few weeks ago, said on CNN, where he is now a paid contributor, that Manafort should be held to account.',
      'Corey Lewandowski',
    ],
    [
      'a title, a name and a relative clause',
      'Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, said the Khan family deserved better.',
      'Gov. John Kasich',
    ],
  ])('the subject is no statement: %s', (_, text, subject) => {
    expect(reported(text).filter((r) => r.startsWith(subject))).toEqual([]);
  });

  it('a statement without a speaker keeps its cue', () => {
    const [q] = extractor.extract('In the end, it seems many believe the vote was rigged.').quotes.filter((x) => x.kind === 'indirect');
    expect(q?.text).toBe('the vote was rigged');
    expect(q?.cue?.text).toBe('believe');
  });
});

describe('sentences a party-and-state label broke', () => {
  const sentences = (text: string) => joinLabelBreaks(buildDocument(text)).sentences.map((x) => text.slice(x.start, x.end));
  it('a label set off by commas holds its sentence together', () => {
    expect(sentences('Sen. Lindsey Graham, R-S.C., said the bill was dead. It was.')).toEqual([
      'Sen. Lindsey Graham, R-S.C., said the bill was dead.',
      'It was.',
    ]);
  });
  // must stay: a label closing its sentence before a name leaves the next sentence its own
  it('a sentence after a label at its end stays its own', () => {
    const doc = buildDocument('He met Sen. Lindsey Graham, R-S.C. Smith, an aide, said the bill was dead.');
    expect(joinLabelBreaks(doc)).toBe(doc);
  });
});
