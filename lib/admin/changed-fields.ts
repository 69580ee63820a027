export type Changes = Record<string, { from: unknown; to: unknown }>;

/** Equal as data: arrays and objects compare by content, so re-saving an unchanged form records nothing. */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The audit trail's "what changed from what to what": only the fields of `after` whose value differs from
 * `before`. Arrays are compared as given, so callers sort sets (roles, members) first.
 */
export function changedFields<T extends Record<string, unknown>>(before: Partial<T> | null, after: T): Changes {
  const changes: Changes = {};
  for (const [key, to] of Object.entries(after)) {
    const from = before?.[key];
    if (!same(from, to)) changes[key] = { from: from ?? null, to: to ?? null };
  }
  return changes;
}
