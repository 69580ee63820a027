/**
 * Gives each new group the id of the old group most of its tickets came from (each old id used once), so a link
 * to a recurring problem still opens it after the hourly recomputation. Groups that are new get a null.
 */
export function keepGroupIds(newGroups: { members: string[] }[], oldGroupOfTicket: Map<string, string>): (string | null)[] {
  const taken = new Set<string>();
  const candidates = newGroups.map((g, index) => {
    const counts = new Map<string, number>();
    for (const id of g.members) {
      const old = oldGroupOfTicket.get(id);
      if (old) counts.set(old, (counts.get(old) ?? 0) + 1);
    }
    const [oldId, shared] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [null, 0];
    return { index, oldId, shared, size: g.members.length };
  });
  const ids: (string | null)[] = newGroups.map(() => null);
  // The groups that keep most of an old group claim its id first.
  for (const c of [...candidates].sort((a, b) => b.shared - a.shared || a.index - b.index)) {
    if (c.oldId && c.shared * 2 > c.size && !taken.has(c.oldId)) {
      ids[c.index] = c.oldId;
      taken.add(c.oldId);
    }
  }
  return ids;
}
