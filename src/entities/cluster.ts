import { SURNAME_PARTICLES, withoutHyphenedParticle } from '../lexicon/names';
import type { EntityType, Mention } from '../core/types';
import { countryKey, knownOrg, placeOf } from '../lexicon/gazetteer';
import { DROPPED_HEADS } from '../lexicon/organizations';
import { SENTENCE_OPENERS } from '../lexicon/reported';
import { CALENDAR } from '../lexicon/speech';
import { isEnglishWord } from '../document/wink';
import { givenNameGender, inClass, isFirstName } from '../lexicon/known-phrases';
import type { Gender } from './gender';
import { memoised } from '../core/memo';
import { nameKey } from '../core/names';
import {
  acronymInitials,
  acronymKey,
  bareName,
  everyInitial,
  compoundInitials,
  initials,
  innerAcronymInitials,
  isStateAcronym,
  nameWords,
  withoutLegalForm,
  withoutSuffix,
} from '../lexicon/name-forms';

export interface Cluster {
  type: EntityType;
  mentions: Mention[];
  /** name keys the cluster answers to */
  keys: Set<string>;
}

/** the comparable key of a mention, per type: people lose titles, honorifics and a generation ("Jr.") first, companies their legal form ("Apple Inc." is "Apple") */
export const KEY_OF: Record<EntityType, (text: string) => string> = {
  person: (s) => nameKey(withoutSuffix(bareName(s))),
  organization: (s) => nameKey(withoutLegalForm(s)),
  location: nameKey,
};

/**
 * how a new mention may join an existing cluster of its type, tried in order: `accepts` decides;
 * `candidates` gives, from the index, every cluster it could accept (a superset), so a mention
 * never meets the others; a `partial` rule joins without making the mention's key the cluster's
 */
interface AliasRule {
  accepts: (mention: Mention, cluster: Cluster) => boolean;
  candidates: (mention: Mention, index: ClusterIndex) => Iterable<Cluster>;
  partial?: boolean;
}

/** each type's key remembered by the name's text (a pure function of it), not a WeakMap entry a mention, which costs more to make */
const KEY_MEMO: Record<EntityType, (text: string) => string> = {
  person: memoised(KEY_OF.person),
  organization: memoised(KEY_OF.organization),
  location: memoised(KEY_OF.location),
};
const keyOf = (m: Mention): string => KEY_MEMO[m.type](m.text);
const sameKey: AliasRule = {
  accepts: (m, c) => c.keys.has(keyOf(m)),
  candidates: (m, idx) => idx.get('key', keyOf(m)),
};
// a caller entry's aliases are one entity with it
const sameEntry: AliasRule = {
  accepts: (m, c) => !!m.canonical && c.mentions.some((x) => x.canonical === m.canonical),
  candidates: (m, idx) => idx.get('canonical', m.canonical),
};
/** the clusters `look` finds for a one-word name; none for longer names, which the first-name rule never joins (so 16,000 "Paul …" stay linear) */
const oneWord = (m: Mention, look: (word: string) => Iterable<Cluster>): Iterable<Cluster> => {
  const w = nameWords(keyOf(m));
  return w.length === 1 ? look(w[0]) : [];
};
const OTHER_GENDER = { male: 'female', female: 'male' } as const;
/**
 * the gender an honorific gives a mention ("Mrs. Clinton"), as clusterMentions was told it; this and
 * `genders` hold one document's objects, emptied as clusterMentions starts and ends (Maps: a WeakMap
 * entry costs several times more to make, 3 % of a short article's time)
 */
const mentionGender = new Map<Mention, Gender>();

/** what a cluster's mentions show of its gender so far: the first honorific's, the first key's given name's */
const genders = new Map<Cluster, { honorific?: Gender; given?: Gender }>();

/** records what mention `m` (joining `c`) and the key it may add show of the cluster's gender: kept as it grows, so asking is O(1) */
function noteGender(c: Cluster, m: Mention, key: string | null): void {
  let g = genders.get(c);
  if (!g) genders.set(c, (g = {}));
  g.honorific ??= mentionGender.get(m);
  if (key?.includes(' ')) g.given ??= givenNameGender(key.slice(0, key.indexOf(' ')));
}

/** the gender a cluster's honorifics or given names show, the first found ("Mrs. Clinton", "Hillary Clinton") */
function clusterGender(c: Cluster): Gender | undefined {
  const g = genders.get(c);
  return g?.honorific ?? g?.given;
}

