import { extract } from '../src';
import { quotesOf, SIEVE_NAMES, type EntitySpec } from './quotes-helpers';
import { verbForms } from '../src/lexicon/speech';

const SMITH: EntitySpec = { id: 'p1', name: 'John Smith', forms: ['John Smith', 'Smith'], gender: 'male', roles: ['minister'] };
const JONES: EntitySpec = { id: 'p2', name: 'Mary Jones', forms: ['Mary Jones', 'Jones'], gender: 'female', roles: ['senator'] };
const ACME: EntitySpec = { id: 'o1', name: 'Acme', type: 'organization' };
const LABOR: EntitySpec = { id: 'o2', name: 'Labor Department', type: 'organization' };
const ALL = [SMITH, JONES, ACME, LABOR];

/** the last quote's speaker as `name|form|sieve|cue` */
function who(text: string): string {
  const q = quotesOf(text, ALL).quotes.at(-1);
  if (!q?.speaker) return 'none';
  return `${q.speaker.name}|${q.speaker.form}|${q.speaker.sieve}|${q.cue?.text ?? ''}`;
}

describe('speaker sieves', () => {
  it.each([
    // cue-after
    ['X said after', '“We will win,” Smith said.', 'John Smith|name|cue-after|said'],
    ['said X after', '“We will win,” said Mary Jones.', 'Mary Jones|name|cue-after|said'],
    ['according to after', '“We will win,” according to a senior official.', 'a senior official|anonymous|cue-after|according to'],
    ['X told after', '“We will win,” Smith told reporters.', 'John Smith|name|cue-after|told'],
    ['appositive chain', '“We will win,” Smith, the minister, said.', 'John Smith|name|cue-after|said'],
    ['organisation', '“We deny it,” Acme said in a statement.', 'Acme|name|cue-after|said'],
    ['name not an entity', '“We will win,” Peter Brown said.', 'Peter Brown|name|cue-after|said'],
    ['anonymous sources', '“It is over,” officials said.', 'officials|anonymous|cue-after|said'],
    [
      'a source with what describes it',
      '“We are close,” according to a source close to the talks.',
      'a source close to the talks|anonymous|cue-after|according to',
    ],
    ['people familiar with the matter', '“It is over,” said people familiar with the matter.', 'people familiar with the matter|anonymous|cue-after|said'],
    ['no postmodifier after a named speaker', '“It is over,” said Smith in Washington.', 'John Smith|name|cue-after|said'],
    ['a participle after the quote opens no speaker phrase', '“It is over,” promising the group will return to its roots.', 'none'],
    ['a phrase after the quote before any verb closing the clause', '“It is over,” the group fumed on Monday.', 'the group|nominal|cue-after|fumed'],
    // a verb and its particle of answering, inverted before a name (quotes/sieves/cue-after.ts invertedFrame)
    ['an answering verb inverted before a name', '“It is not true,” shot back Mary Jones.', 'Mary Jones|name|cue-after|shot back'],
    // cue-before
    ['X said colon', 'Smith said: “We will win.”', 'John Smith|name|cue-before|said'],
    ['a day between the subject and its verb', 'Smith later Thursday told reporters: “We will win.”', 'John Smith|name|cue-before|told'],
    [
      'an auxiliary and a negation before a coordinated verb',
      'Smith did not name anyone, but told the crowd, “we will win.”',
      'John Smith|name|cue-before|told',
    ],
    ['a gerund is no auxiliary', 'The trick is being “strong” on paper.', 'none'],
    [
      'any verb with `back` right before the comma answers',
      'After Jones criticized the plan, Smith shot back, “We will win anyway.”',
      'John Smith|name|cue-before|shot',
    ],
    ['and before the colon', 'Asked about the vote, Jones fired back: “We will win anyway.”', 'Mary Jones|name|cue-before|fired'],
    [
      'an adverb between the particle and the colon',
      'When Jones suggested a deal, Smith fired back forcefully: “We will win anyway.”',
      'John Smith|name|cue-before|fired',
    ],
    ['and before the comma', 'Smith shot back angrily, “We will win anyway.”', 'John Smith|name|cue-before|shot'],
    ['a thing before `back` answers nothing', 'The report came back, “We will win anyway.”', 'none'],
    ['nor with an adverb after the particle', 'The report came back quickly, “We will win anyway.”', 'none'],
    ['a day as the subject names nobody', 'Thursday told a different story: “We will win.”', 'none'],
    ['partial after that', 'Jones said the two sides share “common values and interests.”', 'Mary Jones|name|cue-before|said'],
    // turn-label
    ['transcript turn', '"SMITH: We will win this one.', 'John Smith|name|turn-label|SMITH'],
    ['an unknown label is still the speaker', '"WALLACE: Will you win this one?', 'WALLACE|name|turn-label|WALLACE'],
    // speech-noun
    ['possessive claim', 'Critics seized on Smith’s claim that there have been “thousands of shootings” there.', 'John Smith|name|speech-noun|claim'],
    ['subject of the verb before the noun', 'Smith has used the phrase “radical change” often.', 'John Smith|name|speech-noun|phrase'],
    [
      'nouns and compounds between the possessor and the noun',
      'Jones’s recent evidence-free campaign assertion that “millions” voted twice.',
      'Mary Jones|name|speech-noun|assertion',
    ],
    ['a copula and a colon set off what the noun was', 'Smith’s response was: “We will win this one.”', 'John Smith|name|speech-noun|response'],
    // the nominalisations of the news speech verbs (WordNet noun.communication) that name an act of saying
    ['a suggestion is said', 'Smith’s suggestion that she was “likable enough” drew laughter.', 'John Smith|name|speech-noun|suggestion'],
    ['a remark is said', 'Jones’s remark that the bill was “dead on arrival” stung.', 'Mary Jones|name|speech-noun|remark'],
    // must stay: a noun of a thing, no saying, governs nothing
    ['a book is no saying', 'Smith’s book that critics found “likable enough” sold well.', 'none'],
    ['a colon after no copula sets off nothing', 'Smith’s response came later: “We will win this one.”', 'none'],
    // characterise and cue-later
    ['cast as', 'Smith openly admires Jones as a “strong leader,” comparing her to others.', 'John Smith|name|characterise|admires'],
    ['cast as, ing verb', 'Smith has been steadily painting Jones as a “con artist” this year.', 'John Smith|name|characterise|painting'],
    ['passive cast as hides the speaker', 'It is being criticized as a “use it or lose it” approach.', 'none'],
    ['comma-set cue later', 'A cashier who “steals a handful of coins” is held accountable, Jones said.', 'Mary Jones|name|cue-later|said'],
    ['as X put it', 'The rule requires a “lawful source of income,” as Smith put it.', 'John Smith|name|cue-later|put'],
    // coordinate
    ['coordinated with an attributed quote', 'Jones went after the mayor as a “human leech” and a “spoiled brat.”', 'Mary Jones|name|coordinate|went'],
    ['a passive verb’s agent speaks', 'The bill was described by Jones as a “disaster” for the region.', 'Mary Jones|name|cue-before|described'],
    ['a progressive verb is active', 'Smith is promising lower taxes and “jobs, jobs, jobs,” but little else.', 'John Smith|name|cue-before|promising'],
    ['a possessor is not the speaker', '“We will win,” Smith’s campaign said.', 'Smith’s campaign|nominal|cue-after|said'],
    ['a name before a plural head only says whose', '“Lock her up,” Smith supporters chanted.', 'Smith supporters|anonymous|cue-after|chanted'],
    ['a description’s head comes before its preposition', '“We will win,” the son of John Smith said.', 'the son of John Smith|nominal|cue-after|said'],
    ['a titled name keeps what follows it', '“We will win,” Sen. Mary Jones of Ohio said.', 'Mary Jones|name|cue-after|said'],
    ['a name before a singular head still speaks', '“We will win,” the Acme campaign said.', 'Acme|name|cue-after|said'],
    [
      'a participle’s object is not the subject',
      'Protesters marching through the streets chanted “What curfew?” and kept going.',
      'Protesters|nominal|cue-before|chanted',
    ],
    [
      'a finite verb before a preposition is no participle',
      'Critics are seizing on Smith’s claim that there have been “thousands of shootings” there.',
      'John Smith|name|speech-noun|claim',
    ],
    ['anonymous officials with a participle', '“It is over,” officials speaking on condition of anonymity said.', 'officials|anonymous|cue-after|said'],
    ['a noun before a preposition is no cue', 'Acme rated 32% of Democratic claims as “false” last year.', 'Acme|name|cue-before|rated'],
    ['a description with the name in apposition', 'The senator, Mary Jones, said the talks were “at a delicate stage.”', 'Mary Jones|name|cue-before|said'],
    [
      'a name at the end of a longer appositive is not the subject',
      'Acme, the company run by Mary Jones, said it would “fight on.”',
      'Acme|name|cue-before|said',
    ],
    ['infinitive leans on the actor', 'Jones took to Twitter to accuse Acme of being “duped.”', 'Mary Jones|name|cue-before|accuse'],
    [
      'a long appositive clause',
      'Mary Jones, who runs the get-out-the-vote effort for the party’s military veterans’ families, said, “We will win.”',
      'Mary Jones|name|cue-before|said',
    ],
    [
      'an abbreviated title after the verb',
      '“We will win,” said the Rev. Peter Wherry, of the church. “And soon, before the end.”',
      'the Rev. Peter Wherry|name|continuation|said',
    ],
    ['participle', 'Acme published a note claiming “the deal is dead.”', 'Acme|name|cue-before|claiming'],
    ['according to before', 'According to a spokesperson, “the talks failed.”', 'a spokesperson|anonymous|cue-before|According to'],
    // pronouns and nominals
    ['he resolves by gender', 'Smith met Jones. “We will win,” he said.', 'John Smith|pronoun|cue-after|said'],
    ['she resolves by gender', 'Jones met Smith. “We will win,” she said.', 'Mary Jones|pronoun|cue-after|said'],
    ['the minister resolves by role', 'Smith met Jones. “We will win,” the minister said.', 'John Smith|nominal|cue-after|said'],
    ['unknown role kept as written', 'Smith met Jones. “We will win,” the chef said.', 'the chef|nominal|cue-after|said'],
    // a title's words before its head narrow whom it fits: a minister is no prime minister
    ['a narrower title is kept as written', 'Smith met Jones. “We will win,” the prime minister said.', 'the prime minister|nominal|cue-after|said'],
    // must stay: a possessor before the head says whose, and narrows nothing
    ['a possessor before the role', 'Smith met Jones. “We will win,” the senator’s minister said.', 'John Smith|nominal|cue-after|said'],
    // colon-intro, credit-line, continuation, previous-sentence
    ['colon-intro', 'Smith continued:\n\n“We will win.”', 'John Smith|name|colon-intro|continued'],
    ['colon-intro in the paragraph', 'Asked about the vote, Smith resisted: “We will win.”', 'John Smith|name|colon-intro|resisted'],
    ['a colon after no actor introduces nobody', 'The hall had one banner: “We will win.”', 'none'],
    // a form of be or have that is its clause's only verb introduces the quote as any verb does; must stay: one before a verb, or with no actor
    ['colon-intro: be, its clause’s only verb', 'Smith was not happy: “We will win.”', 'John Smith|name|colon-intro|was'],
    ['colon-intro: have, its clause’s only verb', 'Smith had a message for critics: “We will win.”', 'John Smith|name|colon-intro|had'],
    ['a colon after be and no actor introduces nobody', 'The banner was clear: “We will win.”', 'none'],
    [
      'colon-intro: the verb nearest the colon, not one in an opening clause',
      'When Jones left the party in May, Smith released the following statement: “We will miss her.”',
      'John Smith|name|colon-intro|released',
    ],
    ['credit-line', '“We will win.” ― Mary Jones\n\nNext.', 'Mary Jones|name|credit-line|―'],
    ['a credit line of its own', 'Next.\n\n“We will win.”\n\n- Mary Jones, speaking in Ohio.\n\nMore.', 'Mary Jones|name|credit-line|-'],
    [
      'a pull quote credited inside its closing mark',
      'Next.\n\n"We will win this fight, whatever it takes.\nMary Jones, Center for Policy Research."\n\nMore.',
      'Mary Jones|name|credit-line|"',
    ],
    // must stay: a line with a verb after an open quote credits nobody
    ['a sentence after a pull quote is no credit', 'Next.\n\n"We will win this fight, whatever it takes.\nMary Jones left the room."\n\nMore.', 'none'],
    ['a dashed line saying more is no credit', 'Next.\n\n“We will win.”\n\n- Jones won Ohio.\n\nMore.', 'none'],
    // in one paragraph the cue governs both pieces (one statement); a new paragraph carries the speaker only
    ['continuation same paragraph', '“We will win,” Smith said. “And soon.”', 'John Smith|name|continuation|said'],
    ['continuation next paragraph', '“We will win,” Smith said.\n\n“And we will do it soon, before the year is out.”', 'John Smith|name|continuation|'],
    ['open paragraph continues', 'Smith said: “We will win.\n\n“And soon, before the end of the year.”', 'John Smith|name|continuation|'],
    ['previous-sentence', 'Smith said on Monday he was confident. “We will win this one, and soon.”', 'John Smith|name|previous-sentence|said'],
    [
      'continuation past a cue inside the reporting clause’s relative',
      '“We will win,” said Mary Jones, who has often been the target of his attacks. “And soon.”',
      'Mary Jones|name|continuation|said',
    ],
    [
      'continuation past a cue in the reporting clause’s participle',
      '“We will win,” Smith said, referencing a group called Acme.\n\n“And we will do it soon, before the year is out.”',
      'John Smith|name|continuation|',
    ],
    [
      'a cue in a later sentence breaks continuation: that sentence introduces the quote',
      '“We will win,” Smith said. Jones then told reporters he was wrong. “Nobody believes it.”',
      'Mary Jones|name|previous-sentence|told',
    ],
    [
      'continuation past a party-and-state note',
      '“We will win,” said Rep. Mary Jones (D-N.C.), head of the caucus. “And soon, before the end.”',
      'Mary Jones|name|continuation|said',
    ],
  ])('%s', (_, text, want) => {
    expect(who(text)).toBe(want);
  });

  it.each([
    ['no cue at all', 'The weather was fine.\n\n“We will win this one, and soon, and well.”'],
    ['a new person after the quote breaks continuation', '“We will win,” Smith said.\n\nJones arrived later.\n\n“Nobody believes the story about the bridge.”'],
    ['a name after a dash but more words on the line', '“We will win.” ― Mary Jones, who left early, and others agreed.'],
    ['a colon with no cue', 'The list:\n\n“We will win.”'],
    ['words before the verb that are not a speaker', '“We will win,” in the end everyone said.'],
    ['a later quote not joined by a conjunction', 'Jones went after the mayor as a “human leech” in May, then left the “final” draft.'],
    ['an as-clause with no reporting verb', 'The rule requires a “lawful source of income,” as Smith left.'],
    ['a passive verb before a speech noun', 'Smith was greeted with chants of “Bobby!” at the hall.'],
    ['a colon after a mixed-case word is no turn label', '"Look: we will win this one and the next.'],
    ['a passive verb hides who speaks', 'The bill was described as a “disaster” for the region.'],
    ['telling whether is no saying', 'It was too early to tell whether there was “no evidence” of a plot.'],
    ['the cue belongs to another sentence', 'Smith said nothing.\n\nThe banner in red showed “We will win” to all.'],
  ])('no speaker when %s', (_, text) => {
    expect(who(text)).toBe('none');
  });

  // quotes/sieves/cue-after.ts subjectOfAuxiliary: a phrase and an auxiliary after the cue are the reported clause's subject
  it.each([
    [
      'a quotation a cue takes, then a cue reporting a clause',
      'Jones, citing “the magic of the moment,” said the minister could win.',
      'Mary Jones|name|cue-before|citing',
    ],
    [
      'must stay: a participle after the speaker after the cue',
      '“It is over,” said the base chief known as Bob, speaking in public.',
      'the base chief known as Bob|nominal|cue-after|said',
    ],
  ])('the quotation’s speaker when %s', (_, text, want) => {
    const q = quotesOf(text, ALL).quotes.find((x) => x.kind !== 'indirect');
    expect(q?.speaker ? `${q.speaker.name}|${q.speaker.form}|${q.speaker.sieve}|${q.cue?.text ?? ''}` : 'none').toBe(want);
  });

  it.each([
    // a quotation inside a clause belongs to the cue before it; a verb after it that takes a clause of its own reports that clause
    [
      'a cue after a quotation inside a clause, with a clause of its own',
      'But even as Jones claimed on Tuesday that “the deal was fair,” one of the lawyers said the two cases were different.',
      'Mary Jones|name|cue-before|claimed',
    ],
    ['a sentence-final quote keeps the cue before it', 'Jones said “the question is the timing.” Smith said it was fine.', 'Mary Jones|name|cue-before|said'],
    ['a comma-final quote takes the cue after it', 'Jones left. “We will win,” Smith said, and she agreed.', 'John Smith|name|cue-after|said'],
    [
      'a nickname and an abbreviated title inside the speaker',
      '“We will win!” Jones’s niece, state Del. Marcia “Cia” Price (D-Va.), shouted to the crowd.',
      'Jones’s niece|nominal|cue-after|shouted',
    ],
    [
      'only a verb of saying puts its speaker after it',
      'Jones said Smith once described the deal as “the gold standard” of trade deals.',
      'John Smith|name|cue-before|described',
    ],
    [
      'a participle opening an adverbial clause leans on the main subject',
      'After saying her foot was “so swollen I could barely walk,” she was taken away.',
      'she|pronoun|cue-before|saying',
    ],
    ['a participle with no clause opener has no subject after it', 'Saying her foot was “so swollen I could barely walk,” the report was filed.', 'none'],
    [
      'a thing subject inside what someone said gives way',
      'Smith said the spate of shootings and protests demands that all engage in “more listening.”',
      'John Smith|name|cue-before|said',
    ],
    ['an unnamed source keeps its own verb', 'Smith said a source told him the deal was “dead on arrival.”', 'a source|anonymous|cue-before|told'],
    // a cue in an adverbial clause governs nothing after the comma that closes it (quotes/sieves/cue-before.ts
    // inAdverbialClause); must stay: a thing inside what an earlier cue reports, the clause opened after that cue
    [
      'a cue in an adverbial clause gives way to the main clause’s',
      'When Smith said the race was over, a man yelled “Stay there!”',
      'a man|nominal|cue-before|yelled',
    ],
    [
      'a cue in an adverbial clause after a conjunction gives way too',
      'The crowd booed, and when Smith thanked them and said it was over, the protesters chanted “Not yet!”',
      'the protesters|nominal|cue-before|chanted',
    ],
    [
      'a thing inside what an earlier cue reports, after an adverbial clause',
      'Smith said that as prices rose, the committee warned of “grave risks.”',
      'John Smith|name|cue-before|said',
    ],
    [
      'a colon after a second cue introduces that cue’s quotation, not the first',
      '“If she wins, nothing can be done,” Smith said before adding: “Though maybe there is.”',
      'John Smith|name|cue-after|said',
    ],
    ['a colon right after the cue introduces the next quotation', '“We will see,” Smith said: “It is over.”', 'none'],
    ['a verb of saying under a modal tells of nothing said', 'Jones said voters will say “no” to the plan.', 'Mary Jones|name|cue-before|said'],
    ['a verb of saying in an infinitive', 'Smith said Jones was right to urge members “to stand up and be active.”', 'John Smith|name|cue-before|said'],
    [
      'not across a clause the reporting verb does not govern',
      'While Smith says it is true, Jones will tell voters it is “a scandal.”',
      'Mary Jones|name|cue-before|tell',
    ],
    [
      'a thing is still the speaker when nobody else is',
      'In effect, the law demands that all engage in “more listening.”',
      'the law|nominal|cue-before|demands',
    ],
    [
      'a word hyphened into a compound is no cue',
      'Jones lauded Smith in her state-of-the-state address for his “new ideas.”',
      'Mary Jones|name|cue-before|lauded',
    ],
    [
      'an organisation qualifying a title gives way to the titled person',
      'Acme Chief Executive Mary Jones has been pounding the plan as a “con job” all year.',
      'Mary Jones|name|cue-before|pounding',
    ],
    [
      'a verb coordinated with an earlier one shares its subject',
      'Smith beamed and asked the crowd to welcome “my new best friend.”',
      'John Smith|name|cue-before|asked',
    ],
    ['a sentence’s capitalised article opens a description, no name', 'The company said: “We regret the delay.”', 'The company|nominal|cue-before|said'],
    ['an article and a number describe who', 'The two said: “We regret the delay.”', 'The two|nominal|cue-before|said'],
    ['a body described is the latest organisation named', 'Acme cut prices. “We regret the delay,” the company said.', 'Acme|nominal|cue-after|said'],
    ['a company described by its business', 'Acme cut prices. The carmaker said: “We regret the delay.”', 'Acme|nominal|cue-before|said'],
    ['a body described, no organisation named before', 'Prices fell. “We regret the delay,” the company said.', 'the company|nominal|cue-after|said'],
    // the head word of a body's name describes it, though another body was named since
    [
      'a body described by its name’s head word is that body',
      'The Labor Department ruled. Acme objected. “We are reviewing it,” the department said.',
      'Labor Department|nominal|cue-after|said',
    ],
    // must stay: an article before a capitalised name is part of the name
    ['an article before a name', 'The Clarion said: “We regret the delay.”', 'The Clarion|name|cue-before|said'],
    [
      'a verb coordinated after what a cue reports shares the cue’s subject',
      'Smith said Jones would win but vowed “never to quit.”',
      'John Smith|name|cue-before|vowed',
    ],
    [
      'not across the comma closing what an earlier cue reports',
      'After Smith criticized the plan, Jones voted for it but vowed “never again.”',
      'Mary Jones|name|cue-before|vowed',
    ],
    [
      'a relative clause gives way to the name it describes',
      'Smith, whose town is sinking, argues that the plan will “ruin us.”',
      'John Smith|name|cue-before|argues',
    ],
    ['a phrase opened by of after the verb speaks nothing', '“We will lose,” warned of the tough fight ahead.', 'none'],
    ['a broken quote keeps the cue between its halves', '“We will win,” Smith said, “and we will.”', 'John Smith|name|cue-after|said'],
    ['a cue ending in a colon introduces the next quote', 'The talks ended. “We will win.” Smith said: “They will lose.”', 'none'],
    ['no verb before the conjunction, no shared subject', 'Salt and vowed “never again” too.', 'none'],
    ['the writer’s first person names no entity', 'Smith drove. I laughed and said, “I don’t believe in it.”', 'I|pronoun|cue-before|said'],
    ['an organisation acting stays the speaker', 'Acme has been pounding the plan as a “con job” while Jones watched.', 'Acme|name|cue-before|pounding'],
  ])('first quote: %s', (_, text, want) => {
    const q = quotesOf(text, ALL).quotes[0];
    expect(q?.speaker ? `${q.speaker.name}|${q.speaker.form}|${q.speaker.sieve}|${q.cue?.text ?? ''}` : 'none').toBe(want);
  });
});

