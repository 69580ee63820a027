import { describe, expect, it } from "vitest";
import { automaticMailReason } from "./automatic-mail";

const check = (headers: Record<string, unknown>, from = "ivan@hospital.ru", messageId = "<a@b>") =>
  automaticMailReason({
    headers: new Map(Object.entries(headers)),
    from,
    messageId,
    ownAddresses: ["helpdesk@hospital.ru"],
    ownMessageIdDomain: "helpdesk.local",
  });

describe("automaticMailReason", () => {
  it("lets a person's mail through", () => {
    expect(check({ "auto-submitted": "no", precedence: "normal" })).toBeNull();
  });

  it("recognises auto-replies by Auto-Submitted, Precedence and X-Autoreply", () => {
    expect(check({ "auto-submitted": "auto-replied" })).toMatch(/Auto-Submitted/);
    expect(check({ precedence: "bulk" })).toMatch(/Precedence/);
    expect(check({ precedence: "auto_reply" })).toMatch(/Precedence/);
    expect(check({ "x-autoreply": "yes" })).toBe("X-Autoreply");
    expect(check({ "x-auto-response-suppress": "All" })).toMatch(/Suppress/);
  });

  it("recognises bounces and delivery reports", () => {
    expect(check({}, "MAILER-DAEMON@mx.hospital.ru")).toMatch(/bounce/);
    expect(check({ "content-type": { value: "multipart/report", params: {} } })).toMatch(/report/);
    expect(check({ "return-path": "<>" })).toMatch(/bounce/);
    expect(check({}, "")).toMatch(/bounce/);
  });

  it("recognises our own mail by its From and its Message-ID", () => {
    expect(check({}, "HELPDESK@hospital.ru")).toMatch(/own address/);
    expect(check({}, "ivan@hospital.ru", "<ticket-1@helpdesk.local>")).toMatch(/own message/);
  });
});
