// a title, an organisation or a party label the tagger runs into the person named after it:
// two readings of where the name starts, one by the title pattern's name and one by a first name
import { joinsOffice, nameAfterPortfolio, personAfterPortfolio } from '../candidates/words';
import { tokenOf, tokenRange } from '../core/tokens';
import type { Candidate, Doc, Token } from '../core/types';
import { countryOf, knownBody, knownOrg, knownPlace } from '../lexicon/gazetteer';
import { acronymKey } from '../lexicon/name-forms';
import { isBodyHead } from '../lexicon/organizations';
import { inClass, isFirstName } from '../lexicon/known-phrases';
import { PARTY_LABELS, TITLE_HEADS, TITLE_WORDS, titleRunStart } from '../lexicon/titles';

/** the pattern rule that reads a person after a title (`Shin Bet chief Ronen Bar`) */
const TITLED_NAME = 'title-name';

/** the most capitalised words of a portfolio between an office's join and the person named after it (`to the United Nations`) */
const PORTFOLIO_REACH = 4;

/** words a gazetteer knows as a place or a country: where an office before a name is held ("Ohio", "Kyiv", "US") */
const namesPlace = (words: string): boolean => !!knownPlace(words) || !!countryOf(words);

/** the words before a title name the body it is held in: a known body, an acronym or a body's head word ("Bank of England", "IMF", "Federal Reserve Bank"; an unknown company, "Tesla", is not kept), not more of the title ("Shadow Home") */
function namesBody(words: readonly Token[], doc: Doc): boolean {
  const name = doc.text.slice(words[0].start, words.at(-1)!.end);
  return knownBody(name) || (words.length === 1 && acronymKey(words[0].view) !== null) || isBodyHead(words.at(-1)!.lower);
}

/**
 * a tagger span that runs a title into the person named after it as something other than a person
 * ("Shadow Home Secretary Yvette Cooper", "Tesla Chief Executive Elon Musk" read as one organisation,
 * "Bank of England Governor Andrew" cut inside the name) gives way to the name the title pattern
 * found there: the title is an office, not part of a name. the words before the title stay when
 * they name a body ("Bank of England"), as the tagger typed them; the rest of the span is dropped. a span
 * ending in an office whose portfolio leads to a person ("US Ambassador" to the UN Linda Thomas-Greenfield)
 * gives way the same, keeping a place or a body before the office (beforeOffice)
 */
export function yieldToTitledNames(candidates: readonly Candidate[], doc: Doc): Array<Candidate | null> {
  const t = doc.tokens;
  // titled names by where they start, so a text naming thousands of people stays linear
  const starts = new Set<number>();
  // and where any person starts, whom an office and its portfolio may come before
  const people = new Set<number>();
  for (const p of candidates) {
    if (p.tier === 'pattern' && p.rule === TITLED_NAME) starts.add(p.start);
    if (p.type === 'person') people.add(p.start);
  }
  return candidates.map((c) => {
    if (c.tier !== 'tagger') return c;
    const [a, b] = tokenRange(t, c);
    const office = officeAfter(t, b, people);
    if (office >= 0) return beforeOffice(c, a, b, office, doc);
    // "U.S. Treasury Secretary Janet Yellen": the span ends in the portfolio of the office whose head, right after it, titles
    // the person named next; the portfolio is the title's, the words before it keep what they name (a place, a body)
    if (TITLE_HEADS.has(tokenOf(t, b).lower) && starts.has(tokenOf(t, b + 1).start) && titleRunStart(t, b, a) < b) return beforeOffice(c, a, b, b - 1, doc);
    for (let k = a + 1; k < b; k++) {
      if (!starts.has(t[k].start) || !TITLE_HEADS.has(t[k - 1].lower)) continue;
      const title = titleRunStart(t, k, a);
      // a person's span gives way only where a body the bundled data knows opens it ("U.N. Secretary-General Antonio Guterres";
      // GUM reads "US President Barack Obama" as one person)
      if (c.type === 'person') {
        // a title the tagger's gazetteer never listed ("Ayatollah Ali Khamenei", "Representative Charles B. Rangel")
        // is no part of the name, as the labelled sets read titles five times in six; one it knew keeps the tagger's reading
        if (title === a && !t.slice(a, k).some((w) => inClass(w.lower, 'title'))) return { ...c, start: t[k].start, reason: `${c.reason}+after-title` };
        return title > a && knownOrg(doc.text.slice(t[a].start, t[title - 1].end))
          ? { ...c, end: t[title - 1].end, type: 'organization' as const, reason: `${c.reason}+before-title` }
          : c;
      }
      // "Kyiv Mayor Vitali Klitschko": a place the bundled data knows before the title is where the office is held, a place
      const before = title > a ? doc.text.slice(t[a].start, t[title - 1].end) : '';
      if (before && namesPlace(before) && !knownOrg(before))
        return { ...c, end: t[title - 1].end, type: 'location' as const, kind: undefined, reason: `${c.reason}+before-title` };
      return title > a && namesBody(t.slice(a, title), doc) ? { ...c, end: t[title - 1].end, reason: `${c.reason}+before-title` } : null;
    }
    return c;
  });
}

