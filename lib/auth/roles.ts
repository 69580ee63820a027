export const roles = ["requester", "manager", "specialist", "dispatcher", "editor", "analyst", "admin"] as const;
export type Role = (typeof roles)[number];

/** IT staff: they work tickets, read internal notes and search everything. */
export const itStaffRoles: readonly Role[] = ["specialist", "dispatcher", "editor", "admin"];

export function isItStaff(userRoles: readonly Role[]): boolean {
  return userRoles.some((r) => itStaffRoles.includes(r));
}

/** Where a user lands after signing in: the page of their most specific role. */
export function homePathFor(userRoles: readonly Role[]): string {
  if (userRoles.includes("admin")) return "/admin";
  if (userRoles.includes("dispatcher")) return "/desk";
  if (userRoles.includes("editor")) return "/kb";
  if (userRoles.includes("specialist")) return "/desk";
  if (userRoles.includes("analyst")) return "/reports";
  return "/portal";
}
