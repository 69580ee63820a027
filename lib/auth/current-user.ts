import { cache } from "react";
import { getUserById, type UserView } from "@/lib/people/get-user";
import { userForToken } from "./api-tokens";
import { auth } from "./auth";
import { sessionStillHolds } from "./revoke-sessions";

export type CurrentUser = UserView;

/** The signed-in user of this request (session cookie), read once per request. */
export const getSessionUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  // A signed cookie cannot be taken back: whether it still holds is read from PostgreSQL on every request.
  const [user, holds] = await Promise.all([getUserById(id), sessionStillHolds(id, session.signedInAt)]);
  return holds ? user : null;
});

/** The caller of a REST request: a personal API token (Authorization: Bearer) or the session cookie. */
export async function getRequestUser(request: Request): Promise<CurrentUser | null> {
  const header = request.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    // A wrong token is an anonymous call, even if a cookie is also present.
    return match ? userForToken(match[1]) : null;
  }
  return getSessionUser();
}
