/**
 * The new order of a list after moving one item a step up or down: ids in their new order. Positions are
 * then rewritten 0, 1, 2 … so duplicates or gaps left by older data are straightened out on the way.
 * Returns null when the item is already first (up) or last (down), or not in the list.
 */
export function shiftInOrder(orderedIds: string[], id: string, direction: "up" | "down"): string[] | null {
  const at = orderedIds.indexOf(id);
  const to = direction === "up" ? at - 1 : at + 1;
  if (at === -1 || to < 0 || to >= orderedIds.length) return null;
  const next = [...orderedIds];
  [next[at], next[to]] = [next[to], next[at]];
  return next;
}
