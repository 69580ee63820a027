import { asc, gt } from "drizzle-orm";
import { type Db, schema } from "@/db/client";
import type { SearchKind } from "../indices/names";

/** Every ticket or article id in Postgres, in pages (keyset on the id, so a page costs the same at any depth). */
export async function* scanSourceIds(db: Db, kind: SearchKind, pageSize = 500): AsyncGenerator<string[]> {
  const table = kind === "ticket" ? schema.tickets : schema.articles;
  let after: string | null = null;
  for (;;) {
    const rows: { id: string }[] = await db
      .select({ id: table.id })
      .from(table)
      .where(after ? gt(table.id, after) : undefined)
      .orderBy(asc(table.id))
      .limit(pageSize);
    if (rows.length === 0) return;
    yield rows.map((r) => r.id);
    after = rows[rows.length - 1].id;
  }
}
