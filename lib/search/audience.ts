import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import type { SearchAudience } from "@/search/queries/audience";
import type { SuggestAudience } from "@/search/queries/suggest-filter";

/**
 * The search layer's view of who is asking, from the same rules as lib/tickets/visibility.ts: IT staff see
 * every ticket, internal notes and internal articles; anyone else the tickets they filed, are requester of or
 * watch, a department head also the department's, and published public articles only.
 */
export function searchAudienceFor(user: CurrentUser): SearchAudience {
  const headsDepartment = can(user.roles, "tickets.department") && user.departmentId ? user.departmentId : null;
  return {
    tickets: can(user.roles, "tickets.work") ? { kind: "all" } : { kind: "involved", userId: user.id, departmentId: headsDepartment },
    articles: can(user.roles, "kb.internal.read")
      ? { visibility: ["public", "internal"], statuses: ["draft", "in_review", "published", "archived"] }
      : { visibility: ["public"], statuses: ["published"] },
    internalNotes: can(user.roles, "tickets.internal.read"),
  };
}

/** Suggestions: shareable solved tickets for everyone; internal articles only for IT staff. */
export function suggestAudienceFor(user: CurrentUser): SuggestAudience {
  return { reader: can(user.roles, "kb.internal.read") ? "internal" : "public" };
}
