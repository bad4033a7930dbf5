// clusters.txt: word clusters learned from unlabelled news and web text (scripts/clusters.ts),
// one line a cluster: its id, then its words (lowercase, digits written 0), space-separated.
// An id is a path down a tree of CLUSTER_LEVELS splits, so its leading part is a coarser
// cluster: the tagger reads a word's cluster at every level (features.ts).

/** the tree's branching, top level first: 32 groups, each split in 8, each of those in 4 */
export const CLUSTER_LEVELS = [32, 8, 4] as const;

/** how a token is looked up: lowercase, every digit as 0 ("1996" and "2024" share a cluster) */
export const clusterKey = (lower: string): string => lower.replace(/[0-9]/g, '0');

/** an id's ancestor `level` levels below the root (1: the top group; CLUSTER_LEVELS.length: the id itself) */
export function clusterAt(id: number, level: number): number {
  let below = 1;
  for (let k = level; k < CLUSTER_LEVELS.length; k++) below *= CLUSTER_LEVELS[k];
  return Math.floor(id / below);
}

/** the file's text from (word, cluster id) pairs (training only); clusters and words in order */
export function formatClusters(pairs: ReadonlyArray<readonly [string, number]>): string {
  const byId = new Map<number, string[]>();
  for (const [w, id] of pairs) {
    if (!w || /\s/.test(w)) continue;
    const list = byId.get(id) ?? [];
    list.push(w);
    byId.set(id, list);
  }
  const lines = [...byId.keys()].sort((a, b) => a - b).map((id) => `${id} ${byId.get(id)!.sort().join(' ')}`);
  return `${lines.join('\n')}\n`;
}

/** word → cluster id; an empty text gives an empty map (a model trained without clusters) */
export function parseClusters(text: string): Map<string, number> {
  const map = new Map<string, number>();
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (!line) continue;
    const words = line.split(' ');
    const id = Number(words[0]);
    if (!Number.isInteger(id) || id < 0) throw new Error(`dramatis clusters: line "${line.slice(0, 40)}" does not start with a cluster id`);
    for (let k = 1; k < words.length; k++) map.set(words[k], id);
  }
  return map;
}