/** the words of a bare surname: one word, or a particle and one word ("de Blasio"); null otherwise */
const surnameWords = (m: Mention): string[] | null => {
  const w = nameWords(keyOf(m));
  // two surnames, the first no given name: "López Obrador" → "Andrés Manuel López Obrador", "García Márquez"
  return w.length === 1 || (w.length === 2 && (SURNAME_PARTICLES.has(w[0]) || !isFirstName(w[0]))) ? w : null;
};
// "Sa'ar" → "Gideon Sa'ar"; "Netanyahu" → "Benjamin Netanyahu"; "De Blasio" → "Bill de Blasio"; "López Obrador" →
// "Andrés Manuel López Obrador";
// "Assad" → "Bashar al-Assad" (a surname without the particle hyphened to it); a bare surname or first
// name joins by rule, never as a key, so a later "Smith" can still pick the nearer Smith
const surname: AliasRule = {
  accepts: (m, c) => {
    const w = surnameWords(m);
    if (!w) return false;
    const tail = ` ${w.join(' ')}`;
    const gender = mentionGender.get(m);
    // "Mrs. Clinton" is not "Mr. Clinton", nor "Bill Clinton" where the lexicon knows Bill for a man's name
    if (gender && clusterGender(c) === OTHER_GENDER[gender]) return false;
    return [...c.keys].some((k) => {
      const parts = k.split(' ');
      // two surnames join a name whose other words name no time and open no sentence ("Now Jeb Bush", the tagger's, is no name)
      const given = w.length === 1 || SURNAME_PARTICLES.has(w[0]) || parts.slice(0, -w.length).every((p) => !SENTENCE_OPENERS.has(p) && !CALENDAR.has(p));
      return parts.length > w.length && ((k.endsWith(tail) && given) || (w.length === 1 && withoutHyphenedParticle(parts[parts.length - 1]) === w[0]));
    });
  },
  candidates: (m, idx) => idx.get('last', surnameWords(m)?.at(-1)),
  partial: true,
};
// "Tedros" → "Tedros Adhanom Ghebreyesus": a first word joins a name of three words too, when the
// surname never stands alone in it (a given name some cultures call a person by)
const firstName: AliasRule = {
  accepts: (m, c) => {
    const w = nameWords(keyOf(m));
    if (w.length !== 1) return false;
    return [...c.keys].some((k) => {
      const parts = k.split(' ');
      return parts[0] === w[0] && (parts.length === 2 || (parts.length === 3 && !c.mentions.some((x) => keyOf(x) === parts[2])));
    });
  },
  candidates: (m, idx) => oneWord(m, (w) => idx.get('first', w)),
  partial: true,
};
/** a word the lexicon knows as a given name or a surname ("silva", which wink's English lexicon lists too) */
const isPersonalWord = (word: string): boolean => isFirstName(word) || inClass(word, 'last');

