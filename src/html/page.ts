import type { Extraction } from 'dramatis';
import { escapeHtml } from './escape';
import { label, type MarkType } from './marks';

/** the view's style: one colour per mark type, quotes underlined by kind, the speaker after each quote */
export const HTML_CSS = `
.dramatis { font: 16px/1.6 Georgia, serif; color: #1d1d1f; max-width: 46em; margin: 0 auto; }
.dramatis .dm-text { white-space: pre-wrap; }
.dramatis .dm { border-radius: 3px; padding: 0 1px; }
.dramatis .dm-actor { background: #ffe08a; }
.dramatis .dm-organization { background: #b9e2ff; }
.dramatis .dm-location { background: #c5f0c0; }
.dramatis .dm-feature { background: #e4d4ff; }
.dramatis .dm-cue { font-weight: bold; border-bottom: 1px dotted #555; }
.dramatis .dm-quote { background: none; border-bottom: 2px solid #c0392b; }
.dramatis .dm-partial { border-bottom-style: dashed; }
.dramatis .dm-scare { border-bottom: 1px dotted #888; }
.dramatis .dm-quote[data-speaker]::after { content: " \\2014 " attr(data-speaker); font: 11px sans-serif; color: #fff; background: #c0392b; border-radius: 3px; padding: 0 4px; margin-left: 2px; vertical-align: super; }
.dramatis .dm-legend { font: 13px/1.4 sans-serif; border-bottom: 1px solid #ddd; margin-bottom: 1em; padding-bottom: .5em; }
.dramatis .dm-legend h2 { font-size: 13px; margin: .6em 0 .2em; }
.dramatis .dm-legend ul { display: flex; flex-wrap: wrap; gap: 0 1.4em; list-style: none; margin: 0; padding: 0; }
.dramatis .dm-legend .dm-key span { margin-right: .6em; }
`;

const KEY: MarkType[] = ['actor', 'organization', 'location', 'feature', 'cue'];

const list = (title: string, rows: string[]) => (rows.length ? `<h2>${escapeHtml(title)}</h2><ul>${rows.map((r) => `<li>${r}</li>`).join('')}</ul>` : '');

const entityRow = (e: { name: string; aliases: string[]; mentions: unknown[] }) =>
  `${escapeHtml(e.name)}${e.aliases.length ? ` <small>(${e.aliases.map(escapeHtml).join(', ')})</small>` : ''} ×${e.mentions.length}`;

/** the key of mark types and every entity under its canonical name, with its other forms */
export function legend(r: Extraction): string {
  const key = KEY.map((t) => `<span class="dm dm-${t}">${escapeHtml(label(t))}</span>`).join('');
  const quoteKey = ['direct', 'partial', 'scare'].map((k) => `<span class="dm dm-quote dm-${k}">${k} quote</span>`).join('');
  return `<aside class="dm-legend"><div class="dm-key">${key}${quoteKey}</div>${list('Actors', r.actors.map(entityRow))}${list(
    'Organisations',
    r.organizations.map(entityRow),
  )}${list('Locations', r.locations.map(entityRow))}</aside>`;
}

/** a whole page: no script and a policy that forbids any, so the page stays inert */
export const page = (title: string, body: string) =>
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${HTML_CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
