export const roles = ["requester", "manager", "specialist", "dispatcher", "editor", "analyst", "admin"] as const;
export type Role = (typeof roles)[number];

/** Where a user lands after signing in: the page of their most specific role. */
export function homePathFor(userRoles: readonly Role[]): string {
  if (userRoles.includes("admin")) return "/admin";
  if (userRoles.includes("dispatcher")) return "/desk";
  if (userRoles.includes("editor")) return "/kb";
  if (userRoles.includes("specialist")) return "/desk";
  if (userRoles.includes("analyst")) return "/reports";
  return "/portal";
}