// "Lula" → "Luiz Inácio Lula da Silva", "López" → "Andrés Manuel López Obrador": a word inside a name of three words or
// more, no particle, is how the article calls its person again (a name the lexicon does not split into given names and
// surnames: Portuguese and Spanish names carry a second surname or a nickname inside)
const innerName: AliasRule = {
  accepts: (m, c) => {
    const w = nameWords(keyOf(m));
    if (w.length !== 1 || SURNAME_PARTICLES.has(w[0])) return false;
    return [...c.keys].some((k) => {
      const parts = k.split(' ');
      const at = parts.indexOf(w[0], 1);
      // the words after it a name's, no common word: "Laura Ingraham Show", "Steve Harvey Morning" are no one's whole name
      return at > 0 && at < parts.length - 1 && parts.slice(at + 1).every((p) => SURNAME_PARTICLES.has(p) || !isEnglishWord(p) || isPersonalWord(p));
    });
  },
  candidates: (m, idx) => oneWord(m, (w) => idx.get('inner', w)),
  partial: true,
};
// "IDF" ↔ "Israel Defense Forces" when the article spells both; "GoS" ↔ "Government of Syria", its "o" the name's "of".
// A country's short form is that country's alone (sameCountry): "US" is not "Union State", whatever its initials
const acronym: AliasRule = {
  accepts: (m, c) => {
    if (isStateAcronym(m.text)) return [...c.keys].some((k) => k.includes(' ') && everyInitial(k) === m.text.toLowerCase());
    const a = acronymKey(m.text);
    if (a)
      return (
        !countryKey(m.text) &&
        ([...c.keys].some((k) => k.includes(' ') && (initials(k) === a || compoundInitials(k) === a)) ||
          c.mentions.some((x) => innerAcronymInitials(x.text).includes(a)))
      );
    if (nameWords(m.text).length < 2) return false;
    const own = [initials(m.text), compoundInitials(m.text)].filter((x) => x.length > 1);
    return [...c.keys].some((k) => !k.includes(' ') && own.includes(acronymKey(k.toUpperCase()) ?? '') && !countryKey(k.toUpperCase()));
  },
  candidates: (m, idx) => {
    const own = initials(m.text);
    const compound = compoundInitials(m.text);
    // a name with no hyphened compound has one set of initials: its clusters are asked once
    return [...idx.get('initials', acronymInitials(m.text)), ...idx.get('acronym', own), ...(compound === own ? [] : idx.get('acronym', compound))];
  },
};
// the bundled list knows pairs whose initials differ ("U.N." ↔ "United Nations", "IDF" ↔ "Israel Defence Forces")
const knownPair: AliasRule = {
  accepts: (m, c) => {
    const row = knownOrg(m.text);
    return !!row && [...c.keys].some((k) => knownOrg(k)?.name === row.name || (!!row.acronym && knownOrg(k)?.acronym === row.acronym));
  },
  candidates: (m, idx) => {
    const row = knownOrg(m.text);
    return row ? [...idx.get('org', row.name), ...idx.get('org-acronym', row.acronym)] : [];
  },
};
// one country under several names: "U.S." and "United States", "the Jewish State" and "Israel"
const sameCountry: AliasRule = {
  accepts: (m, c) => {
    const key = countryKey(m.text);
    return !!key && c.mentions.some((x) => countryKey(x.text) === key);
  },
  candidates: (m, idx) => idx.get('country', countryKey(m.text)),
};

// "City" → "Manchester City", "Times" → "New York Times": a club's or a paper's last word, after the
// place it is named for, is how the article calls it again; not "Bank" after "World Bank"
const placeShortForm: AliasRule = {
  accepts: (m, c) => {
    const w = nameWords(keyOf(m));
    return (
      w.length === 1 &&
      [...c.keys].some((k) => {
        const words = k.split(' ');
        return words.length > 1 && words.at(-1) === w[0] && !!placeOf(words.slice(0, -1).join(' '));
      })
    );
  },
  candidates: (m, idx) => oneWord(m, (w) => idx.get('last', w)),
  partial: true,
};

// "Halvorsen" → "Halvorsen Motors Inc.", "Toyota" → "Toyota Motor Corp": a company named with its
// legal form is called again by its first word
const companyFirstWord: AliasRule = {
  accepts: (m, c) => {
    const w = nameWords(keyOf(m));
    return w.length === 1 && c.mentions.some((x) => withoutLegalForm(x.text) !== x.text && nameWords(x.text).length > 2 && nameWords(x.text)[0] === w[0]);
  },
  candidates: (m, idx) => oneWord(m, (w) => idx.get('first-word', w)),
  partial: true,
};

// "Labour" → "Labour Party": a party or a movement called again without its head word
const withoutHead: AliasRule = {
  accepts: (m, c) => DROPPED_HEADS.some((head) => c.keys.has(`${keyOf(m)} ${head}`)),
  candidates: (m, idx) => DROPPED_HEADS.flatMap((head) => [...idx.get('key', `${keyOf(m)} ${head}`)]),
  partial: true,
};

export const ALIAS_RULES: Record<EntityType, AliasRule[]> = {
  person: [sameEntry, sameKey, surname, firstName, innerName],
  organization: [sameEntry, sameKey, acronym, knownPair, placeShortForm, companyFirstWord, withoutHead],
  location: [sameEntry, sameKey, sameCountry, acronym],
};

const NONE: readonly Cluster[] = [];

/** clusters of one type by what each alias rule looks up: linear in a document with thousands of names */
class ClusterIndex {
  /** bucket → key → clusters: no key string built a lookup */
  private readonly buckets = new Map<string, Map<string, Set<Cluster>>>();

