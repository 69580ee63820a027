// The `reports.groupProblems` job, run once in a process of its own so its peak memory can be read apart from
// whatever started it: `node --import tsx scripts/lib/group-problems-child.ts` with DATABASE_URL set. Prints one
// JSON line: what the job reports (tickets, groups, ms) and this process's peak RSS in bytes.
import { closeDb } from "@/db/client";
import { groupProblems } from "@/lib/reports/problems/group-problems";

const result = await groupProblems();
await closeDb();
// maxRSS is in kilobytes (KiB on Linux).
console.log(JSON.stringify({ ...result, maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
