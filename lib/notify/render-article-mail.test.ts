import { describe, expect, it } from "vitest";
import type { NotifiedArticleEvent } from "@/lib/kb/article-events";
import { type ArticleMailFacts, renderArticleMail } from "./render-article-mail";

const facts = (action: NotifiedArticleEvent, extra: Partial<ArticleMailFacts> = {}): ArticleMailFacts => ({
  articleId: "a1",
  action,
  title: "VPN на ноутбуке",
  actorName: "Ольга Редакторова",
  ...extra,
});

describe("renderArticleMail", () => {
  it("writes a send-back in Russian with the editor's comment and a link to the article", () => {
    const mail = renderArticleMail({
      facts: facts("sent_back", { comment: "Добавьте скриншоты" }),
      reader: { language: "ru", reason: "author" },
      appUrl: "https://desk.example/",
    });
    expect(mail.subject).toBe("[БЗ] «VPN на ноутбуке» — возвращена на доработку");
    expect(mail.text).toContain("Кто: Ольга Редакторова");
    expect(mail.text).toContain("Комментарий редактора:\nДобавьте скриншоты");
    expect(mail.text).toContain("Открыть статью: https://desk.example/kb/articles/a1\n");
    expect(mail.text).toContain("как автор статьи");
    expect(mail.headers["Auto-Submitted"]).toBe("auto-generated");
  });

  it("sends an editor told of a submission to the review page, in English", () => {
    const mail = renderArticleMail({
      facts: facts("submitted"),
      reader: { language: "en", reason: "editor" },
      appUrl: "https://desk.example",
    });
    expect(mail.subject).toBe('[KB] "VPN на ноутбуке" — waiting for review');
    expect(mail.text).toContain("Review the article: https://desk.example/kb/articles/a1/review");
  });

  it("keeps the subject on one line whatever the title holds", () => {
    const mail = renderArticleMail({
      facts: facts("published", { title: "Two\r\nlines" }),
      reader: { language: "en", reason: "owner" },
      appUrl: "http://x",
    });
    expect(mail.subject).toBe('[KB] "Two lines" — published');
  });
});
