import { describe, expect, it } from "vitest";
import { can, type Permission } from "./permissions";
import { homePathFor, roles } from "./roles";

describe("the permission map", () => {
  it("denies what no role of the user allows", () => {
    expect(can(["requester"], "users.list")).toBe(false);
    expect(can(["requester"], "desk.use")).toBe(false);
    expect(can([], "portal.use")).toBe(false);
  });

  it("allows through any one of several roles", () => {
    expect(can(["requester", "manager"], "users.list")).toBe(true);
    expect(can(["analyst"], "reports.view")).toBe(true);
    expect(can(["specialist"], "admin.use")).toBe(false);
    expect(can(["admin"], "mail.sink.read")).toBe(true);
  });

  it("lets IT staff inside tickets and articles, dispatchers over every ticket, a head over the department", () => {
    const holders = (permission: Permission) => roles.filter((role) => can([role], permission));
    for (const permission of ["tickets.work", "tickets.internal.read", "kb.internal.read", "kb.draft"] as const) {
      expect(holders(permission)).toEqual(["specialist", "dispatcher", "editor", "admin"]);
    }
    expect(holders("tickets.dispatch")).toEqual(["dispatcher", "admin"]);
    expect(holders("tickets.department")).toEqual(["manager"]);
    expect(holders("kb.review")).toEqual(["editor", "admin"]);
  });

  it("sends each role to its own home page", () => {
    expect(homePathFor(["requester"])).toBe("/portal");
    expect(homePathFor(["requester", "manager"])).toBe("/portal");
    expect(homePathFor(["specialist"])).toBe("/desk");
    expect(homePathFor(["editor", "specialist"])).toBe("/kb");
    expect(homePathFor(["dispatcher", "specialist"])).toBe("/desk");
    expect(homePathFor(["analyst"])).toBe("/reports");
    expect(homePathFor(["admin", "specialist"])).toBe("/admin");
  });
});
