import { describe, expect, it } from "vitest";
import { allowsTypos } from "./fuzzy";

describe("allowsTypos", () => {
  it("allows typos in longer words of either alphabet", () => {
    expect(allowsTypos("принтер")).toBe(true);
    expect(allowsTypos("printer")).toBe(true);
    expect(allowsTypos("Wi-Fi-сеть")).toBe(true);
  });

  it("never in short words, codes, models or abbreviations", () => {
    for (const word of ["МФУ", "port", "M428", "0x80070005", "HD-1042", "CF259X", "ВИДЕО", "HTTPS", "1С:ЗУП"])
      expect(allowsTypos(word)).toBe(false);
  });
});
