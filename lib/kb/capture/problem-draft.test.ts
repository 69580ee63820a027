import { describe, expect, it } from "vitest";
import { articleSummary } from "./article-summary";
import { draftFromProblem } from "./problem-draft";

describe("draftFromProblem", () => {
  const known = {
    title: "Принтеры регистратуры не печатают талоны",
    description: "Задания висят в очереди печати.",
    rootCause: "Служба печати падает после обновления драйвера.",
    workaround: "Перезапустить диспетчер печати\nОчистить очередь печати",
    categoryId: "c1",
    workaroundPublic: true,
  };

  it("writes the problem, its cause and the workaround as steps, in the problem's language", () => {
    const draft = draftFromProblem(known);
    expect(draft).toMatchObject({ title: known.title, language: "ru", visibility: "public", categoryId: "c1" });
    expect(draft.body).toBe(
      "## Проблема\n\nЗадания висят в очереди печати.\n\n## Причина\n\nСлужба печати падает после обновления драйвера.\n\n" +
        "## Обходное решение\n\n1. Перезапустить диспетчер печати\n2. Очистить очередь печати\n",
    );
    // The resolve form's summary of the article is its workaround.
    expect(articleSummary(draft.body)).toBe("1. Перезапустить диспетчер печати\n2. Очистить очередь печати");
  });

  it("keeps an internal workaround internal, says the cause is still sought, and leaves contact details out", () => {
    const draft = draftFromProblem({
      title: "VPN drops every hour",
      description: "",
      rootCause: null,
      workaround: "Reconnect, or call +7 912 345-67-89 (ops@hospital.test).",
      categoryId: null,
      workaroundPublic: false,
    });
    expect(draft).toMatchObject({ language: "en", visibility: "internal" });
    expect(draft.body).toContain("## Problem\n\nVPN drops every hour\n\n## Cause\n\n_The cause is still being investigated._");
    expect(draft.body).not.toMatch(/345-67-89|ops@hospital/);
  });
});
