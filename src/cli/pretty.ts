import type { Extraction } from '../schema';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** a summary for a person at a terminal */
export function pretty(r: Extraction): string {
  const lines: string[] = [];
  const section = (title: string, rows: string[]) => {
    lines.push(`${title} (${rows.length})`);
    lines.push(...(rows.length ? rows.map((x) => `  ${x}`) : ['  —']));
    lines.push('');
  };
  section(
    'Actors',
    r.actors.map((a) => {
      const titles = a.titles.map((t) => t.text).join(', ');
      const aff = a.affiliations.map((x) => x.name).join(', ');
      return `${a.name}${titles ? ` — ${titles}` : ''}${aff ? ` (${aff})` : ''}  ×${a.mentions.length}`;
    }),
  );
  section(
    'Organizations',
    r.organizations.map((o) => `${o.name}  ×${o.mentions.length}`),
  );
  section(
    'Locations',
    r.locations.map((l) => `${l.name} [${l.kind}${l.countryCode ? ` ${l.countryCode}` : ''}]  ×${l.mentions.length}`),
  );
  const who = (q: Extraction['quotes'][number]) => {
    const s = q.speaker;
    // the words at the cue when they are a pronoun or a description: `Gideon Sa'ar, as “he”`
    const as = s?.mention && s.form !== 'name' && s.mention.text !== s.name ? `, as “${clip(s.mention.text, 40)}”` : '';
    return s ? `${s.name}${s.entityId ? '' : ' (unnamed)'}${as}` : '—';
  };
  section(
    'Quotes',
    r.quotes.filter((q) => q.kind !== 'indirect').map((q) => `[${q.kind}] ${who(q)}: ${clip(q.text.replace(/\s+/g, ' '), 90)}`),
  );
  // reported without quotation marks, with the cue that reports them
  section(
    'Reported',
    r.quotes.filter((q) => q.kind === 'indirect').map((q) => `${who(q)} ${q.cue?.text ?? ''}: ${clip(q.text.replace(/\s+/g, ' '), 90)}`),
  );
  if (r.warnings.length) section('Warnings', r.warnings);
  return lines.join('\n');
}
