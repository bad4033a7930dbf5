/**
 * how a stage meets an error it did not expect (a bug): by default the article still gets a result,
 * with the stage's fallback and a warning that names what was lost; in strict mode (the tests run
 * in it) the error itself is thrown, so a test of what a stage must not do cannot pass because the
 * stage crashed
 */
export interface Guard {
  strict: boolean;
  warnings: string[];
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** runs `stage`; on an error, rethrows in strict mode, else warns `dramatis:<lost> (<error>)` and returns `fallback` */
export function guarded<T>(guard: Guard, lost: string, fallback: T, stage: () => T): T {
  if (guard.strict) return stage();
  try {
    return stage();
  } catch (e) {
    guard.warnings.push(`dramatis:${lost} (${message(e)})`);
    return fallback;
  }
}
