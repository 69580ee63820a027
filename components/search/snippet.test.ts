import { describe, expect, it } from "vitest";
import { snippetParts } from "./snippet";

describe("snippetParts", () => {
  it("splits a snippet into marked and plain text, unescaping entities", () => {
    expect(snippetParts("Замятие <mark>бумаги</mark> в &lt;МФУ&gt; &amp; HP")).toEqual([
      { text: "Замятие ", mark: false },
      { text: "бумаги", mark: true },
      { text: " в <МФУ> & HP", mark: false },
    ]);
  });

  it("keeps any other tag as text", () => {
    expect(snippetParts("<img src=x onerror=alert(1)> <mark>ok</mark>")).toEqual([
      { text: "<img src=x onerror=alert(1)> ", mark: false },
      { text: "ok", mark: true },
    ]);
  });
});
