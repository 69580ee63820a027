import type { CategoryNode } from "@/lib/tickets/queries/categories";

export type FlatCategory = { id: string; parentId: string | null; name: string; depth: number; path: string[] };

/** The category tree, depth-first in the admins' order, each node with its depth and the names above it. */
export function flattenCategories(nodes: CategoryNode[], locale: string): FlatCategory[] {
  const children = new Map<string | null, CategoryNode[]>();
  for (const node of nodes) {
    const key = node.parentId && nodes.some((n) => n.id === node.parentId) ? node.parentId : null;
    children.set(key, [...(children.get(key) ?? []), node]);
  }
  const out: FlatCategory[] = [];
  const walk = (parentId: string | null, path: string[]) => {
    for (const node of children.get(parentId) ?? []) {
      const name = locale === "ru" ? node.nameRu : node.nameEn;
      out.push({ id: node.id, parentId: node.parentId, name, depth: path.length, path });
      walk(node.id, [...path, name]);
    }
  };
  walk(null, []);
  return out;
}

/**
 * The nodes to show for a search: those whose name matches, with their ancestors (so a match is seen in
 * its place in the tree). An empty query shows everything.
 */
export function filterCategories(flat: FlatCategory[], query: string): FlatCategory[] {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return flat;
  const byId = new Map(flat.map((c) => [c.id, c]));
  const keep = new Set<string>();
  for (const c of flat) {
    if (!c.name.toLocaleLowerCase().includes(q)) continue;
    for (let node: FlatCategory | undefined = c; node && !keep.has(node.id); node = node.parentId ? byId.get(node.parentId) : undefined)
      keep.add(node.id);
  }
  return flat.filter((c) => keep.has(c.id));
}
