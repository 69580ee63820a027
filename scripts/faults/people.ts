import { inArray } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import { createApiToken } from "@/lib/auth/api-tokens";

const demo = ["requester", "requester2", "manager", "specialist", "specialist2", "dispatcher", "admin"] as const;
export type Person = { id: string; email: string; token: string };
export type People = Record<(typeof demo)[number], Person>;

/**
 * The demo's people (lib/demo seeds them), each with a personal API token made by the production function: the
 * suite talks to the desk as they would, through the REST API.
 */
export async function demoPeople(): Promise<People> {
  const emails = demo.map((name) => `${name}@demo.local`);
  const rows = await getDb()
    .select({ id: schema.users.id, email: schema.users.email })
    .from(schema.users)
    .where(inArray(schema.users.email, emails));
  const people = {} as People;
  for (const name of demo) {
    const row = rows.find((r) => r.email === `${name}@demo.local`);
    if (!row) throw new Error(`the demo seed made no ${name}@demo.local`);
    people[name] = { ...row, token: (await createApiToken(row.id, { name: "fault suite" })).token };
  }
  return people;
}
