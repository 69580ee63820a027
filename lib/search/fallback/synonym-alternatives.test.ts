import { describe, expect, it } from "vitest";
import { synonymAlternatives } from "./synonym-alternatives";

describe("synonymAlternatives", () => {
  it("offers the other entries of a group found in the text", () => {
    expect(synonymAlternatives("Не печатает МФУ")).toEqual(expect.arrayContaining(["принтер", "printer"]));
    expect(synonymAlternatives("Не печатает МФУ")).not.toContain("мфу");
  });

  it("finds phrases, with ё and hyphens spelled either way", () => {
    expect(synonymAlternatives("заблокирована учетная запись")).toEqual(expect.arrayContaining(["аккаунт", "account"]));
    expect(synonymAlternatives("не работает wi fi")).toContain("вайфай");
  });

  it("does not match parts of words", () => {
    expect(synonymAlternatives("компьютерный класс")).not.toContain("пк");
  });
});
