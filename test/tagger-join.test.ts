import { buildDocument } from '../src/document/index';
import type { Candidate, EntityType } from '../src/core/types';
import { joinAdjacent } from '../src/tagger/join';
import { candidatesFromTags } from '../src/tagger/perceptron';

/** the tagger's names as `type:text` pieces of the text, in order; each piece found after the one before */
function pieces(text: string, names: string[]): Candidate[] {
  let from = 0;
  return names.map((n) => {
    const [type, words] = n.split(':') as [EntityType, string];
    const start = text.indexOf(words, from);
    from = start + words.length;
    return { start, end: from, type, tier: 'tagger', reason: 'tagger' };
  });
}

const joined = (text: string, names: string[]) => joinAdjacent(buildDocument(text), pieces(text, names)).map((c) => `${c.type}:${text.slice(c.start, c.end)}`);

// two names the greedy decoder left side by side are one (tagger/join.ts)
describe('joinAdjacent', () => {
  it.each<[string, string, string[], string[]]>([
    [
      'a club named for its city',
      'He signed for the Brinmouth Rovers last year.',
      ['location:Brinmouth', 'organization:Rovers'],
      ['location:Brinmouth Rovers'],
    ],
    [
      'three parts of a mall’s name',
      'Shoppers crowded Calder Village Mall on Saturday.',
      ['location:Calder', 'person:Village', 'location:Mall'],
      ['location:Calder Village Mall'],
    ],
    ['a name at the end of its sentence', 'The trophy went to Yorvik Wanderers.', ['location:Yorvik', 'organization:Wanderers'], ['location:Yorvik Wanderers']],
    // must stay: two names a comma parts
    [
      'a comma between two names',
      'Teams came from Brinmouth, Calder and Yorvik.',
      ['location:Brinmouth', 'location:Calder'],
      ['location:Brinmouth', 'location:Calder'],
    ],
    // must stay: two names before the common noun they modify
    [
      'two names before a noun',
      'The Zentrova Brinmouth plant closed.',
      ['organization:Zentrova', 'location:Brinmouth'],
      ['organization:Zentrova', 'location:Brinmouth'],
    ],
    // must stay: an acronym in capitals, and names in different sentences
    [
      'an acronym in capitals',
      'Talks with NATO Brinmouth officials.',
      ['organization:NATO', 'location:Brinmouth'],
      ['organization:NATO', 'location:Brinmouth'],
    ],
    ['names in two sentences', 'He flew to Calder. Yorvik was next.', ['location:Calder', 'location:Yorvik'], ['location:Calder', 'location:Yorvik']],
    // a person's surname after its particles, which the decoder reads as a name of its own
    [
      'a surname after a particle',
      'The talks with Luiz Inácio Lula da Silva ended.',
      ['person:Luiz Inácio Lula', 'location:Silva'],
      ['person:Luiz Inácio Lula da Silva'],
    ],
    ['a surname after two particles', 'Officials met Mark van der Berg on Monday.', ['person:Mark', 'location:Berg'], ['person:Mark van der Berg']],
    // a name the decoder opened on a lowercase particle goes back to the word the particle joins on, or the name before it ends there;
    // a place's head noun and its particles before a name
    ['a name opened on its particle', 'Trains of Comboios de Portugal run hourly.', ['person:de Portugal'], ['person:Comboios de Portugal']],
    [
      'a name opened on its particle after another',
      'Buses reach Póvoa de Varzim daily.',
      ['organization:Póvoa', 'person:de Varzim'],
      ['organization:Póvoa de Varzim'],
    ],
    ['a place’s head noun before its particle', 'Tours start at the Palácio da Bolsa daily.', ['location:Bolsa'], ['location:Palácio da Bolsa']],
    // must stay: a title or an English word before the particle, a word before a particle that heads no place
    ['a title before a particle', 'Talks with President de Klerk ended.', ['person:de Klerk'], ['person:de Klerk']],
    ['an English word before a particle', 'Despite de Gaulle, the talks ended.', ['person:de Gaulle'], ['person:de Gaulle']],
    ['a word before a particle that heads no place', 'The Banco do Brasil board met.', ['location:Brasil'], ['location:Brasil']],
    // must stay: after a body's name, a name of two words, a particle in capitals
    ['a particle after a body', 'The Banco de Brasil board met.', ['organization:Banco', 'location:Brasil'], ['organization:Banco', 'location:Brasil']],
    [
      'two names after a particle',
      'Officials met Mark van Brinmouth Rovers today.',
      ['person:Mark', 'organization:Brinmouth Rovers'],
      ['person:Mark', 'organization:Brinmouth Rovers'],
    ],
    ['a particle in capitals', 'Officials met Mark Van Berg today.', ['person:Mark', 'location:Berg'], ['person:Mark', 'location:Berg']],
    // must stay apart past six tokens: a line of capitalised words is no one name of eight
    [
      'a run of capitalised words',
      'Abx Bcx Cdx Dex Efx Fgx Ghx Hix went.',
      ['person:Abx Bcx', 'person:Cdx Dex', 'person:Efx Fgx', 'person:Ghx Hix'],
      ['person:Abx Bcx Cdx Dex Efx Fgx', 'person:Ghx Hix'],
    ],
  ])('%s', (_why, text, names, expected) => {
    expect(joined(text, names)).toEqual(expected);
  });

  it('says it joined once, however many names it joined', () => {
    const text = 'He signed for the Brinmouth Calder Rovers last year.';
    const [c] = joinAdjacent(buildDocument(text), pieces(text, ['location:Brinmouth', 'location:Calder', 'organization:Rovers']));
    expect(c.reason).toBe('tagger+joined');
  });

  it('marks a joined name in its source', () => {
    const text = 'He signed for the Brinmouth Rovers last year.';
    const [c] = joinAdjacent(buildDocument(text), pieces(text, ['location:Brinmouth', 'organization:Rovers']));
    expect(c.reason).toBe('tagger+joined');
  });
});

