/**
 * What a script has started, undone in reverse order whatever happens: on success, on an error and on Ctrl-C.
 * Signals stay handled while cleaning up: Ctrl-C reaches npm, tsx and this process at once, and tsx passes it on
 * again; with a one-time handler that second SIGINT would end the process halfway through the cleanup.
 */
export function cleanupList() {
  const cleanups: { name: string; run: () => Promise<void> }[] = [];
  let running: Promise<void> | null = null;
  const runAll = () =>
    (running ??= (async () => {
      for (const cleanup of cleanups.reverse())
        await cleanup.run().catch((e) => console.error(`cleanup (${cleanup.name}): ${(e as Error).message}`));
    })());
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, async () => {
      if (running) return;
      console.error(`\n✘ interrupted (${signal}): cleaning up`);
      await runAll();
      process.exit(130);
    });
  }
  return {
    add: (name: string, run: () => Promise<void>) => void cleanups.push({ name, run }),
    runAll,
    /** True once cleaning up has begun: work still under way should stop rather than report on half-gone services. */
    stopping: () => running !== null,
  };
}
