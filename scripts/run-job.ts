// npm run job -- auto-close|sla-check|group-problems|weekly-digest [--now ISO]: runs a scheduled job once, now or at an injected moment
// (what the worker does on its schedule; tests move the clock with --now).
import { closeDb } from "@/db/client";
import { sendWeeklyDigest } from "@/lib/reports/digest/send-weekly-digest";
import { groupProblems } from "@/lib/reports/problems/group-problems";
import { checkSla } from "@/lib/routing/sla-check";
import { autoCloseResolved } from "@/lib/tickets/auto-close";

const jobs = {
  "auto-close": autoCloseResolved,
  "sla-check": checkSla,
  "group-problems": groupProblems,
  "weekly-digest": sendWeeklyDigest,
} as const;
const [name, flag, value] = process.argv.slice(2);
const job = jobs[name as keyof typeof jobs];
if (!job || (flag && flag !== "--now")) {
  console.error(`usage: run-job ${Object.keys(jobs).join("|")} [--now 2026-12-01T09:00:00Z]`);
  process.exit(2);
}
const now = value ? new Date(value) : new Date();
if (Number.isNaN(now.getTime())) {
  console.error(`--now must be an ISO date, not "${value}"`);
  process.exit(2);
}
console.log(name, JSON.stringify(await job(now)));
await closeDb();
