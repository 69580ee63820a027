import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

/** Whose tickets a reader's figures are made of: every department (null) or one. */
export type ReportScope = { departmentId: string | null };

/**
 * The one scoping rule of every report: analysts, dispatchers and admins see every ticket; a department head sees
 * their own department's only, and asking for another department is refused rather than quietly narrowed, so a
 * figure is never mistaken for one it is not.
 */
export function reportScope(user: Pick<CurrentUser, "roles" | "departmentId">, requestedDepartmentId?: string): ReportScope {
  if (!can(user.roles, "reports.view")) throw new AppError("forbidden", "You are not allowed to do this");
  if (can(user.roles, "reports.allDepartments")) return { departmentId: requestedDepartmentId ?? null };
  if (!user.departmentId) throw new AppError("forbidden", "Reports show your department's tickets, and you have no department");
  if (requestedDepartmentId && requestedDepartmentId !== user.departmentId) {
    throw new AppError("forbidden", "You can see your own department's figures only");
  }
  return { departmentId: user.departmentId };
}