// an unsure word right after a sure person's name is kept for the join (tagger/perceptron.ts)
describe('candidatesFromTags keeps the unsure rest of a sure person’s name', () => {
  // BILOU tags as the decoder numbers them: 1–4 B/I/L/U of a person, 5–8 of an organisation, 9–12 of a place
  const run = (text: string, tagged: Record<string, [tag: number, margin: number]>) => {
    const doc = buildDocument(text);
    const tags = new Uint8Array(doc.tokens.length);
    const margins = new Float64Array(doc.tokens.length);
    doc.tokens.forEach((t, i) => {
      const [tag, margin] = tagged[t.view] ?? [0, 0];
      tags[i] = tag;
      margins[i] = margin;
    });
    return joinAdjacent(doc, candidatesFromTags(doc, tags, { margins, minLead: 10 })).map((c) => `${c.type}:${text.slice(c.start, c.end)}`);
  };
  it.each<[string, string, Record<string, [number, number]>, string[]]>([
    [
      'a surname the tagger is unsure of after a sure given name',
      'President Kassym Tokayev spoke.',
      { Kassym: [4, 114], Tokayev: [12, 3.6] },
      ['person:Kassym Tokayev'],
    ],
    // must stay: after a body's name, in capitals, alone
    ['after a sure body’s name', 'The Harrow Bank Tokayev spoke.', { Harrow: [5, 80], Bank: [7, 90], Tokayev: [12, 3.6] }, ['organization:Harrow Bank']],
    ['a word in capitals', 'President Kassym TOKAYEV spoke.', { Kassym: [4, 114], TOKAYEV: [12, 3.6] }, ['person:Kassym']],
    ['with no sure name before it', 'Then Tokayev spoke.', { Tokayev: [12, 3.6] }, []],
  ])('%s', (_why, text, tagged, want) => expect(run(text, tagged)).toEqual(want));
});

// with keepUnsure, the spans the model is unsure of come marked, for the mentions stage to judge (mentions/unsure.ts)
describe('candidatesFromTags marks the spans it is unsure of when asked to keep them', () => {
  it.each<[string, boolean, string[]]>([
    ['kept and marked', true, ['organization:Zentrova|unsure', 'person:Kassym|sure']],
    ['left out by default', false, ['person:Kassym|sure']],
  ])('%s', (_why, keepUnsure, want) => {
    const text = 'Zentrova shares fell, Kassym said.';
    const doc = buildDocument(text);
    const tags = new Uint8Array(doc.tokens.length);
    const margins = new Float64Array(doc.tokens.length);
    doc.tokens.forEach((t, i) => {
      if (t.view === 'Zentrova') [tags[i], margins[i]] = [8, 1.6];
      if (t.view === 'Kassym') [tags[i], margins[i]] = [4, 114];
    });
    const got = candidatesFromTags(doc, tags, { margins, minLead: 10, keepUnsure });
    expect(got.map((c) => `${c.type}:${text.slice(c.start, c.end)}|${c.unsure ? 'unsure' : 'sure'}`)).toEqual(want);
  });
});
