import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/is-uuid";

/** Where a newest-first list (tickets, problems) stopped: the last row's creation time and id, opaque to clients. */
export type NewestFirstCursor = { createdAt: string; id: string };

export function encodeNewestFirstCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString("base64url");
}

/** 400 naming `cursor` for anything a previous page did not hand out. */
export function decodeNewestFirstCursor(cursor: string): NewestFirstCursor {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, "base64url").toString()) as [string, string];
    if (!Number.isNaN(Date.parse(createdAt)) && isUuid(id)) return { createdAt, id };
  } catch {}
  throw new AppError("invalid_input", "Some fields are not valid", { cursor: "Not a cursor from a previous page" });
}
