import { describe, expect, it } from "vitest";
import { mailErrorKind } from "./mail-error-kind";

describe("a mailbox's error, as the admin page names it", () => {
  it("tells a wrong password, a server that does not answer, a certificate and a missing folder apart", () => {
    expect(mailErrorKind("Authentication failed: [AUTHENTICATIONFAILED] Authentication failed")).toBe("auth");
    expect(mailErrorKind("connect ECONNREFUSED 127.0.0.1:1143: ECONNREFUSED")).toBe("unreachable");
    expect(mailErrorKind("getaddrinfo ENOTFOUND imap.hospital.local")).toBe("unreachable");
    expect(mailErrorKind("self-signed certificate: DEPTH_ZERO_SELF_SIGNED_CERT")).toBe("tls");
    expect(mailErrorKind("Command failed: Mailbox doesn't exist: Helpdesk")).toBe("folder");
    expect(mailErrorKind("Command failed")).toBe("other");
  });
});
