import { describe, expect, it } from "vitest";
import { appendToSolution, articleBlock, removeFromSolution } from "./solution-text";

describe("solution text", () => {
  const block = articleBlock("1. Restart\n2. Sign in", "More: https://desk/kb/articles/1");

  it("adds a block after the typed text, or starts with it", () => {
    expect(appendToSolution("", block)).toBe(block);
    expect(appendToSolution("  Checked the cable.\n", block)).toBe(`Checked the cable.\n\n${block}`);
  });

  it("takes back only its own block, and leaves an edited one alone", () => {
    expect(removeFromSolution(block, block)).toBe("");
    expect(removeFromSolution(`Checked the cable.\n\n${block}\n\nThen it worked.`, block)).toBe("Checked the cable.\n\nThen it worked.");
    const edited = block.replace("Restart", "Reboot");
    expect(removeFromSolution(edited, block)).toBe(edited);
  });

  it("is only the link line for an article without a summary", () => {
    expect(articleBlock("  ", "More: x")).toBe("More: x");
  });
});
