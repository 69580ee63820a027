/** A small seeded generator (Park–Miller), so generated benchmark data is the same on every run. */
export function seededRandom(seed: number) {
  let state = seed % 2147483647 || 1;
  const next = () => {
    state = (state * 16807) % 2147483647;
    return (state - 1) / 2147483646;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
  };
}

export type Random = ReturnType<typeof seededRandom>;
