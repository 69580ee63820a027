/**
 * What a script has started, undone in reverse order whatever happens: on success, on an error and on Ctrl-C
 * (the first signal cleans up; the child processes got it too and are waited for, not orphaned).
 */
export function cleanupList() {
  const cleanups: { name: string; run: () => Promise<void> }[] = [];
  let running: Promise<void> | null = null;
  const runAll = () =>
    (running ??= (async () => {
      for (const cleanup of cleanups.reverse()) await cleanup.run().catch((e) => console.error(`cleanup (${cleanup.name}): ${(e as Error).message}`));
    })());
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, async () => {
      console.error(`\n✘ interrupted (${signal}): cleaning up`);
      await runAll();
      process.exit(130);
    });
  }
  return { add: (name: string, run: () => Promise<void>) => void cleanups.push({ name, run }), runAll };
}
