import type { Extraction } from '../src';
import { strictExtract } from './helpers';

/** every entity of a result as `type:name` (`person:Tom Hanks`), locations with their kind (`location:Kyiv/city`) */
export function entityLabels(r: Extraction): string[] {
  return [
    ...r.actors.map((e) => `person:${e.name}`),
    ...r.organizations.map((e) => `organization:${e.name}`),
    ...r.locations.flatMap((e) => [`location:${e.name}`, `location:${e.name}/${e.kind}`]),
  ];
}

/** a table row: why, the text, the labels that must be found, and the ones that must not */
export type NameRow = [why: string, text: string, must: string[], mustNot: string[]];

/** checks one row: every `must` label found, no `mustNot` label */
export function expectLabels(text: string, must: string[], mustNot: string[]): void {
  const labels = entityLabels(strictExtract(text));
  for (const want of must) expect({ want, labels }).toEqual({ want, labels: expect.arrayContaining([want]) });
  for (const not of mustNot) expect({ not, found: labels.includes(not) }).toEqual({ not, found: false });
}
