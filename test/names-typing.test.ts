import { expectLabels, type NameRow } from './names-helpers';

// one type per name, the one the strongest evidence across its mentions supports (mentions/reconcile.ts)
describe('an entity takes the type its strongest evidence gives', () => {
  it.each<NameRow>([
    [
      'a verb of saying before a surname makes it a person',
      'Pettersen arrived in Oslo late. “We will act,” said Pettersen. Pettersen then left.',
      ['person:Pettersen'],
      ['location:Pettersen', 'organization:Pettersen'],
    ],
    [
      'an honorific outweighs the tagger’s guesses elsewhere',
      'Ms. Gillard told parliament the bill would pass. Gillard later visited Canberra. “It is done,” Gillard said.',
      ['person:Gillard', 'location:Canberra/city'],
      ['location:Gillard'],
    ],
    [
      'shares and a chief executive make a company, whatever its first mention looked like',
      'Shares of Zentrova rose 4% on Tuesday. Zentrova Inc. said profit doubled. Anna Berg, chief executive of Zentrova, said demand was strong.',
      ['organization:Zentrova', 'person:Anna Berg'],
      ['location:Zentrova', 'person:Zentrova', 'organization:Zentrova Inc.'],
    ],
    [
      'a company that is also a city’s name is one organisation in one article',
      'Toyota said on Monday it would recall 10,000 cars. Toyota shares fell 2% in Tokyo. Toyota chief executive Koji Sato apologised.',
      ['organization:Toyota', 'location:Tokyo/city'],
      ['location:Toyota'],
    ],
    // must stay: a city's shares are its market's; an agency after "said" stays an organisation
    [
      'a city’s shares stay a place',
      'Tokyo shares fell 2% on Monday as exporters slid, dealers in Tokyo said.',
      ['location:Tokyo/city'],
      ['organization:Tokyo'],
    ],
    ['an agency after a verb of saying stays an organisation', 'The shells fell near two posts, said KCNA, the state news agency.', [], ['person:KCNA']],
    ['the legal "said" is no verb of saying', 'The decree declared the said Congress abolished. Congress met anyway.', [], ['person:Congress']],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));
});
