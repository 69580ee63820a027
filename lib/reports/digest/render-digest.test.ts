import { describe, expect, it } from "vitest";
import { type DigestFigures, renderDigest } from "./render-digest";

const figures: DigestFigures = {
  period: { from: "2026-11-23", to: "2026-11-29" },
  top: [
    { id: "p1", label: "принтер талоны печать", tickets: 12, cost: 18000, gap: false },
    { id: "p2", label: "password expired windows", tickets: 1, cost: 900, gap: true },
  ],
  newGaps: [{ id: "p2", label: "password expired windows", tickets: 3 }],
  sla: { resolutionMet: 0.82, previous: 0.75, breached: 4, previousBreached: 6 },
  csat: { average: 4.25, previous: null, count: 21 },
  currency: "RUB",
};

describe("the weekly digest", () => {
  it("reads in Russian with Russian plurals, numbers and links to each problem", () => {
    const mail = renderDigest(figures, { name: "Белов С. М.", language: "ru" }, "https://desk.example");
    expect(mail.subject).toContain("2026-11-23 – 2026-11-29");
    expect(mail.text).toContain("1. принтер талоны печать — 12 заявок, 18\u00a0000\u00a0₽");
    expect(mail.text).toContain("2. password expired windows — 1 заявка, 900\u00a0₽ (нет статьи)");
    expect(mail.text).toContain("https://desk.example/reports/problems/p1?from=2026-11-23&to=2026-11-29");
    expect(mail.text).toContain("SLA: решено в срок: 82 % (неделей раньше: 75 %), нарушений: 4 (6)");
    expect(mail.text).toContain("Удовлетворённость: 4,3 / 5, 21 оценка (неделей раньше: —)");
  });

  it("reads in English for an English reader", () => {
    const mail = renderDigest({ ...figures, newGaps: [] }, { name: "Ann", language: "en" }, "https://desk.example");
    expect(mail.text).toContain("1. принтер талоны печать — 12 tickets, RUB");
    expect(mail.text).toContain("No new gaps this week.");
    expect(mail.text).toContain("Satisfaction: 4.3 / 5, 21 ratings");
  });
});
