import { getDb } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { type ProblemHint, problemHints } from "./suggested-problem";

/** The queue's problem badges for a page of tickets (the screen never touches the database itself). */
export function problemHintsFor(viewer: Pick<CurrentUser, "roles">, ticketIds: string[]): Promise<Map<string, ProblemHint>> {
  return problemHints(getDb(), viewer, ticketIds);
}
