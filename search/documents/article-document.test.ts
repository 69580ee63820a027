import { describe, expect, it } from "vitest";
import { buildArticleDocument } from "./article-document";
import { categoryPath } from "./category-path";

describe("buildArticleDocument", () => {
  it("indexes the Markdown as plain text and de-duplicates tags", () => {
    const doc = buildArticleDocument({
      id: "a1",
      title: "Как сбросить пароль",
      body: "## Шаги\n\n1. Нажмите **Ctrl+Alt+Del**",
      tags: ["пароль", " пароль", ""],
      categoryId: "c2",
      categoryPath: ["c1", "c2"],
      visibility: "public",
      status: "published",
      language: "ru",
      helpfulVotes: 3,
      createdAt: new Date("2026-01-01T00:00:00Z"),
      updatedAt: new Date("2026-01-02T00:00:00Z"),
      publishedAt: null,
    });
    expect(doc.body).toBe("Шаги\n\nНажмите Ctrl+Alt+Del");
    expect(doc.tags).toEqual(["пароль"]);
    expect(doc.sourceVersion).toBe(Date.parse("2026-01-02T00:00:00Z"));
    expect(doc.kind).toBe("article");
    expect(doc.suggestTo).toEqual(["public", "internal"]);
  });
});

describe("categoryPath", () => {
  const parents = new Map<string, string | null>([
    ["root", null],
    ["mid", "root"],
    ["leaf", "mid"],
    ["loop1", "loop2"],
    ["loop2", "loop1"],
  ]);

  it("walks from the root down to the category", () => {
    expect(categoryPath("leaf", parents)).toEqual(["root", "mid", "leaf"]);
    expect(categoryPath(null, parents)).toEqual([]);
  });

  it("stops at a cycle", () => {
    expect(categoryPath("loop1", parents)).toEqual(["loop2", "loop1"]);
  });
});
