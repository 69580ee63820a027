import type { Tx } from "@/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { changedFields } from "./changed-fields";

/** Who makes an admin change; commands need only the id, so tests and scripts can pass a bare one. */
export type Actor = { id: string };

export type AdminEntity = "user" | "department" | "category" | "assignment_rule" | "sla_policy" | "setting" | "support_line" | "mailbox";

/**
 * Audits one admin change inside the caller's transaction: the fields that changed, from what to what.
 * A save that changed nothing leaves no event, so the trail shows only real changes. Returns whether
 * anything changed.
 */
export async function recordAdminChange<T extends Record<string, unknown>>(
  tx: Tx,
  actor: Actor,
  target: { entityType: AdminEntity; entityId: string; action: string },
  before: Partial<T> | null,
  after: T,
): Promise<boolean> {
  const changes = changedFields(before, after);
  if (Object.keys(changes).length === 0) return false;
  await recordAudit(tx, { actorId: actor.id, ...target, changes });
  return true;
}
