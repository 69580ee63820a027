import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError, errorBody, isDatabaseUnavailable, toAppError } from "./errors";
import { localizeError } from "./i18n/error-messages";

describe("errors", () => {
  it("turn invalid input into a 400 naming each field", () => {
    const result = z.object({ subject: z.string().min(3) }).safeParse({ subject: "" });
    const error = toAppError(result.error);
    expect(error.status).toBe(400);
    expect(errorBody(error).error.fields).toHaveProperty("subject");
  });

  it("never pass an unexpected error's text or stack on to the user", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const error = toAppError(new Error("relation users does not exist at db.ts:42"));
    spy.mockRestore();
    expect(error.status).toBe(500);
    expect(JSON.stringify(errorBody(error))).not.toContain("relation");
  });

  it("speak Russian to a Russian speaker", () => {
    const ru = localizeError(new AppError("forbidden", "You are not allowed to do this"), "ru");
    expect(ru.message).toBe("У вас нет прав на это действие");
    expect(ru.status).toBe(403);
    expect(localizeError(new AppError("forbidden", "You are not allowed to do this"), "en").message).toBe("You are not allowed to do this");
    expect(localizeError(new AppError("conflict", "Not possible while the ticket is in progress"), "ru").message).toBe(
      "Невозможно, пока заявка в работе",
    );
    expect(localizeError(new AppError("forbidden", "Only the assignee or the dispatcher can do this"), "ru").message).toBe(
      "Это может сделать только исполнитель или диспетчер",
    );
    expect(
      localizeError(new AppError("invalid_input", "Some fields are not valid", { subject: "Write a short subject" }), "ru").fields,
    ).toEqual({ subject: "Коротко опишите проблему в теме" });
  });
});

describe("PostgreSQL away", () => {
  it("is a 503 to come back to, whatever layer wrapped the driver's error", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const wrapped = Object.assign(new Error("Failed query: select 1"), { cause: refused });
    for (const error of [
      refused,
      wrapped,
      Object.assign(new Error("terminating connection"), { code: "57P01" }),
      Object.assign(new Error("x"), { code: "08006" }),
    ]) {
      const appError = toAppError(error);
      expect(appError.code).toBe("unavailable");
      expect(appError.status).toBe(503);
      expect(appError.retryAfter).toBeGreaterThan(0);
    }
    expect(isDatabaseUnavailable(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
  });
});
