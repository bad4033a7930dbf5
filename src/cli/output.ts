/**
 * stdout closed by the reader (`dramatis --jsonl < docs | head -1`) ends the run quietly with
 * status 0, as cat and grep do; any other write error is reported
 */
export function stopWhenReaderCloses(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    process.stderr.write(`dramatis: cannot write the output: ${e.message}\n`);
    process.exit(1);
  });
}
