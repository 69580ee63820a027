import type { CategoryNode, TreeEntry } from "@/lib/admin/categories/category-tree";
import { localName } from "./local-name";

export type CategoryOption = { id: string; label: string; depth: number; path: string[] };

/** Select options for a category tree: "Parent › Child" labels, so a choice is clear without indentation. */
export function categoryOptions(entries: TreeEntry<CategoryNode>[], locale: string): CategoryOption[] {
  const names = new Map(entries.map((e) => [e.id, localName(locale, e)]));
  return entries.map((e) => ({ id: e.id, depth: e.depth, path: e.path, label: [...e.path, e.id].map((id) => names.get(id)).join(" › ") }));
}
