import { schema, type Tx } from "@/db/client";

export type AuditInput = {
  actorId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  changes?: Record<string, { from?: unknown; to?: unknown }>;
  data?: Record<string, unknown>;
};

/** Writes an audit event inside the caller's transaction, so the event exists exactly when the change does. */
export async function recordAudit(tx: Tx, event: AuditInput): Promise<void> {
  await tx.db.insert(schema.auditEvents).values(event);
}
