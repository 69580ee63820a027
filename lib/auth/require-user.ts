import { redirect } from "next/navigation";
import { type CurrentUser, getSessionUser } from "./current-user";
import { can, type Permission } from "./permissions";
import { homePathFor } from "./roles";

/** For pages: the signed-in user, else the sign-in page; without the permission, the user's own home. */
export async function requireUser(permission?: Permission): Promise<CurrentUser> {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  if (permission && !can(user.roles, permission)) redirect(homePathFor(user.roles));
  return user;
}
