import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DramatisError, extract } from '../src';
import type { Item, ItemResult, ManyOptions } from '../src/node';
import { fixtureTexts } from './helpers';

// dramatis/node is tested as users load it: the built entry, whose workers load the built bundle
const DIST = join(__dirname, '..', 'dist');
const load = (): { extractMany: (input: Iterable<Item> | AsyncIterable<Item>, o?: ManyOptions) => AsyncGenerator<ItemResult> } =>
  require(join(DIST, 'node.cjs'));

beforeAll(() => {
  if (!existsSync(join(DIST, 'node-worker.cjs'))) throw new Error('dist/node-worker.cjs is missing: run `npm run build` first (npm run check does)');
});

const collect = async (it: AsyncIterable<ItemResult>) => {
  const out: ItemResult[] = [];
  for await (const r of it) out.push(r);
  return out;
};

/** what extract() gives for one item, in extractMany's shape */
function expected(item: unknown, index: number, options: ManyOptions) {
  const record = typeof item === 'object' && item !== null;
  const id = record ? ((item as { id?: unknown }).id ?? null) : null;
  try {
    return { index, id, result: extract((record ? (item as { text: unknown }).text : item) as string, options) };
  } catch (e) {
    if (!(e instanceof DramatisError)) throw e;
    return { index, id, error: { code: e.code, message: e.message } };
  }
}

describe('extractMany (dramatis/node)', () => {
  const [[, seed], [, wire]] = fixtureTexts();
  const mixed: unknown[] = [
    seed,
    { id: 'wire', text: wire },
    42,
    'Talks resumed in Qatar, officials said.',
    { id: 'no-text' },
    null,
    { id: 'long', text: 'x'.repeat(5001) },
    '',
    { id: 7, text: '“We will not give up,” said Mette Frederiksen, the Danish prime minister, in Copenhagen.' },
    ...Array.from({ length: 20 }, (_, i) => ({ id: `s${i}`, text: `${seed.slice(0, 200 + i * 37)}` })),
  ];
  const options = { maxLength: 5000 };

  async function* generated(xs: unknown[]) {
    for (const x of xs) yield x;
  }
  it.each<[string, number, number | undefined, (xs: unknown[]) => Iterable<unknown> | AsyncIterable<unknown>]>([
    ['an array, 2 threads', 2, undefined, (xs) => xs],
    ['an async generator, 2 threads, a window of 3', 2, 3, generated],
    ['an array, 1 thread, a window of 1', 1, 1, (xs) => xs],
  ])('gives exactly what extract() gives, in input order, bad items included: %s', async (_what, threads, window, source) => {
    const got = await collect(load().extractMany(source(mixed) as Iterable<Item>, { threads, window, ...options }));
    expect(got.map((r) => r.index)).toEqual(mixed.map((_, i) => i));
    expect(JSON.stringify(got)).toBe(JSON.stringify(mixed.map((item, i) => expected(item, i, options))));
    expect(got.filter((r) => r.error).map((r) => r.error!.code)).toEqual(['INVALID_INPUT', 'INVALID_INPUT', 'INVALID_INPUT', 'TEXT_TOO_LONG']);
  });

  it('reports progress once per item, the failures counted', async () => {
    const seen: Array<{ done: number; failed: number }> = [];
    await collect(load().extractMany(['Paris.', 42 as unknown as string, 'Rome.'], { threads: 1, onProgress: (p) => seen.push(p) }));
    expect(seen.map((p) => p.done)).toEqual([1, 2, 3]);
    expect(seen.at(-1)).toMatchObject({ done: 3, failed: 1, chars: 11 });
  });

  it.each<[string, ManyOptions & Record<string, unknown>, RegExp]>([
    ['threads 0', { threads: 0 }, /options.threads must be a positive integer, got 0/],
    ['window 1.5', { window: 1.5 }, /options.window must be a positive integer/],
    ['a trace function', { trace: () => {} }, /trace is not available in extractMany/],
    ['an unknown option', { thread: 2 }, /thread/],
    ['a bad lexicon', { lexicon: 'Acme' as never }, /lexicon/],
  ])('rejects %s at the call, before any thread starts', (_what, o, message) => {
    expect(() => load().extractMany([], o)).toThrow(message);
  });

  it.each<[string, unknown]>([
    ['a string', 'Joe Biden met Xi Jinping.'],
    ['null', null],
    ['a number', 7],
  ])('refuses %s as the input, at the call', (_what, input) => {
    expect(() => load().extractMany(input as Item[])).toThrow(/extractMany\(\) expects an iterable or async iterable/);
  });

  it('stops early without waiting for the rest of an endless input', async () => {
    function* endless() {
      for (let i = 0; ; i++) yield `Article ${i} is about Paris.`;
    }
    const got: ItemResult[] = [];
    for await (const r of load().extractMany(endless(), { threads: 2 })) if (got.push(r) === 5) break;
    expect(got.map((r) => r.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('reads ahead at most `window` items and keeps the heap flat over an endless input of 20,000 articles', () => {
    // counted, not timed: items pulled from the generator and not yet handed back, in a fresh process with gc exposed
    const res = spawnSync('node', ['--expose-gc', join(__dirname, '..', 'scripts', 'many-soak.mjs'), '20000', '2'], { encoding: 'utf8' });
    expect(res.stderr).toBe('');
    const soak = JSON.parse(res.stdout);
    process.stdout.write(`many-soak: ${res.stdout}`);
    expect(soak.articles).toBe(20000);
    expect(soak.maxAhead).toBeLessThanOrEqual(soak.window);
    expect(soak.maxInFlight).toBeLessThanOrEqual(soak.window);
    const heap = soak.samples.map((s: { heapMiB: number }) => s.heapMiB);
    // from a tenth of the way to the end, the main thread's heap grows by less than 2 MiB
    expect(Math.max(...heap.slice(1)) - heap[0]).toBeLessThan(2);
  }, 600_000);
});
