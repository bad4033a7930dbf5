import type { Token } from '../core/types';
import { DASHES, INDEFINITE_PRONOUNS, PRONOUNS } from '../lexicon/function-words';
import { isNationality } from '../lexicon/nationality';
import { ADHERENTS, isPersonNoun, PEOPLES } from '../lexicon/peoples';
import { isAcronymText } from '../lexicon/name-forms';
import { QUOTE_MARKS } from '../lexicon/quote-marks';
import { SPEECH_VERBS } from '../lexicon/speech';
import { isTitleOrHonorific, PARTY_LABELS } from '../lexicon/titles';
import { isCommonWord, isUnlistedWord, nameBefore, nameRun, type PatternRule } from './words';

/** the most words a speaker's name after a quotation may run: "Kevan Parekh", "Luiz Inacio Lula" */
const NAME_WORDS = 3;

/** a quotation's closing mark right after the comma, `!` or `?` that ends its words: `,”` `!"` */
const closesQuote = (t: readonly Token[], k: number): boolean => {
  const mark = QUOTE_MARKS[t[k]?.view ?? ''];
  return !!mark && mark.hint !== 'open' && k > 0 && /^[,!?]$/.test(t[k - 1].view);
};

/**
 * a label's name (`Stone: “…”`) of one word that no English list knows, no pronoun ("He", "It") and no plural
 * ("Traders"), or a name of two words or more: at a line's start a word the lexicon reads as common is the tagger's to judge
 */
const speakerName = (t: readonly Token[], i: number, end: number): boolean => end - i > 1 || isUnlistedWord(t[i]);

/**
 * a speaker's one word in a quotation's reporting clause, where no sentence opens and its capital names: any word but a
 * pronoun, a noun for a person or people ("Mom said", "Voters said"), a nationality or a people ("Democrats said",
 * "Kurds said"). Over the labelled sets and CoNLL train one capitalised word so placed is a person's name 208 times
 * (English words and plurals too: "Black", "Norman", "Woods", "Rios"), a body's 11 ("Microsoft"), a place's once, no
 * name 3 times ("Mom", "Rev")
 */
const speakerWord = (tok: Token): boolean =>
  !PRONOUNS.has(tok.lower) &&
  !INDEFINITE_PRONOUNS.has(tok.lower) &&
  !isPersonNoun(tok.lower) &&
  !PEOPLES.has(tok.view) &&
  !isNationality(tok.view) &&
  !groupPlural(tok) &&
  // `said Rev. Jerome Turner`: a title's short form whose full stop the tokeniser split off
  !isTitleOrHonorific(`${tok.lower}.`) &&
  (isUnlistedWord(tok) || (tok.cap && !tok.opensSentence));

/** `Americans`, `Muslims`, `Democrats`: the plural of a nationality, a faith's adherent or a party's member names a group */
function groupPlural(tok: Token): boolean {
  if (!/[^s]s$/.test(tok.view)) return false;
  const one = tok.view.slice(0, -1);
  return isNationality(one) || ADHERENTS.has(one) || PARTY_LABELS.has(one.toLowerCase());
}

/** a line's bullet before its words: `- `, `* `, `• ` */
const BULLETS: ReadonlySet<string> = new Set([...DASHES, '*', '•']);

/** token `i` opens its paragraph, a bullet before it at most */
const opensLine = (t: readonly Token[], i: number): boolean => {
  const before = t[i - 1];
  return !before || before.paragraph !== t[i].paragraph || (BULLETS.has(before.view) && (!t[i - 2] || t[i - 2].paragraph !== t[i].paragraph));
};

/** where a quotation's speaker stands */
export const QUOTED_SPEAKER_RULES: PatternRule[] = [
  {
    // `Zelenskiy: "We need more Patriots."`, `- Rutte: “We will deliver.”`: a name opening its line (a bullet before it at
    // most) and labelling, with a colon, the quotation that follows is its speaker's, which a roundup or a live blog
    // names no other way; a person's by default, the type cues and the lexicon deciding otherwise; fills gaps only
    reason: 'label-speaker',
    type: 'person',
    tier: 'context',
    find: (t, i) => {
      if (!opensLine(t, i) || isTitleOrHonorific(t[i].lower)) return null;
      const end = nameRun(t, i, NAME_WORDS);
      // `Continued Stone: “…”`: a common word opening the label is the writer's, no part of the name
      let first = i;
      while (end - first > 1 && isCommonWord(t[first].lower)) first++;
      // `Q: "…"`: an interview's letter is no name
      if (end === i || t[first].view.length < 2 || !speakerName(t, first, end) || t[end]?.view !== ':' || t[end].paragraph !== t[i].paragraph) return null;
      const mark = QUOTE_MARKS[t[end + 1]?.view ?? ''];
      return mark && mark.hint !== 'close' && t[end + 1].paragraph === t[i].paragraph ? { first, end } : null;
    },
  },
  {
    // `"…," Hoddle said.`, `"I support them," Tarango said`, `"…," said Kevan Parekh,`: the name right after a quotation's
    // closing mark and before a verb of saying, or after the mark and the verb and before the sentence's stop or a
    // comma, is the speaker's. The tagger misses most of them in a short excerpt, where the name is met once: over
    // the labelled sets and CoNLL train such names are persons 277 times, bodies 14 (companies, "OM Gruppen said"),
    // a place once and no name 5 times, the pronouns and titles aside. A person's by default, the type cues and the
    // lexicon deciding otherwise; fills gaps only (tier context)
    reason: 'quote-speaker',
    type: 'person',
    tier: 'context',
    find: (t, i) => {
      // a title or an honorific opens no speaker's name here: "Mr. Obama", "Professor Eastman" are the title rules' to read
      if (nameBefore(t, i) || isTitleOrHonorific(t[i].lower)) return null;
      const end = nameRun(t, i, NAME_WORDS);
      if (end === i || (end - i === 1 ? !speakerWord(t[i]) : !speakerName(t, i, end))) return null;
      const verbAfter = closesQuote(t, i - 1) && SPEECH_VERBS.has(t[end]?.lower ?? '') && t[end].sentence === t[end - 1].sentence;
      // `The plan is sound, said Guilbeault.`: after a reported clause's comma too (gold names so placed over the labelled
      // sets are persons 11 times in 13, the others an agency's acronym, "KCNA", left out)
      const afterClause = t[i - 2]?.view === ',' && t[i - 1].sentence === t[i - 2].sentence && !(end - i === 1 && isAcronymText(t[i].view));
      const verbBefore = SPEECH_VERBS.has(t[i - 1]?.lower ?? '') && (closesQuote(t, i - 2) || afterClause) && /^[.,]$/.test(t[end]?.view ?? '');
      return verbAfter || verbBefore ? { first: i, end } : null;
    },
  },
];