/** the most capitalised words between the tagger's span and the office's head it opens (`Special` of "UN Special" Envoy) */
const OFFICE_OPENERS = 1;

/**
 * the office's head the tagger's span `[.., b)` ends in, or opens with its last words (`US Ambassador` of "US Ambassador
 * to the UN Linda Thomas-Greenfield", `UN Special` of "UN Special Envoy for Syria Geir Pedersen"), whose join and portfolio
 * lead to a person's name: the office is that person's title, not a name of its own; -1 when there is none
 */
function officeAfter(t: readonly Token[], b: number, people: ReadonlySet<number>): number {
  for (let h = b - 1; h <= b + OFFICE_OPENERS && t[h]?.cap && t[h].sentence === t[b - 1].sentence; h++) {
    if (!TITLE_HEADS.has(t[h].lower) || !joinsOffice(t, h + 1)) continue;
    const p = t[h + 2]?.lower === 'the' ? h + 3 : h + 2;
    for (let q = p + 1; q <= p + PORTFOLIO_REACH && t[q]?.cap && t[q].sentence === t[h].sentence; q++) if (people.has(t[q].start)) return h;
    return -1;
  }
  return -1;
}

/**
 * what stays of the tagger's span `[a, b)` whose last words are an office's title or open it: its longest first words
 * before the title that name a place (`US`, a location) or a body (`UNICEF`, `UN`, an organisation); nothing when the span
 * holds the office's head, the span as it is when it only comes before the head and no first words name anything
 */
function beforeOffice(c: Candidate, a: number, b: number, head: number, doc: Doc): Candidate | null {
  const t = doc.tokens;
  for (let cut = head < b ? titleRunStart(t, head, a) : b; cut > a; cut--) {
    const end = t[cut - 1].end;
    const words = doc.text.slice(c.start, end);
    const changed = cut < b || c.type === 'person';
    if (namesPlace(words)) return changed ? { ...c, end, type: 'location', kind: undefined, reason: `${c.reason}+before-office` } : c;
    if (namesBody(t.slice(a, cut), doc)) return changed ? { ...c, end, type: 'organization', kind: undefined, reason: `${c.reason}+before-office` } : c;
  }
  return head < b ? null : c;
}

/** what may end the words before the person: a title, an organisation's head, a party label */
const endsBefore = (lower: string) => TITLE_HEADS.has(lower) || isBodyHead(lower) || PARTY_LABELS.has(lower);

/**
 * `Shadow Home Secretary Yvette Cooper`, `House Speaker Paul Ryan`, `Republican Donald Trump`: the
 * tagger sometimes runs a title, an organisation or a party into the person named right after it,
 * and types the whole run by its start. a known first name opening the last two or three words,
 * right after a title, an organisation's head or a party label, starts a person: the run splits
 * there ("San Francisco Giants" and "Holy Roman Emperor" do not). what comes before stays an
 * organisation or a place, unless it is only a title or a party label, which name nobody
 */
