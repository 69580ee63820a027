/**
 * Index names. Search reads and writes through an alias per kind (`tickets`, `articles`); the alias points at a
 * versioned physical index (`tickets_v3`) so a rebuild can fill a new one and swap the alias in one atomic step.
 *
 * SEARCH_INDEX_PREFIX (default empty) lets several installations or test runs share one cluster.
 */
export const searchKinds = ["ticket", "article"] as const;
export type SearchKind = (typeof searchKinds)[number];

const baseNames: Record<SearchKind, string> = { ticket: "tickets", article: "articles" };

function prefix(): string {
  return process.env.SEARCH_INDEX_PREFIX ?? "";
}

/** The alias every query and write uses. */
export function aliasName(kind: SearchKind): string {
  return `${prefix()}${baseNames[kind]}`;
}

/** The physical index of one version: `tickets_v3`. */
export function versionedName(kind: SearchKind, version: number): string {
  return `${aliasName(kind)}_v${version}`;
}

/** The version number of a physical index of this kind, or null for any other name. */
export function versionOf(kind: SearchKind, indexName: string): number | null {
  const base = aliasName(kind);
  if (!indexName.startsWith(`${base}_v`)) return null;
  const rest = indexName.slice(base.length + 2);
  return /^\d+$/.test(rest) ? Number(rest) : null;
}
