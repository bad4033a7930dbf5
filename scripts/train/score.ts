// strict and lenient NER scoring over person / organisation / location, as ../shared/eval/score.mjs does
import type { Candidate } from '../../src/core/types';
import type { GoldDoc } from './data';

export interface Counts {
  tp: number;
  pred: number;
  gold: number;
}
export interface Scores {
  strict: Record<string, Counts>;
  lenient: Record<string, Counts>;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export function emptyScores(): Scores {
  const mk = () => Object.fromEntries(['person', 'organization', 'location', 'all'].map((t) => [t, { tp: 0, pred: 0, gold: 0 }]));
  return { strict: mk(), lenient: mk() };
}

export function scoreDoc(acc: Scores, d: GoldDoc, predicted: Candidate[]): void {
  const gold = d.entities.filter((e) => e.type !== 'other');
  const other = d.entities.filter((e) => e.type === 'other');
  const pred = predicted.filter((p) => gold.some((g) => overlap(g, p) > 0) || !other.some((o) => overlap(o, p) > 0));
  const bump = (m: Record<string, Counts>, type: string, k: keyof Counts) => {
    m[type][k]++;
    m.all[k]++;
  };
  for (const g of gold) {
    bump(acc.strict, g.type, 'gold');
    bump(acc.lenient, g.type, 'gold');
  }
  for (const p of pred) {
    bump(acc.strict, p.type, 'pred');
    bump(acc.lenient, p.type, 'pred');
  }
  const keys = new Set(gold.map((g) => `${g.type}:${g.start}:${g.end}`));
  for (const p of pred) if (keys.has(`${p.type}:${p.start}:${p.end}`)) bump(acc.strict, p.type, 'tp');
  const used = new Set<number>();
  for (const p of pred) {
    const i = gold.findIndex((g, j) => !used.has(j) && g.type === p.type && overlap(p, g.head ? { start: g.head[0], end: g.head[1] } : g) > 0);
    if (i >= 0) {
      used.add(i);
      bump(acc.lenient, p.type, 'tp');
    }
  }
}

export const f1 = (c: Counts) => {
  const p = c.pred ? c.tp / c.pred : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return p + r ? (200 * p * r) / (p + r) : 0;
};

export function formatScores(name: string, s: Scores): string {
  const lines = [`${name}`];
  for (const t of ['person', 'organization', 'location', 'all']) {
    const st = s.strict[t];
    const le = s.lenient[t];
    const pr = (c: Counts) => `P ${(c.pred ? (100 * c.tp) / c.pred : 0).toFixed(1)} R ${(c.gold ? (100 * c.tp) / c.gold : 0).toFixed(1)}`;
    lines.push(`  ${t.padEnd(12)} strict F1 ${f1(st).toFixed(2).padStart(6)} (${pr(st)})  lenient F1 ${f1(le).toFixed(2).padStart(6)} (${pr(le)})`);
  }
  return lines.join('\n');
}
