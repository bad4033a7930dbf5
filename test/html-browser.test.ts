import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { extract } from '../src';
import { toHtml } from '../src/html';
import { FIXTURES } from './helpers';

// the standalone page in a real browser: Debian's chromium (installed by .ci/run), driven by playwright-core.
// a missing browser fails the test: a view no browser has opened is not tested
const CHROMIUM = process.env.DRAMATIS_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = join(__dirname, '..', 'test-artifacts');
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`headless Chromium is missing at ${CHROMIUM}: install Debian's chromium (apt-get install chromium; .ci/run does) or set DRAMATIS_CHROMIUM`);
  }
  // the flags keep a closed network quiet: no background fetches, no component updates
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(() => browser?.close());

async function open(html: string) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.setContent(html, { waitUntil: 'load' });
  return { page, problems };
}

describe('the HTML view in headless Chromium', () => {
  it('shows the seed article with every mark, no console error, and a screenshot', async () => {
    const text = readFileSync(join(FIXTURES, 'hostage-talks-denmark.txt'), 'utf8');
    const r = extract(text);
    const { page, problems } = await open(toHtml(text, r, { standalone: true, title: 'hostage-talks-denmark' }));
    const spans = [...[...r.actors, ...r.organizations, ...r.locations].flatMap((e) => e.mentions), ...r.quotes.flatMap((q) => [q, ...(q.cue ? [q.cue] : [])])];
    // every span is in the page as a mark reading what the text has there (its parts joined, where a quote's edge split it)
    const found = await page.$$eval('.dm-text [data-start]', (els) =>
      els.map((e) => ({
        start: Number(e.getAttribute('data-start')),
        end: Number(e.getAttribute('data-end')),
        text: e.textContent ?? '',
        part: e.hasAttribute('data-part'),
      })),
    );
    const read = new Map<string, string>();
    for (const f of found) read.set(`${f.start}:${f.end}`, f.part ? `${read.get(`${f.start}:${f.end}`)}${f.text}` : f.text);
    for (const s of spans) expect({ at: s.start, reads: read.get(`${s.start}:${s.end}`) }).toEqual({ at: s.start, reads: s.text });
    expect(read.size).toBe(new Set(spans.map((s) => `${s.start}:${s.end}`)).size);
    expect(await page.$eval('.dm-text', (e) => e.textContent)).toBe(text);
    // the legend names each entity once, under its canonical name
    const legend = await page.$$eval('.dm-legend li', (els) => els.map((e) => e.textContent ?? ''));
    expect(legend).toHaveLength(r.actors.length + r.organizations.length + r.locations.length);
    await page.screenshot({ path: join(ARTIFACTS, 'html-seed.png'), fullPage: true });
    expect(problems).toEqual([]);
    process.stdout.write(`html-browser: ${found.length} marks found for ${spans.length} spans; screenshot test-artifacts/html-seed.png\n`);
  });

  it('runs nothing from a hostile text', async () => {
    const text = `<script>window.pwned = 1</script> Joe Biden said <img src=x onerror="window.pwned = 2"> in Paris. "<b onmouseover='x'>hi</b>," Merkel said.`;
    const { page, problems } = await open(toHtml(text, extract(text), { standalone: true }));
    expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.$$eval('script, img, b, [onerror], [onmouseover]', (els) => els.length)).toBe(0);
    expect(await page.$eval('.dm-text', (e) => e.textContent)).toBe(text);
    expect(problems).toEqual([]);
  });
});
