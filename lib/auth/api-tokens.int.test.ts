import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, getSql, schema, withTransaction } from "@/db/client";
import { enqueue } from "@/lib/jobs/queue";
import { startWorker } from "@/lib/jobs/worker";
import { readSinkMessages, type SinkMessage } from "@/lib/mail/read-sink";
import { getUserById } from "@/lib/people/get-user";
import { createApiToken, userForToken, userIdForToken } from "./api-tokens";

async function makeUser(email: string, language: "ru" | "en") {
  const [user] = await getDb().insert(schema.users).values({ email, name: "Анна Тестова", language }).returning();
  return user;
}

async function jobsFor(userId: string) {
  return getSql()<{ name: string }[]>`select name from pgboss.job where data->>'userId' = ${userId}`;
}

describe("personal API tokens", () => {
  let userId: string;
  beforeAll(async () => {
    userId = (await makeUser(`tokens-${Date.now()}@test.local`, "ru")).id;
  });

  it("are stored hashed, audited and announced by a job queued in the same transaction", async () => {
    const { id, token } = await createApiToken(userId, { name: "мониторинг" });
    const [row] = await getDb().select().from(schema.apiTokens).where(eq(schema.apiTokens.id, id));
    expect(row.tokenHash).not.toContain(token);
    expect(await userIdForToken(token)).toBe(userId);
    // The one-query lookup says exactly what getUserById says.
    expect(await userForToken(token)).toEqual(await getUserById(userId));
    const audit = await getDb().select().from(schema.auditEvents).where(eq(schema.auditEvents.entityId, id));
    expect(audit.map((a) => a.action)).toEqual(["created"]);
    expect((await jobsFor(userId)).map((j) => j.name)).toContain("mail.tokenCreated");
  });

  it("leave nothing behind when the transaction fails half-way", async () => {
    const other = await makeUser(`half-way-${Date.now()}@test.local`, "en");
    await expect(
      withTransaction(async (tx) => {
        await tx.db.insert(schema.apiTokens).values({ userId: other.id, name: "half", tokenHash: `x${Date.now()}`, prefix: "hd_x" });
        await enqueue(tx, "mail.tokenCreated", { userId: other.id, tokenName: "half" });
        throw new Error("crash between two steps");
      }),
    ).rejects.toThrow("crash");
    expect(await getDb().select().from(schema.apiTokens).where(eq(schema.apiTokens.userId, other.id))).toHaveLength(0);
    expect(await jobsFor(other.id)).toHaveLength(0);
  });

  it("reject an unknown or malformed token", async () => {
    expect(await userIdForToken("hd_nonsense")).toBeNull();
    expect(await userIdForToken("Basic abc")).toBeNull();
  });
});

describe("the worker", () => {
  let stop: (() => Promise<void>) | undefined;
  afterAll(async () => stop?.());

  it("delivers the queued mail through real SMTP, in the recipient's language", async () => {
    const user = await makeUser(`mail-${Date.now()}@test.local`, "en");
    await createApiToken(user.id, { name: "backup script" });
    const boss = await startWorker(() => {});
    stop = () => boss.stop({ graceful: false });
    const deadline = Date.now() + 20_000;
    let mail: SinkMessage | undefined;
    while (!mail && Date.now() < deadline) {
      mail = (await readSinkMessages()).find((m) => m.to === user.email);
      if (!mail) await new Promise((r) => setTimeout(r, 250));
    }
    expect(mail?.subject).toBe('API token "backup script" created');
    expect(mail?.text).toContain("revoke it on your profile page");
  });
});
