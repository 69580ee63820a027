import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/current-user";
import { homePathFor } from "@/lib/auth/roles";

export default async function Home() {
  const user = await getSessionUser();
  redirect(user ? homePathFor(user.roles) : "/sign-in");
}