export function splitRun(c: Candidate, doc: Doc): Candidate[] {
  if (c.tier !== 'tagger') return [c];
  if (c.type === 'person') return splitPlacedLabel(c, doc);
  const t = doc.tokens;
  const [a, b] = tokenRange(t, c);
  // `Speaker of the House Mike Johnson`: the run opens with an office's portfolio, which the office's head and `of` come before
  const of = t[a - 1]?.lower === 'the' ? a - 2 : a - 1;
  const portfolio = joinsOffice(t, of);
  for (let k = Math.max(a + 1, b - 3); k <= b - 2; k++) {
    if (!t.slice(k, b).every((w) => w.cap) || !t[k - 1].cap) continue;
    if (!isFirstName(t[k].lower) || !(endsBefore(t[k - 1].lower) || portfolio) || TITLE_WORDS.has(t[k].lower)) continue;
    const person: Candidate = { ...c, start: t[k].start, type: 'person', kind: undefined, reason: `${c.reason}+split-run` };
    const before = t.slice(a, k);
    const label = before.length === 1 && PARTY_LABELS.has(before[0].lower);
    const title = label || (TITLE_HEADS.has(before.at(-1)!.lower) && before.every((w) => w.cap || TITLE_WORDS.has(w.lower)));
    if (title) return [person];
    // "Bank of England Governor Andrew Bailey": the title's words are the person's, not the body's
    return [{ ...c, end: t[titleRunStart(t, k, a + 1) - 1].end }, person];
  }
  // `Secretary of State Rex Tillerson`, no first name the lists know: the portfolio's word names nothing, the last two words the person
  const named = portfolio && t.slice(a, b).every((w) => w.cap) ? personAfterPortfolio(t, a, b) : -1;
  return named < 0 ? [c] : [{ ...c, start: t[named].start, type: 'person', kind: undefined, reason: `${c.reason}+split-run` }];
}

/**
 * `Iowa Republican Steve King`, `Florida Democrat Debbie Wasserman Schultz`: a person's run the tagger opened with the
 * place and the party a politician is labelled by; the person starts at the known first name after the party's word, the
 * place before it stays a place (splitRun reads the same label before a run typed otherwise)
 */
function splitPlacedLabel(c: Candidate, doc: Doc): Candidate[] {
  const t = doc.tokens;
  const [a, b] = tokenRange(t, c);
  if (!t.slice(a, b).every((w) => w.cap)) return [c];
  for (let k = a + 2; k <= b - 2; k++) {
    if (!PARTY_LABELS.has(t[k - 1].lower) || !isFirstName(t[k].lower)) continue;
    const place = doc.text.slice(t[a].start, t[k - 2].end);
    if (!namesPlace(place)) return [c];
    return [
      { ...c, end: t[k - 2].end, type: 'location', kind: undefined, reason: `${c.reason}+before-label` },
      { ...c, start: t[k].start, reason: `${c.reason}+split-run` },
    ];
  }
  return [c];
}

/**
 * `US Secretary of State Mike Pompeo`, `Ohio Secretary of State Jon Husted`: the tagger reads an
 * office whose portfolio follows its `of` as a person with the place before it ("Ohio Secretary"),
 * or runs it into the person named after it. the person is the name after the portfolio (from a
 * known first name, else its last two words), and the words before the office are a place when
 * they name a known one ("Ohio"); the office goes. an office alone stays the person it
 * stands for ("John Kerry, the Secretary of State": GUM reads "Secretary" so)
 */
export function splitAtOffice(c: Candidate, doc: Doc): Candidate[] {
  if (c.tier !== 'tagger' || c.type !== 'person') return [c];
  const t = doc.tokens;
  const [a, b] = tokenRange(t, c);
  for (let k = a; k < b; k++) {
    if (!TITLE_HEADS.has(t[k].lower) || t[k + 1]?.lower !== 'of' || !t[k + 2]?.cap || t[k + 2].sentence !== t[k].sentence) continue;
    const out: Candidate[] = [];
    const title = titleRunStart(t, k, a);
    const before = title > a ? doc.text.slice(t[a].start, t[title - 1].end) : '';
    if (before && namesPlace(before)) out.push({ ...c, end: t[title - 1].end, type: 'location', kind: undefined, reason: `${c.reason}+before-office` });
    const portfolio = k + 2;
    if (b - portfolio > 2)
      out.push({ ...c, start: t[nameAfterPortfolio(t, portfolio, b)].start, type: 'person', kind: undefined, reason: `${c.reason}+after-office` });
    return out.length ? out : [c];
  }
  return [c];
}
