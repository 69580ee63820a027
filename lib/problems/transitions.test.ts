import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { localizeError } from "@/lib/i18n/error-messages";
import type { ProblemStatus } from "./problem-status";
import { allowedProblemActions, checkProblemTransition, type ProblemAction } from "./transitions";

// The people around one problem, as PRODUCT.md and issue 11 describe them.
const people: Record<string, { id: string; roles: Role[] }> = {
  requester: { id: "u-requester", roles: ["requester"] },
  manager: { id: "u-manager", roles: ["requester", "manager"] },
  owner: { id: "u-owner", roles: ["specialist"] },
  otherSpecialist: { id: "u-specialist2", roles: ["specialist"] },
  editor: { id: "u-editor", roles: ["editor"] },
  dispatcher: { id: "u-dispatcher", roles: ["dispatcher", "specialist"] },
  analyst: { id: "u-analyst", roles: ["analyst"] },
  // An owner who is no longer IT staff reads the problem but no longer runs it.
  formerOwner: { id: "u-former", roles: ["analyst"] },
  admin: { id: "u-admin", roles: ["admin"] },
};
type Who = keyof typeof people;

const statuses: ProblemStatus[] = ["open", "known_error", "resolved", "closed"];
const staff: Who[] = ["owner", "otherSpecialist", "editor", "dispatcher", "admin"];
const ownerOrDispatcher: Who[] = ["owner", "dispatcher", "admin"];

// Expected: who may take each action, from which states — written from API.md, not from the code.
const expected: Record<ProblemAction, { who: Who[]; from: ProblemStatus[] }> = {
  view: { who: [...staff, "analyst", "formerOwner"], from: statuses },
  update: { who: ownerOrDispatcher, from: ["open", "known_error", "resolved"] },
  link: { who: staff, from: ["open", "known_error"] },
  unlink: { who: staff, from: ["open", "known_error"] },
  knownError: { who: ownerOrDispatcher, from: ["open", "known_error"] },
  resolve: { who: ownerOrDispatcher, from: ["open", "known_error"] },
  close: { who: ownerOrDispatcher, from: ["resolved"] },
  logTime: { who: staff, from: statuses },
  watch: { who: staff, from: statuses },
};

const problem = (status: ProblemStatus, who: Who) => ({ status, ownerId: who === "formerOwner" ? people.formerOwner.id : people.owner.id });
const readers: Who[] = expected.view.who;

describe("the problem state machine", () => {
  for (const action of Object.keys(expected) as ProblemAction[]) {
    for (const who of Object.keys(people) as Who[]) {
      for (const status of statuses) {
        const allowedWho = expected[action].who.includes(who);
        const allowedState = expected[action].from.includes(status);
        const outcome = !readers.includes(who) ? "not_visible" : !allowedWho ? "forbidden" : !allowedState ? "wrong_state" : "ok";
        it(`${action} by ${who} on a ${status} problem: ${outcome}`, () => {
          const check = checkProblemTransition(problem(status, who), people[who], action);
          expect(check.ok ? "ok" : check.reason).toBe(outcome);
        });
      }
    }
  }

  it("lists exactly the allowed actions", () => {
    expect(allowedProblemActions(problem("known_error", "owner"), people.owner)).toEqual([
      "view",
      "update",
      "link",
      "unlink",
      "knownError",
      "resolve",
      "logTime",
      "watch",
    ]);
    expect(allowedProblemActions(problem("resolved", "owner"), people.otherSpecialist)).toEqual(["view", "logTime", "watch"]);
    expect(allowedProblemActions(problem("open", "owner"), people.requester)).toEqual([]);
  });

  it("explains refusals in English and in Russian", () => {
    const forbidden = checkProblemTransition(problem("open", "owner"), people.otherSpecialist, "resolve");
    const wrongState = checkProblemTransition(problem("known_error", "owner"), people.owner, "close");
    const hidden = checkProblemTransition(problem("open", "owner"), people.requester, "view");
    const messages = [forbidden, wrongState, hidden].map((c) => (c.ok ? "" : c.message));
    expect(messages).toEqual([
      "Only the problem's owner or the dispatcher can do this",
      "Not possible while the problem is a known error",
      "Problem not found",
    ]);
    const ru = messages.map((m) => localizeError(new AppError("conflict", m), "ru").message);
    expect(ru).toEqual([
      "Это может сделать только ответственный за проблему или диспетчер",
      "Невозможно, пока проблема — известная ошибка",
      "Проблема не найдена",
    ]);
    for (const status of statuses.filter((s) => s !== "closed")) {
      const check = checkProblemTransition(problem(status, "owner"), people.owner, "close");
      if (!check.ok) expect(localizeError(new AppError("conflict", check.message), "ru").message).toMatch(/^Невозможно, пока проблема /);
    }
  });
});
