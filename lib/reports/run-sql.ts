import type { SQL } from "drizzle-orm";
import { getDb } from "@/db/client";

/** Runs one report query; every number is cast in SQL (::int, ::float8) so rows arrive as numbers. */
export async function rows<T>(query: SQL): Promise<T[]> {
  return (await getDb().execute(query)) as unknown as T[];
}

export async function oneRow<T>(query: SQL): Promise<T> {
  return (await rows<T>(query))[0];
}
