import { describe, expect, it } from "vitest";
import { pickProblemRecipients } from "./pick-problem-recipients";
import { renderProblemMail } from "./render-problem-mail";

const people = new Map([
  ["owner", { active: true }],
  ["watcher", { active: true }],
  ["gone", { active: false }],
  ["old-owner", { active: true }],
]);

describe("who is told of a problem event", () => {
  it("tells the owner and the watchers, never the actor or someone inactive, each once", () => {
    const event = { action: "known_error" as const, actorId: "watcher", changes: null };
    expect(pickProblemRecipients({ event, problem: { ownerId: "owner" }, watcherIds: ["watcher", "gone", "owner"], people })).toEqual([
      { userId: "owner", reason: "owner" },
    ]);
  });

  it("tells the previous owner when the problem is handed over", () => {
    const event = { action: "updated" as const, actorId: "dispatcher", changes: { ownerId: { from: "old-owner", to: "owner" } } };
    expect(pickProblemRecipients({ event, problem: { ownerId: "owner" }, watcherIds: [], people }).map((r) => r.reason)).toEqual([
      "owner",
      "previousOwner",
    ]);
  });
});

describe("the mail of a problem event", () => {
  const facts = {
    number: "PRB-3",
    title: "VPN drops\nevery hour",
    action: "known_error" as const,
    actorName: "Anna",
    workaround: "Reconnect",
    rootCause: "Lease time",
  };
  it("is written in the reader's language, with the workaround and a link", () => {
    const en = renderProblemMail({ facts, reader: { language: "en", reason: "owner" }, appUrl: "https://desk.example/" });
    expect(en.subject).toBe('[PRB-3] "VPN drops every hour" — known error, with a workaround');
    expect(en.text).toContain("Workaround:\nReconnect");
    expect(en.text).toContain("https://desk.example/problems/PRB-3");
    const ru = renderProblemMail({ facts, reader: { language: "ru", reason: "watcher" }, appUrl: "https://desk.example" });
    expect(ru.subject).toBe("[PRB-3] «VPN drops every hour» — известная ошибка, есть обходное решение");
    expect(ru.text).toContain("Обходное решение:\nReconnect");
    expect(ru.text).toContain("наблюдатель проблемы");
  });
});
