import { AppError } from "@/lib/errors";

/**
 * A page of a report's rows. Report rows are grouped figures (a few hundred at most), computed whole and
 * sorted, so the cursor is simply the offset of the next row.
 */
export function pageOf<T>(items: T[], limit: number, cursor?: string): { items: T[]; nextCursor: string | null } {
  const offset = cursor === undefined ? 0 : decodeOffset(cursor);
  const end = offset + limit;
  return { items: items.slice(offset, end), nextCursor: end < items.length ? Buffer.from(String(end)).toString("base64url") : null };
}

function decodeOffset(cursor: string): number {
  const offset = Number(Buffer.from(cursor, "base64url").toString());
  if (Number.isInteger(offset) && offset >= 0) return offset;
  throw new AppError("invalid_input", "Some fields are not valid", { cursor: "Not a cursor from a previous page" });
}
