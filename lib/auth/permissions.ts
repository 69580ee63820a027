import type { Role } from "./roles";

/**
 * The one permission map. Everything is denied unless a line here allows it; every guard and every page
 * asks `can()`, never a role name directly.
 */
export const permissions = {
  "portal.use": ["requester", "manager", "specialist", "dispatcher", "editor", "analyst", "admin"],
  "desk.use": ["specialist", "dispatcher", "admin"],
  "tickets.work": ["specialist", "dispatcher", "editor", "admin"], // every ticket; their remark is the first response
  "tickets.internal.read": ["specialist", "dispatcher", "editor", "admin"], // internal notes, files and events
  "tickets.dispatch": ["dispatcher", "admin"], // assign and reprioritise any ticket, file one for anyone
  "tickets.department": ["manager"], // the department's tickets, filing them for its people
  "kb.internal.read": ["specialist", "dispatcher", "editor", "admin"], // internal and unpublished articles, versions, trail
  "kb.draft": ["specialist", "dispatcher", "editor", "admin"], // write drafts; be an article's author or owner
  "kb.review": ["editor", "admin"], // review, publish, send back, archive
  "kb.edit": ["editor", "specialist", "admin"],
  "reports.view": ["analyst", "manager", "dispatcher", "admin"],
  // Without it, a reader of reports sees their own department's tickets only (lib/reports/scope.ts).
  "reports.allDepartments": ["analyst", "dispatcher", "admin"],
  "reports.refresh": ["analyst", "admin"],
  // Who gets the weekly digest of the reports by mail: the head of IT (dispatcher) and the analysts.
  "reports.digest": ["dispatcher", "analyst"],
  // Problem records: IT staff open, link and log time on them; analysts read them for their figures; the
  // dispatcher (head of IT) may take any problem's state changes, as its owner may (lib/problems/transitions.ts).
  "problems.read": ["specialist", "dispatcher", "editor", "analyst", "admin"],
  "problems.work": ["specialist", "dispatcher", "editor", "admin"],
  "problems.dispatch": ["dispatcher", "admin"],
  "admin.use": ["admin"],
  "mail.sink.read": ["admin"],
  // The user directory: staff pick assignees and watchers; managers pick people of their department.
  "users.list": ["manager", "specialist", "dispatcher", "editor", "analyst", "admin"],
  "tokens.own": ["requester", "manager", "specialist", "dispatcher", "editor", "analyst", "admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(userRoles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = permissions[permission];
  return userRoles.some((r) => allowed.includes(r));
}