  private put(bucket: string, key: string | null | undefined, c: Cluster): void {
    if (!key) return;
    let keys = this.buckets.get(bucket);
    if (!keys) this.buckets.set(bucket, (keys = new Map()));
    const set = keys.get(key);
    if (set) set.add(c);
    else keys.set(key, new Set([c]));
  }

  get(bucket: string, key: string | null | undefined): Iterable<Cluster> {
    return (key && this.buckets.get(bucket)?.get(key)) || NONE;
  }

  addKey(c: Cluster, k: string): void {
    const parts = k.split(' ');
    this.put('key', k, c);
    if (parts.length > 1) {
      this.put('last', parts.at(-1), c);
      this.put('last', withoutHyphenedParticle(parts[parts.length - 1]), c);
    }
    if (parts.length === 2 || parts.length === 3) this.put('first', parts[0], c);
    for (let i = 1; i < parts.length - 1; i++) this.put('inner', parts[i], c);
    if (parts.length > 1) this.put('first-word', parts[0], c);
    if (k.includes(' ')) {
      this.put('initials', initials(k), c);
      this.put('initials', compoundInitials(k), c);
    } else this.put('acronym', acronymKey(k.toUpperCase()), c);
    const org = knownOrg(k);
    this.put('org', org?.name, c);
    this.put('org-acronym', org?.acronym, c);
  }

  addMention(c: Cluster, m: Mention): void {
    this.put('canonical', m.canonical, c);
    this.put('country', countryKey(m.text), c);
    for (const spelled of innerAcronymInitials(m.text)) this.put('initials', spelled, c);
  }
}

/**
 * clusters mentions of one type: longer names first so that a surname met before the full name
 * still joins it; among equal candidates the most recently mentioned cluster wins.
 */
export function clusterMentions(mentions: readonly Mention[], genderOf: (m: Mention) => Gender | undefined = () => undefined): Cluster[] {
  mentionGender.clear();
  genders.clear();
  for (const m of mentions) {
    const g = genderOf(m);
    if (g) mentionGender.set(m, g);
  }
  const clusters: Cluster[] = [];
  const index = new Map<EntityType, ClusterIndex>();
  const words = mentions.map((m) => nameWords(keyOf(m)).length);
  const ordered = mentions
    .map((_, i) => i)
    .sort((a, b) => words[b] - words[a] || mentions[a].start - mentions[b].start)
    .map((i) => mentions[i]);
  for (const m of ordered) {
    const idx = index.get(m.type) ?? new ClusterIndex();
    index.set(m.type, idx);
    // the first rule that any cluster answers decides; later rules are not tried
    let rule: AliasRule | undefined;
    const hits: Cluster[] = [];
    for (const r of ALIAS_RULES[m.type]) {
      // the distinct candidates the rule accepts, in the order found (accepts is pure: a repeat is asked again, never kept twice)
      for (const c of r.candidates(m, idx)) if (!hits.includes(c) && r.accepts(m, c)) hits.push(c);
      if (hits.length) {
        rule = r;
        break;
      }
    }
    // of several, one of the honorific's gender first ("Mrs. Clinton": Hillary Clinton over a Bill the lexicon cannot tell), then the nearest
    const gender = mentionGender.get(m);
    const same = (c: Cluster) => (gender && clusterGender(c) === gender ? 1 : 0);
    const target =
      hits.length > 1 ? hits.sort((a, b) => same(b) - same(a) || nearest(b, m) - nearest(a, m) || a.mentions[0].start - b.mentions[0].start)[0] : hits[0];
    if (target && rule) {
      target.mentions.push(m);
      idx.addMention(target, m);
      const added = !rule.partial && !target.keys.has(keyOf(m));
      if (added) {
        target.keys.add(keyOf(m));
        idx.addKey(target, keyOf(m));
      }
      noteGender(target, m, added ? keyOf(m) : null);
    } else {
      const c: Cluster = { type: m.type, mentions: [m], keys: new Set([keyOf(m)]) };
      noteGender(c, m, keyOf(m));
      clusters.push(c);
      idx.addKey(c, keyOf(m));
      idx.addMention(c, m);
    }
  }
  for (const c of clusters) c.mentions.sort((a, b) => a.start - b.start);
  mentionGender.clear();
  genders.clear();
  return clusters.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** the latest mention of the cluster before `m`, so a surname joins the person last named */
function nearest(c: Cluster, m: Mention): number {
  let best = -1;
  for (const x of c.mentions) if (x.start < m.start && x.start > best) best = x.start;
  return best;
}
