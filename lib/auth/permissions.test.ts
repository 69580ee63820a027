import { describe, expect, it } from "vitest";
import { can } from "./permissions";
import { homePathFor } from "./roles";

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
