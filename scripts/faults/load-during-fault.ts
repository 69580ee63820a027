import { httpTypists } from "@/search/bench/http-typists";
import { driveLoad } from "@/search/bench/latency";
import { recorder } from "./http";
import type { People } from "./people";
import { type scenarioReport, typingLine } from "./report";
import type { Stack } from "./stack";
import { emptyWritten, writers } from "./writers";

/**
 * The load a fault is injected under: 20 clients filing, remarking and resolving and 10 typing (250 ms debounce)
 * for `seconds`, while `fault` runs beside them. Reports the writes' and the typing's figures, and returns what
 * the scenario checks next: the answers' statuses, what the writers were told was done, and the typing's tally.
 */
export async function loadDuringFault(
  stack: Stack,
  people: People,
  report: ReturnType<typeof scenarioReport>,
  { seconds, tag, seed }: { seconds: number; tag: string; seed: number },
  fault: () => Promise<void>,
) {
  const rec = recorder();
  const written = emptyWritten();
  const typists = httpTypists(stack.baseUrl, [people.requester.token, people.requester2.token], seed);
  const faulted = fault();
  const [writing, typing] = await Promise.all([
    driveLoad(20, seconds, writers(stack.baseUrl, people, rec, written, tag)),
    driveLoad(10, seconds, typists.next, { thinkMs: 250 }),
  ]);
  await faulted;
  for (const line of rec.lines(writing.elapsed)) report.counted(line);
  const typed = typingLine(typing, typists.tally);
  report.counted(typed.line);
  return { rec, written, tally: typists.tally, typed };
}
