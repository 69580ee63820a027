import { describe, expect, it } from "vitest";
import { ticketIdFromThread, ticketNumberFromSubject } from "./find-thread";
import { describeMailbox, mailboxesFromEnv } from "./mailbox-config";
import { backoffMinutes } from "./mailbox-status";

describe("mailboxesFromEnv", () => {
  it("is off when nothing is set", () => {
    expect(mailboxesFromEnv({})).toEqual([]);
  });

  it("reads one or more URLs, with the folder and what to do after import", () => {
    const [a, b] = mailboxesFromEnv({
      MAILIN_IMAP_URL: "imaps://desk%40h.ru:p%40ss@mail.h.ru/Support?after=move:Done imap://it:x@10.0.0.5:1143",
      MAILIN_AFTER_IMPORT: "delete",
    });
    expect(a).toMatchObject({
      host: "mail.h.ru",
      port: 993,
      tls: true,
      user: "desk@h.ru",
      password: "p@ss",
      folder: "Support",
      after: { action: "move", folder: "Done" },
    });
    expect(b).toMatchObject({ host: "10.0.0.5", port: 1143, tls: false, folder: "INBOX", after: { action: "delete" } });
    expect(describeMailbox(a)).not.toHaveProperty("password");
  });

  it("reads the separate variables", () => {
    const [m] = mailboxesFromEnv({
      MAILIN_IMAP_HOST: "mail.h.ru",
      MAILIN_IMAP_TLS: "false",
      MAILIN_IMAP_USER: "desk",
      MAILIN_IMAP_PASSWORD: "s",
    });
    expect(m).toMatchObject({ port: 143, tls: false, folder: "INBOX", after: { action: "seen" }, key: "desk@mail.h.ru:143/INBOX" });
  });

  it("refuses what it cannot read", () => {
    expect(() => mailboxesFromEnv({ MAILIN_IMAP_URL: "pop3://x@y" })).toThrow(/imap/);
    expect(() => mailboxesFromEnv({ MAILIN_IMAP_URL: "imap://x@y", MAILIN_AFTER_IMPORT: "archive" })).toThrow(/MAILIN_AFTER_IMPORT/);
  });
});

describe("threading", () => {
  const id = "0b6f8c1e-3f1a-4c55-9d7e-2a1b3c4d5e6f";
  it("finds the ticket from our root or per-event Message-IDs", () => {
    expect(ticketIdFromThread(`<ticket-${id}@helpdesk.local>`, [])).toBe(id);
    expect(ticketIdFromThread(undefined, ["<x@gmail.com>", `<ticket-${id}.42.${id}@helpdesk.local>`])).toBe(id);
    expect(ticketIdFromThread("<other@gmail.com>", ["<x@y>"])).toBeNull();
    expect(ticketIdFromThread(`<ticket-${id}@evil.example>`, [])).toBeNull();
  });

  it("reads [HD-n] from a subject", () => {
    expect(ticketNumberFromSubject("Re: [HD-1042] Printer — resolved")).toBe(1042);
    expect(ticketNumberFromSubject("HD-1042 without brackets")).toBeNull();
  });
});

describe("backoff", () => {
  it("doubles up to half an hour", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(backoffMinutes)).toEqual([1, 2, 4, 8, 16, 30, 30, 30]);
  });
});
