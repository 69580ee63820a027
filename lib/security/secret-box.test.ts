import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "./secret-box";

const saved = process.env.AUTH_SECRET;
beforeAll(() => {
  process.env.AUTH_SECRET = "unit-test-secret-unit-test-secret-0123";
});
afterAll(() => {
  process.env.AUTH_SECRET = saved;
  if (saved === undefined) delete process.env.AUTH_SECRET;
});

describe("secret box", () => {
  it("opens what it sealed, and never shows the secret in the sealed text", () => {
    const sealed = sealSecret("пароль от ящика", "mailbox");
    expect(sealed).not.toContain("пароль");
    expect(sealed).not.toBe(sealSecret("пароль от ящика", "mailbox")); // a fresh IV each time
    expect(openSecret(sealed, "mailbox")).toBe("пароль от ящика");
  });

  it("refuses a secret sealed for another purpose, under another AUTH_SECRET, or tampered with", () => {
    const sealed = sealSecret("secret", "mailbox");
    expect(() => openSecret(sealed, "other")).toThrow(/cannot be read/);
    const parts = sealed.split(".");
    parts[3] = Buffer.from("forged").toString("base64url");
    expect(() => openSecret(parts.join("."), "mailbox")).toThrow(/cannot be read/);
    process.env.AUTH_SECRET = "another-secret-another-secret-another-0";
    expect(() => openSecret(sealed, "mailbox")).toThrow(/AUTH_SECRET/);
    process.env.AUTH_SECRET = "unit-test-secret-unit-test-secret-0123";
  });
});
