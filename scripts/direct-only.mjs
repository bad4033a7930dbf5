// a filter for scoring quotations alone: reads the CLI's JSONL results on stdin and writes them
// without the `indirect` statements (the scorer's quote line counts every non-scare quote):
//   node ../shared/eval/score.mjs --cmd "node dist/cli.js --jsonl | node scripts/direct-only.mjs" …
import { createInterface } from 'node:readline';

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const result = JSON.parse(line);
  if (Array.isArray(result.quotes)) result.quotes = result.quotes.filter((q) => q.kind !== 'indirect');
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
