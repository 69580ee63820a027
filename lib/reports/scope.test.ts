import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { reportScope } from "./scope";

const code = (work: () => unknown) => {
  try {
    work();
    return null;
  } catch (e) {
    return (e as AppError).code;
  }
};

describe("who sees which tickets' figures", () => {
  it("gives analysts, dispatchers and admins every department, or the one they ask for", () => {
    for (const role of ["analyst", "dispatcher", "admin"] as const) {
      expect(reportScope({ roles: [role], departmentId: "d1" })).toEqual({ departmentId: null });
      expect(reportScope({ roles: [role], departmentId: "d1" }, "d2")).toEqual({ departmentId: "d2" });
    }
  });

  it("keeps a department head to their own department, even when they ask for none", () => {
    expect(reportScope({ roles: ["requester", "manager"], departmentId: "d1" })).toEqual({ departmentId: "d1" });
    expect(reportScope({ roles: ["manager"], departmentId: "d1" }, "d1")).toEqual({ departmentId: "d1" });
  });

  it("refuses another department to a department head, and reports to those without the permission", () => {
    expect(code(() => reportScope({ roles: ["manager"], departmentId: "d1" }, "d2"))).toBe("forbidden");
    expect(code(() => reportScope({ roles: ["manager"], departmentId: null }))).toBe("forbidden");
    expect(code(() => reportScope({ roles: ["specialist"], departmentId: "d1" }))).toBe("forbidden");
    expect(code(() => reportScope({ roles: ["requester"], departmentId: "d1" }))).toBe("forbidden");
  });
});
