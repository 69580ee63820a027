import { describe, expect, it } from "vitest";
import { looksLikeMarkdown } from "./looks-like-markdown";

describe("looksLikeMarkdown", () => {
  it.each([
    ["a heading", "## Steps\nDo this"],
    ["a list", "Before:\n- one\n- two"],
    ["a numbered list", "1. Open\n2. Close"],
    ["a code fence", "```\nipconfig\n```"],
    ["a table", "| A | B |\n| --- | --- |\n| 1 | 2 |"],
    ["links over lines", "See [the guide](https://x.org)\nand more"],
  ])("recognises %s", (_, text) => {
    expect(looksLikeMarkdown(text)).toBe(true);
  });

  it.each([
    ["a sentence", "The printer on floor 2 is out of toner."],
    ["an address", "https://portal.example.org/vpn"],
    ["a lone inline mark", "call **now**"],
    ["a hashtag", "#vpn is down"],
  ])("leaves %s alone", (_, text) => {
    expect(looksLikeMarkdown(text)).toBe(false);
  });
});
