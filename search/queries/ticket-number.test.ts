import { describe, expect, it } from "vitest";
import { ticketNumberIn } from "./ticket-number";

describe("ticketNumberIn", () => {
  it("reads the forms people type", () => {
    expect(["HD-1042", "hd1042", "#1042", "1042", "HD-01042"].map(ticketNumberIn)).toEqual(["1042", "1042", "1042", "1042", "1042"]);
  });

  it("leaves models and codes alone", () => {
    expect(["M428", "CF259X", "0x80070005", "HD-"].map(ticketNumberIn)).toEqual([null, null, null, null]);
  });
});
