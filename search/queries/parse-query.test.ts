import { describe, expect, it } from "vitest";
import { parseQuery } from "./parse-query";

const w = (text: string) => ({ text, phrase: false });
const p = (text: string) => ({ text, phrase: true });

describe("parseQuery", () => {
  it("reads words as required groups", () => {
    expect(parseQuery("принтер  замятие")).toEqual({ required: [[w("принтер")], [w("замятие")]], excluded: [] });
  });

  it("reads quotes as phrases, in every quote style", () => {
    expect(parseQuery('"замятие бумаги" «очередь печати» “blue screen”').required).toEqual([
      [p("замятие бумаги")],
      [p("очередь печати")],
      [p("blue screen")],
    ]);
  });

  it("reads a leading minus as an exclusion, but keeps hyphens inside words", () => {
    expect(parseQuery('Wi-Fi -HP -"очередь печати"')).toEqual({ required: [[w("Wi-Fi")]], excluded: [w("HP"), p("очередь печати")] });
  });

  it("joins OR, ИЛИ and | alternatives into one group", () => {
    expect(parseQuery("принтер OR МФУ ИЛИ printer сканер | scanner").required).toEqual([
      [w("принтер"), w("МФУ"), w("printer")],
      [w("сканер"), w("scanner")],
    ]);
  });

  it("never fails on stray syntax", () => {
    expect(parseQuery('OR "незакрытая кавычка')).toEqual({ required: [[p("незакрытая кавычка")]], excluded: [] });
    expect(parseQuery('- -- "" OR () {} [] * ~ ^ \\ /')).toEqual({ required: [], excluded: [] });
    expect(parseQuery("a AND b NOT c").required).toEqual([[w("a")], [w("AND")], [w("b")], [w("NOT")], [w("c")]]);
    expect(parseQuery("принтер OR").required).toEqual([[w("принтер")]]);
  });

  it("keeps at most 32 parts", () => {
    expect(parseQuery(Array.from({ length: 50 }, (_, i) => `w${i}`).join(" ")).required).toHaveLength(32);
  });
});