describe('a nested quote’s speaker is read inside the enclosing quote', () => {
  /** the first nested quote of the first quote as `name|form|sieve|cue` */
  const nestedWho = (text: string) => {
    const n = quotesOf(text, ALL).quotes[0]?.nested[0];
    if (!n?.speaker) return 'none';
    return `${n.speaker.name}|${n.speaker.form}|${n.speaker.sieve}|${n.cue?.text ?? ''}`;
  };
  it.each([
    ['a cue before it inside the quote', '“Smith told me, ‘We will win this one,’ and I believed him,” Jones said.', 'John Smith|name|cue-before|told'],
    ['a cue after it inside the quote', '“And, ‘We will win this one,’ Smith said. I believed him,” Jones said.', 'John Smith|name|cue-after|said'],
    [
      'the first person is whoever speaks the enclosing quote',
      '“I told them, ‘We will win this one,’ and they laughed,” Jones said.',
      'Mary Jones|pronoun|cue-before|told',
    ],
    ['no cue inside: no speaker, whatever is outside', 'Smith said: “Nobody believes ‘We will win this one’ anymore.”', 'none'],
    ['a term inside a quote has no speaker', '“This ‘final’ draft is not final,” Smith said.', 'none'],
    ['an object pronoun is nobody speaking', '“Then ‘We will win this one,’ told you nothing,” Jones said.', 'none'],
  ])('%s', (_, text, want) => {
    expect(nestedWho(text)).toBe(want);
  });
});

