import { sql } from "drizzle-orm";
import { schema, type TxDb } from "@/db/client";

type KeyedTable = typeof schema.departments | typeof schema.categories | typeof schema.supportLines;

/** A readable, stable key from an English name: "MIS team" -> "mis-team". */
export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return slug || "item";
}

/**
 * A key not yet used in `table`: the slug, else the slug with the first free number. Keys are what the seed
 * and scripts match rows by; people see names, so the key never changes after creation.
 */
export async function uniqueKey(db: TxDb, table: KeyedTable, englishName: string): Promise<string> {
  const base = slugify(englishName);
  const rows = await db.execute<{ key: string }>(sql`select key from ${table} where key = ${base} or key like ${`${base}-%`}`);
  const taken = new Set([...rows].map((r) => r.key));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
