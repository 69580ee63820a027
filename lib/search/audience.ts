import type { CurrentUser } from "@/lib/auth/current-user";
import { isItStaff } from "@/lib/auth/roles";
import type { SearchAudience } from "@/search/queries/audience";
import type { SuggestAudience } from "@/search/queries/suggest-filter";

/**
 * The search layer's view of who is asking, from the same rules as lib/tickets/visibility.ts: IT staff see
 * every ticket, internal notes and internal articles; anyone else the tickets they filed, are requester of or
 * watch, a department head also the department's, and published public articles only.
 */
export function searchAudienceFor(user: CurrentUser): SearchAudience {
  if (isItStaff(user.roles)) {
    return {
      tickets: { kind: "all" },
      articles: { visibility: ["public", "internal"], statuses: ["draft", "in_review", "published", "archived"] },
      internalNotes: true,
    };
  }
  const headsDepartment = user.roles.includes("manager") && user.departmentId ? user.departmentId : null;
  return {
    tickets: { kind: "involved", userId: user.id, departmentId: headsDepartment },
    articles: { visibility: ["public"], statuses: ["published"] },
    internalNotes: false,
  };
}

/** Suggestions: shareable solved tickets for everyone; internal articles only for IT staff. */
export function suggestAudienceFor(user: CurrentUser): SuggestAudience {
  return { reader: isItStaff(user.roles) ? "internal" : "public" };
}
