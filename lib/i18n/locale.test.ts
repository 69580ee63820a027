import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, pickLocale } from "./locale";

describe("the interface language", () => {
  it("follows the user's saved preference over everything else", () => {
    expect(pickLocale("en", "ru", "ru-RU,ru;q=0.9")).toBe("en");
  });

  it("falls back to the switch's cookie, then to Accept-Language, then Russian", () => {
    expect(pickLocale(null, "en", "ru")).toBe("en");
    expect(pickLocale(null, null, "de-DE,en-GB;q=0.8,ru;q=0.5")).toBe("en");
    expect(pickLocale(null, null, "fr, de")).toBe("ru");
    expect(pickLocale(undefined, "xx", undefined)).toBe("ru");
  });

  it("honours q-values rather than the order of the header", () => {
    expect(localeFromAcceptLanguage("en;q=0.3, ru;q=0.9")).toBe("ru");
    expect(localeFromAcceptLanguage("ru;q=0, en")).toBe("en");
  });
});
