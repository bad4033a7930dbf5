import type { DetailsOf, Entity, EntityType, Mention } from '../src/core/types';
import { buildDocument } from '../src/document';
import { buildEntities } from '../src/entities';
import { articleWide } from '../src/mentions';

const TYPES: Record<string, EntityType> = { p: 'person', o: 'organization', l: 'location' };

/** "[p:Gideon Sa’ar] met [l:Denmark]" → the clean text and hand-built mentions at the bracketed spans */
export function marked(src: string): { text: string; mentions: Mention[] } {
  let text = '';
  const mentions: Mention[] = [];
  const re = /\[([pol])(?:\/(\w+))?:([^\]]+)\]/g;
  let last = 0;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    text += src.slice(last, m.index);
    const start = text.length;
    text += m[3];
    mentions.push({ start, end: text.length, text: m[3], type: TYPES[m[1]], tier: 'tagger', reason: 'test', kind: m[2], index: mentions.length });
    last = m.index + m[0].length;
  }
  return { text: text + src.slice(last), mentions };
}

/** entities built from a marked-up text, after the mentions stage's article-wide passes */
export function entitiesOf(src: string): Entity[] {
  const { text, mentions } = marked(src);
  const doc = buildDocument(text);
  return buildEntities(articleWide(mentions, doc), doc);
}

export const named = (entities: Entity[], name: string): Entity | undefined => entities.find((e) => e.name === name);

/** the details of an entity that must be of `type` */
export function detailsOf<T extends EntityType>(e: Entity | undefined, type: T): DetailsOf[T] {
  if (e?.type !== type) throw new Error(`expected ${aOrAn(type)}, got ${e ? aOrAn(e.type) : 'nothing'}`);
  return e.details as DetailsOf[T];
}
const aOrAn = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
