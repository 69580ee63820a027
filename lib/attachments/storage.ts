import { randomUUID } from "node:crypto";
import { mkdir, readFile, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { dataDir } from "@/lib/config";
import { isUuid } from "@/lib/is-uuid";

/** Where attachment bytes live: ATTACHMENTS_DIR, else `<DATA_DIR>/attachments`. */
export function attachmentsDir(): string {
  // The store is data, not code: keep the bundler from tracing the project through this path.
  return path.resolve(/* turbopackIgnore: true */ process.env.ATTACHMENTS_DIR ?? path.join(dataDir(), "attachments"));
}

// Keys are always `<ticket uuid>/<uuid>`, made here; anything else is refused, so a tampered row can never
// make the server read outside the store.
function pathOf(storageKey: string): string {
  const parts = storageKey.split("/");
  if (parts.length !== 2 || !parts.every(isUuid)) throw new Error(`Not an attachment storage key: ${storageKey}`);
  return path.join(attachmentsDir(), storageKey);
}

/** Writes the bytes under a fresh key and returns it. `wx`: never overwrites an existing file. */
export async function writeAttachmentBytes(ticketId: string, bytes: Uint8Array): Promise<string> {
  const storageKey = `${ticketId}/${randomUUID()}`;
  const file = pathOf(storageKey);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes, { flag: "wx" });
  return storageKey;
}

export async function readAttachmentBytes(storageKey: string): Promise<Buffer | null> {
  try {
    return await readFile(pathOf(storageKey));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** Best effort: a file whose row never got written is harmless, so a failure here is ignored. */
export async function discardAttachmentBytes(storageKey: string): Promise<void> {
  await unlink(pathOf(storageKey)).catch(() => {});
}
