export type CategoryNode = {
  id: string;
  parentId: string | null;
  position: number;
  nameRu: string;
  nameEn: string;
};

export type TreeEntry<T extends CategoryNode> = T & { depth: number; path: string[] };

/**
 * The category tree flattened in display order: each parent followed by its children, siblings by
 * position then Russian name. `path` lists the ancestors' ids (root first), so callers can tell whether
 * one category lies under another. A row whose parent is missing is shown as a root rather than lost.
 */
export function flattenTree<T extends CategoryNode>(rows: T[]): TreeEntry<T>[] {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string | null, T[]>();
  for (const row of rows) {
    const parent = row.parentId && ids.has(row.parentId) ? row.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), row]);
  }
  for (const list of children.values()) list.sort((a, b) => a.position - b.position || a.nameRu.localeCompare(b.nameRu, "ru"));
  const out: TreeEntry<T>[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, path: string[]) => {
    for (const row of children.get(parent) ?? []) {
      if (seen.has(row.id)) continue; // a cycle in hand-edited data must not hang the page
      seen.add(row.id);
      out.push({ ...row, depth: path.length, path });
      walk(row.id, [...path, row.id]);
    }
  };
  walk(null, []);
  return out;
}

/** `id` and every category under it. */
export function subtreeIds(entries: TreeEntry<CategoryNode>[], id: string): Set<string> {
  return new Set(entries.filter((e) => e.id === id || e.path.includes(id)).map((e) => e.id));
}
