import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb, getSql, schema } from "@/db/client";
import { createApiToken } from "@/lib/auth/api-tokens";
import { makeOrganisation } from "@/lib/test/fixtures";
import { attemptSignIn } from "./sign-in-attempt";

// The route guard is exercised without next-auth's session half, as in the other route tests.
vi.mock("@/lib/auth/auth", () => ({ auth: async () => null }));

describe("sign-in throttling against PostgreSQL", () => {
  it("refuses an account from an address after five failures, even with the right password, and nobody else", async () => {
    const org = await makeOrganisation();
    const email = `victim-${org.tag}@test.local`;
    const from = (address: string) => ({ email, address, userAgent: "test" });
    const wrong = async () => null;
    const right = async () => org.requester.id;
    for (let i = 0; i < 5; i++) expect(await attemptSignIn(from("10.0.0.1"), wrong)).toBeNull();
    const refused = await attemptSignIn(from("10.0.0.1"), right);
    expect(refused).toEqual({ retryAfter: expect.any(Number) });
    expect((refused as { retryAfter: number }).retryAfter).toBeGreaterThan(60);
    // The same account from elsewhere, and another account from the same address, are not affected.
    expect(await attemptSignIn(from("10.0.0.2"), right)).toEqual({ userId: org.requester.id });
    expect(await attemptSignIn({ email: `other-${org.tag}@test.local`, address: "10.0.0.1", userAgent: null }, right)).toEqual({
      userId: org.requester.id,
    });
    // Every outcome is an audit event with the address.
    const events = await getDb().select().from(schema.auditEvents).where(eq(schema.auditEvents.entityType, "sign_in"));
    const mine = events.filter((e) => (e.data as { email?: string }).email === email);
    expect(mine.map((e) => e.action)).toEqual(["failed", "failed", "failed", "failed", "failed", "refused", "signed_in"]);
    expect(mine[0].data).toMatchObject({ address: "10.0.0.1", userAgent: "test" });
  });

  it("tells the account's owner once, on the tenth failure", async () => {
    const org = await makeOrganisation();
    const attempt = { email: org.requester.email, address: "10.0.0.9", userAgent: null };
    const jobs = async () =>
      (
        await getSql()<
          { n: number }[]
        >`select count(*)::int as n from pgboss.job where name = 'mail.signInFailures' and data->>'userId' = ${org.requester.id}`
      )[0].n;
    for (let i = 0; i < 9; i++) await attemptSignIn(attempt, async () => null);
    expect(await jobs()).toBe(0);
    await attemptSignIn(attempt, async () => null);
    expect(await jobs()).toBe(1);
    await attemptSignIn(attempt, async () => null);
    expect(await jobs()).toBe(1);
  });

  it("answers wrong bearer tokens from one address with 429 and Retry-After after five", async () => {
    const org = await makeOrganisation();
    const { GET } = await import("@/app/api/v1/me/route");
    const address = `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const call = () =>
      GET(
        new Request("http://localhost/api/v1/me", {
          headers: { authorization: "Bearer hd_wrong", "x-forwarded-for": `203.0.113.9, ${address}` },
        }),
        { params: Promise.resolve({}) },
      );
    for (let i = 0; i < 5; i++) expect((await call()).status).toBe(401);
    const limited = await call();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await limited.json()).error.code).toBe("rate_limited");
    // A right token from the locked address is refused too: else a guesser would know a right one by its 200.
    const { token } = await createApiToken(org.requester.id, { name: "throttled" });
    const right = await GET(
      new Request("http://localhost/api/v1/me", {
        headers: { authorization: `Bearer ${token}`, "x-forwarded-for": `203.0.113.9, ${address}` },
      }),
      { params: Promise.resolve({}) },
    );
    expect(right.status).toBe(429);
    // And it works from another address.
    const elsewhere = await GET(
      new Request("http://localhost/api/v1/me", {
        headers: {
          authorization: `Bearer ${token}`,
          "x-forwarded-for": `203.0.113.9, 10.2.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
        },
      }),
      { params: Promise.resolve({}) },
    );
    expect(elsewhere.status).toBe(200);
  });
});
