import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/roles";
import {
  type ArticleAction,
  type ArticleFacts,
  type ArticleStage,
  allowedArticleActions,
  checkArticle,
  mayCreateArticle,
  stageOf,
} from "./article-rules";

// The people around one article, as the knowledge-base issue describes them.
const people: Record<string, { id: string; roles: Role[] }> = {
  author: { id: "u-author", roles: ["specialist"] },
  owner: { id: "u-owner", roles: ["specialist"] },
  otherSpecialist: { id: "u-specialist2", roles: ["specialist"] },
  dispatcher: { id: "u-dispatcher", roles: ["dispatcher", "specialist"] },
  editor: { id: "u-editor", roles: ["editor", "specialist"] },
  admin: { id: "u-admin", roles: ["admin"] },
  requester: { id: "u-requester", roles: ["requester"] },
  manager: { id: "u-manager", roles: ["requester", "manager"] },
  analyst: { id: "u-analyst", roles: ["analyst"] },
};
type Who = keyof typeof people;
const everyone = Object.keys(people) as Who[];
const staff: Who[] = ["author", "owner", "otherSpecialist", "dispatcher", "editor", "admin"];
const nonStaff: Who[] = ["requester", "manager", "analyst"];
const editors: Who[] = ["editor", "admin"];

const stages: ArticleStage[] = ["draft", "in_review", "published", "published_draft", "published_in_review", "archived"];
const liveStages: ArticleStage[] = ["published", "published_draft", "published_in_review"];

function article(stage: ArticleStage, visibility: "public" | "internal" = "public"): ArticleFacts {
  const status = stage.startsWith("published") ? "published" : (stage as ArticleFacts["status"]);
  return {
    status,
    visibility,
    authorId: people.author.id,
    ownerId: people.owner.id,
    hasPendingEdit: stage === "published_draft" || stage === "published_in_review",
    pendingSubmitted: stage === "published_in_review",
  };
}

// Expected for a public article: who may take each action, from which stages — written from the issue.
const expected: Record<ArticleAction, { who: Who[]; from: ArticleStage[] }> = {
  view: { who: everyone, from: stages },
  update: { who: ["author", ...editors], from: ["draft", "in_review", "published", "published_draft", "published_in_review"] },
  submit: { who: ["author"], from: ["draft", "published_draft"] },
  publish: { who: editors, from: ["draft", "in_review", "published_draft", "published_in_review"] },
  sendBack: { who: editors, from: ["in_review", "published_in_review"] },
  archive: { who: editors, from: ["draft", "in_review", ...liveStages] },
  restoreVersion: { who: ["author", ...editors], from: stages },
  feedback: { who: everyone, from: liveStages },
  markReviewed: { who: ["owner", ...editors], from: liveStages },
};

describe("articleRules", () => {
  it("derives the stage: a published article being edited stays published", () => {
    expect(stages.map((s) => stageOf(article(s)))).toEqual(stages);
  });

  for (const visibility of ["public", "internal"] as const) {
    for (const [action, rule] of Object.entries(expected) as [ArticleAction, (typeof expected)[ArticleAction]][]) {
      for (const who of everyone) {
        for (const stage of stages) {
          it(`${visibility} ${stage}: ${who} ${action}`, () => {
            const result = checkArticle(article(stage, visibility), people[who], action);
            const visible = staff.includes(who) || (visibility === "public" && liveStages.includes(stage));
            if (!visible) {
              expect(result).toMatchObject({ ok: false, reason: "not_visible" });
            } else if (!rule.who.includes(who)) {
              expect(result).toMatchObject({ ok: false, reason: "forbidden" });
            } else if (!rule.from.includes(stage)) {
              expect(result).toMatchObject({ ok: false, reason: "wrong_state" });
            } else {
              expect(result).toEqual({ ok: true });
            }
          });
        }
      }
    }
  }

  it("hides internal articles from everyone outside IT staff, in every stage", () => {
    for (const who of nonStaff)
      for (const stage of stages) expect(allowedArticleActions(article(stage, "internal"), people[who])).toEqual([]);
  });

  it("lets only editors publish", () => {
    const publishers = everyone.filter((who) => checkArticle(article("in_review"), people[who], "publish").ok);
    expect(publishers).toEqual(editors);
  });

  it("lets only IT staff create drafts", () => {
    expect(everyone.filter((who) => mayCreateArticle(people[who]))).toEqual(staff);
  });

  it("explains a refusal", () => {
    expect(checkArticle(article("published"), people.author, "publish")).toEqual({
      ok: false,
      reason: "forbidden",
      message: "Only a knowledge editor can do this",
    });
    expect(checkArticle(article("archived"), people.editor, "publish")).toEqual({
      ok: false,
      reason: "wrong_state",
      message: "Not possible while the article is archived",
    });
    expect(checkArticle(article("draft"), people.requester, "view")).toEqual({
      ok: false,
      reason: "not_visible",
      message: "Article not found",
    });
  });
});
