import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Sql } from "@/db/client";

export type CopyValue = string | number | boolean | Date | null | string[];

/** A value in COPY's text format: `\N` for null, and the format's own escapes for backslash, tab and line ends. */
function copyText(value: CopyValue): string {
  if (value === null) return "\\N";
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return copyText(`{${value.map((v) => `"${v.replace(/["\\]/g, "\\$&")}"`).join(",")}}`);
  return String(value).replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!);
}

/**
 * Writes rows with COPY … FROM STDIN, PostgreSQL's bulk load: one statement and one stream for any number of rows,
 * several times faster than multi-row INSERTs for the 100,000 tickets of a benchmark. Table and column names
 * are ours (snake_case, from the schema), never input.
 */
export async function copyRows(sql: Sql, table: string, columns: string[], rows: Iterable<CopyValue[]>): Promise<void> {
  const target = await sql.unsafe(`copy ${table} (${columns.join(", ")}) from stdin`).writable();
  const lines = function* () {
    let chunk = "";
    for (const row of rows) {
      chunk += row.map(copyText).join("\t") + "\n";
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = "";
      }
    }
    if (chunk) yield chunk;
  };
  await pipeline(Readable.from(lines()), target);
}
