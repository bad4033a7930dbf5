import { GROUP_DETERMINERS } from '../lexicon/function-words';
import { PEOPLES, pluralGroup } from '../lexicon/peoples';
import { isCap, type PatternRule } from './words';

/** groups of people named as such are persons, as GUM annotates them (CoNLL calls them MISC) */
export const GROUP_RULES: PatternRule[] = [
  {
    // "a group of Afghans", "Muslims are required to", "the Kurds": standing alone, not inside a
    // longer name ("Young Muslims Association"); a country's people after a determiner are left
    // alone, as news names a government or a team so ("the Americans are making a serious effort",
    // "putting the Belgians in the lead"); a people without a country may take one
    reason: 'group-of-people',
    type: 'person',
    find: (t, i) => {
      const w = t[i].view;
      const people = PEOPLES.has(w);
      if (!people && !pluralGroup(w)) return null;
      const [before, after] = [t[i - 1], t[i + 1]];
      const joined = (x: typeof before) => !!x && isCap(x) && x.sentence === t[i].sentence;
      if (joined(before) || joined(after)) return null;
      if (!people && before && GROUP_DETERMINERS.has(before.lower)) return null;
      return { first: i, end: i + 1 };
    },
  },
];
