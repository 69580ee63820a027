import { markdownToText } from "./markdown-to-text";
import { articleSuggestTo } from "./suggest-to";
import type { ArticleDocument, ArticleSource } from "./types";

/** An article's version: its last update (editing, publishing and archiving all move `updatedAt`). */
export function articleVersion(source: Pick<ArticleSource, "updatedAt">): number {
  return source.updatedAt.getTime();
}

/** An article row → the document in the `articles` index, its Markdown turned into plain text. Pure. */
export function buildArticleDocument(source: ArticleSource): ArticleDocument {
  return {
    kind: "article",
    title: source.title.trim(),
    body: markdownToText(source.body),
    tags: [...new Set(source.tags.map((t) => t.trim()).filter(Boolean))],
    categoryId: source.categoryId,
    categoryPath: source.categoryPath,
    visibility: source.visibility,
    status: source.status,
    suggestTo: articleSuggestTo(source),
    language: source.language,
    helpfulVotes: source.helpfulVotes,
    createdAt: source.createdAt.toISOString(),
    updatedAt: source.updatedAt.toISOString(),
    publishedAt: source.publishedAt?.toISOString() ?? null,
    sourceVersion: articleVersion(source),
  };
}
