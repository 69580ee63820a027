import { describe, expect, it } from "vitest";
import { linkParts } from "./linkify";

describe("linkParts", () => {
  it("makes http(s) addresses links and leaves the sentence around them", () => {
    expect(linkParts("See «Printer»: https://desk.local/kb/articles/abc. Thanks")).toEqual([
      { text: "See «Printer»: " },
      { text: "https://desk.local/kb/articles/abc", href: "https://desk.local/kb/articles/abc" },
      { text: ". Thanks" },
    ]);
  });

  it("leaves text without addresses, and other schemes, alone", () => {
    expect(linkParts("javascript:alert(1) and \\\\FS-01\\Scan")).toEqual([{ text: "javascript:alert(1) and \\\\FS-01\\Scan" }]);
    expect(linkParts("")).toEqual([]);
  });
});
