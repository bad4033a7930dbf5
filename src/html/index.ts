import { DramatisError, type Extraction } from 'dramatis';
import { collectMarks, type Mark } from './marks';
import { legend, page } from './page';
import { renderMarks } from './render';

export { HTML_CSS } from './page';
export { escapeHtml } from './escape';

export interface HtmlOptions {
  /** a whole page with its style, rather than a fragment for a page that includes `HTML_CSS` (default false) */
  standalone?: boolean;
  /** the page's title (default "dramatis") */
  title?: string;
  /** the key and the list of entities by canonical name above the text (default true) */
  legend?: boolean;
}

const KEYS = ['standalone', 'title', 'legend'];

function checkOptions(o: unknown): HtmlOptions {
  if (o === undefined) return {};
  if (typeof o !== 'object' || o === null)
    throw new DramatisError('INVALID_OPTIONS', `toHtml() options must be an object, got ${o === null ? 'null' : typeof o}`);
  for (const [k, v] of Object.entries(o)) {
    if (!KEYS.includes(k)) throw new DramatisError('INVALID_OPTIONS', `unknown toHtml() option "${k}" (expected one of ${KEYS.join(', ')})`);
    if (typeof v !== (k === 'title' ? 'string' : 'boolean') && v !== undefined)
      throw new DramatisError('INVALID_OPTIONS', `toHtml() option ${k} must be a ${k === 'title' ? 'string' : 'boolean'}`);
  }
  return o as HtmlOptions;
}

// a result of another text would mark the wrong words: every mark must read what the text has there
function checkMarks(text: string, marks: Mark[]): void {
  for (const m of marks) {
    if (text.slice(m.start, m.end) !== m.text) {
      throw new DramatisError(
        'INVALID_INPUT',
        `toHtml(): the extraction does not belong to this text: the ${m.type} "${m.text}" at ${m.start}–${m.end} reads "${text.slice(m.start, m.end)}" here`,
      );
    }
  }
}

/** the article with its cast and quotes marked, as an HTML fragment or, with `standalone`, a page */
export function toHtml(text: string, extraction: Extraction, options?: HtmlOptions): string {
  if (typeof text !== 'string')
    throw new DramatisError('INVALID_INPUT', `toHtml() expects the article text as a string, got ${text === null ? 'null' : typeof text}`);
  const o = checkOptions(options);
  const marks = collectMarks(extraction);
  checkMarks(text, marks);
  const body = `<div class="dramatis">${o.legend === false ? '' : legend(extraction)}<div class="dm-text">${renderMarks(text, marks)}</div></div>`;
  return o.standalone ? page(o.title ?? 'dramatis', body) : body;
}
