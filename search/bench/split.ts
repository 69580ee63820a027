import { createHash } from "node:crypto";

/**
 * A deterministic split by id: the same row always lands on the same side, whatever the order or the machine,
 * so figures can be reproduced. About `testPercent` % of the rows go to the test side.
 */
export function isTestRow(id: string, testPercent = 20, salt = "helpdesk-bench"): boolean {
  const hash = createHash("sha256").update(`${salt}:${id}`).digest();
  return hash.readUInt32BE(0) % 100 < testPercent;
}
