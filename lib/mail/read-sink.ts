import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { config } from "@/lib/config";

export type SinkMessage = { id: string; to: string; subject: string; date: Date | null; text: string };

/** The newest messages the local mail sink kept, for the admins' mail page. */
export async function readSinkMessages(limit = 50): Promise<SinkMessage[]> {
  const dir = config.mailSinkDir();
  const names = await readdir(dir).catch(() => [] as string[]);
  const newest = names
    .filter((n) => n.endsWith(".eml"))
    .sort()
    .reverse()
    .slice(0, limit);
  return Promise.all(
    newest.map(async (name) => {
      const mail = await simpleParser(await readFile(join(dir, name)));
      const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(", ") : (mail.to?.text ?? "");
      return { id: name, to, subject: mail.subject ?? "", date: mail.date ?? null, text: mail.text ?? "" };
    }),
  );
}