describe('sieves are chosen by name, so each can be switched off to measure what it does', () => {
  const smith = [{ id: 'p1', name: 'John Smith', forms: ['John Smith', 'Smith'] }];
  const speakerWith = (text: string, sieves?: string[]) => quotesOf(text, smith, sieves).quotes[0]?.speaker?.sieve ?? 'none';
  it.each([
    ['cue-after', '“We will win,” Smith said.'],
    ['cue-before', 'Smith said: “We will win.”'],
    ['continuation', '“We will win,” Smith said. “We have the votes.\n\n“And we will win again.”'],
    ['previous-sentence', 'Smith said it was over. “We lost.”'],
  ])('without %s its quote falls to a later sieve or to nobody', (name, text) => {
    const last = quotesOf(text, smith).quotes.length - 1;
    const all = quotesOf(text, smith).quotes[last].speaker?.sieve;
    const without = quotesOf(
      text,
      smith,
      SIEVE_NAMES.filter((n) => n !== name),
    ).quotes[last].speaker?.sieve;
    expect(all).toBe(name);
    expect(without).not.toBe(name);
  });
  it('no sieves, no speakers', () => {
    expect(speakerWith('“We will win,” Smith said.', [])).toBe('none');
  });
  it('an unknown sieve name is an error naming the sieves', () => {
    expect(() => quotesOf('“Yes,” he said.', [], ['cue-aftr'])).toThrow(/unknown sieve cue-aftr \(the sieves: turn-label, cue-after/);
  });
});

describe('speech verbs are made from their lemmas, so no form is missing', () => {
  const smith = [{ id: 'p1', name: 'John Smith', forms: ['John Smith', 'Smith'] }];
  it.each(['screams', 'mutters', 'whispers', 'emphasises', 'criticises'])('“We will win,” Smith %s.', (verb) => {
    expect(quotesOf(`“We will win,” Smith ${verb}.`, smith).quotes[0].speaker?.name).toBe('John Smith');
  });
  it.each([
    ['say', 'says', 'said', 'saying'],
    ['reply', 'replies', 'replied', 'replying'],
    ['admit', 'admits', 'admitted', 'admitting'],
    ['concede', 'concedes', 'conceded', 'conceding'],
    ['stress', 'stresses', 'stressed', 'stressing'],
  ])('%s → %s, %s, %s', (lemma, third, past, ing) => {
    expect(verbForms(lemma)).toEqual({ third, past, ing });
  });
});

describe('the agent of a passive verb of saying or naming said the quotation', () => {
  const ACME: EntitySpec = { id: 'o1', name: 'Acme', type: 'organization' };
  it.each([
    ['the quotation is the passive’s subject', '“Long Road Home” was written by Smith after the storm.', 'John Smith|cue-after|written'],
    [
      'the quotation between the participle and `by`',
      'This habit has been called “strategic ambiguity” by Jones, a professor.',
      'Mary Jones|cue-before|called',
    ],
    ['an organisation as the agent', 'The plan was often labeled as a “witch hunt” by Acme during the race.', 'Acme|cue-before|labeled'],
    // negative cases
    ['a verb that is no verb of saying', '“Long Road Home” was recorded by Smith after the storm.', 'none'],
    ['no actor after `by`', '“Long Road Home” was written by hand after the storm.', 'none'],
  ])('%s', (_, text, want) => {
    const q = quotesOf(text, [SMITH, JONES, ACME]).quotes.at(-1);
    expect(q?.speaker ? `${q.speaker.name}|${q.speaker.sieve}|${q.cue?.text ?? ''}` : 'none').toBe(want);
  });
});

describe('a piece signed off by one person: a pronoun no one named before it fits is the signer', () => {
  /** the last quote's speaker as `name|form`, the entities given by `specs` */
  const signed = (text: string, specs: EntitySpec[]) => {
    const s = quotesOf(text, specs).quotes.at(-1)?.speaker;
    return s ? `${s.name}|${s.form}` : 'none';
  };
  it.each([
    ['a dash and the name', '“We will fight on,” she wrote.\n\n— Mary Jones', [JONES], 'Mary Jones|pronoun'],
    ['a dash, the name and a place', '“We will fight on,” she wrote.\n\n— Mary Jones, Chicago', [JONES], 'Mary Jones|pronoun'],
    // must stay: a pronoun of the other gender, another person named, or a sentence after the name
    ['the other gender', '“We will fight on,” he wrote.\n\n— Mary Jones', [JONES], 'he|pronoun'],
    ['another person named', '“We will fight on,” she wrote. Smith did not.\n\n— Mary Jones', [SMITH, JONES], 'she|pronoun'],
    ['a sentence, no sign-off', '“We will fight on,” she wrote.\n\n— Mary Jones wrote this.', [JONES], 'she|pronoun'],
  ])('%s', (_, text, specs, want) => {
    expect(signed(text, specs as EntitySpec[])).toBe(want);
  });
});

// quotes/resolve.ts isSubject: a name set off by commas after a short opening phrase and before the sentence's verb is its subject
describe('a pronoun finds the name set off after the opening phrase that is its sentence’s subject', () => {
  const lastSpeaker = (text: string) => extract(text).quotes.at(-1)?.speaker?.name ?? 'none';
  it.each([
    [
      'an appositive name after a possessor',
      'Ted Cruz spoke first. Cruz’s rival, Florida Sen. Marco Rubio, took a softer line. “It is deeply flawed,” he said.',
      'Marco Rubio',
    ],
    [
      'a name after an opening phrase, a phrase set off, then the verb',
      'Bryan Pagliano spoke first. In a statement, Brian Fallon, a spokesman for the campaign, said it was over. “We are pleased,” he said.',
      'Brian Fallon',
    ],
    // must stay: a name set off inside an opening phrase, another subject after it
    [
      'a name inside the opening phrase, then the subject',
      'John Smith spoke first. Along with his brother, Peter Brown, a banker, he gave to many candidates. “He is special,” he said.',
      'John Smith',
    ],
  ])('%s', (_, text, want) => {
    expect(lastSpeaker(text)).toBe(want);
  });
});
