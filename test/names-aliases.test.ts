import { expectLabels, type NameRow } from './names-helpers';
import { strictExtract as extract } from './helpers';

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
    // must stay: two clubs of one city stay two
    [
      'two clubs of one city stay two',
      'Manchester United drew with Manchester City on Sunday. City stay top.',
      ['organization:Manchester United', 'organization:Manchester City'],
      ['organization:City'],
    ],
  ])('%s', (_why, text, must, mustNot) => expectLabels(text, must, mustNot));

  it('a company named with its legal form is called again by its first word', () => {
    const orgs = extract('Halvorsen Motors Inc. said it would recall 40,000 vans. Shares of Halvorsen fell 6%. Halvorsen kept its forecast.').organizations;
    expect(orgs.map((o) => [o.name, o.mentions.length])).toEqual([['Halvorsen Motors Inc.', 3]]);
  });

  it('“Apple Inc.” and “Apple” are one entity', () => {
    const orgs = extract('Apple Inc. reported record sales. Apple said iPhone demand was strong in China.').organizations;
    expect(orgs.map((o) => [o.name, o.mentions.length])).toEqual([['Apple Inc.', 2]]);
  });
});
