import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

export type SignInEvent = {
  id: number;
  at: string;
  action: "signed_in" | "failed" | "refused";
  email: string;
  address: string;
  userAgent: string | null;
  userName: string | null;
};

/** The admins' sign-in trail: the latest successes, failures and throttled refusals, newest first. */
export async function listSignIns({
  outcome,
  limit = 200,
}: {
  outcome?: SignInEvent["action"];
  limit?: number;
} = {}): Promise<SignInEvent[]> {
  const rows = await getDb().execute(sql`
    select a.id, to_char(a.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as at, a.action, a.data ->> 'email' as email,
      a.data ->> 'address' as address, a.data ->> 'userAgent' as "userAgent", u.name as "userName"
    from audit_events a left join users u on u.id = a.actor_id
    where a.entity_type = 'sign_in' ${outcome ? sql`and a.action = ${outcome}` : sql``}
    order by a.at desc, a.id desc limit ${limit}`);
  return rows as unknown as SignInEvent[];
}
