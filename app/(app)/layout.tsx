import { AppShell } from "@/components/layout/app-shell";
import { Unavailable } from "@/components/page/unavailable";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requireUser } from "@/lib/auth/require-user";
import { isDatabaseUnavailable } from "@/lib/errors";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  let user: CurrentUser;
  try {
    user = await requireUser();
  } catch (error) {
    // Every signed-in page reads the user first: while PostgreSQL is away, they all show the plain page instead.
    if (isDatabaseUnavailable(error)) return <Unavailable />;
    throw error;
  }
  return <AppShell user={user}>{children}</AppShell>;
}
