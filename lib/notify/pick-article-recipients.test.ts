import { describe, expect, it } from "vitest";
import type { ArticleEventName } from "@/lib/kb/article-events";
import { type ArticleRecipientFacts, pickArticleRecipients } from "./pick-article-recipients";

const people = new Map(
  [
    { id: "author", active: true },
    { id: "owner", active: true },
    { id: "editor", active: true },
    { id: "editor2", active: true },
    { id: "gone", active: false },
  ].map((p) => [p.id, p]),
);

function facts(
  action: ArticleEventName,
  actorId: string | null,
  article: Partial<ArticleRecipientFacts["article"]> = {},
): ArticleRecipientFacts {
  return {
    event: { action, actorId },
    article: { authorId: "author", ownerId: "owner", ...article },
    editorIds: ["editor", "editor2", "gone"],
    people,
  };
}

const picked = (f: ArticleRecipientFacts) => pickArticleRecipients(f).map((r) => `${r.userId}:${r.reason}`);

describe("pickArticleRecipients", () => {
  it("tells every active knowledge editor of a submission, except the actor", () => {
    expect(picked(facts("submitted", "author"))).toEqual(["editor:editor", "editor2:editor"]);
    // An editor submitting their own article does not review it for themselves.
    expect(picked(facts("submitted", "editor"))).toEqual(["editor2:editor"]);
  });

  it("tells the author and the owner of a send-back, not the editor who sent it", () => {
    expect(picked(facts("sent_back", "editor"))).toEqual(["author:author", "owner:owner"]);
  });

  it("tells the author once when they also own the article, or when there is no owner", () => {
    expect(picked(facts("published", "editor", { ownerId: "author" }))).toEqual(["author:author"]);
    expect(picked(facts("published", "editor", { ownerId: null }))).toEqual(["author:author"]);
  });

  it("never tells the actor: an editor publishing their own article tells only the owner", () => {
    expect(picked(facts("published", "author"))).toEqual(["owner:owner"]);
    expect(picked(facts("published", "owner"))).toEqual(["author:author"]);
  });

  it("skips inactive people and events nobody is told of", () => {
    expect(picked(facts("sent_back", "editor", { authorId: "gone" }))).toEqual(["owner:owner"]);
    expect(picked(facts("updated", "author"))).toEqual([]);
    expect(picked(facts("archived", "editor"))).toEqual([]);
  });
});
