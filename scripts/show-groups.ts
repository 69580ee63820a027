// DATABASE_URL=postgres://… npx tsx scripts/show-groups.ts [--all]: groups the tickets in the database with the
// production defaults of lib/reports/grouping (subject, description and solution, as the report does) and prints
// each group's size, label and three of its members' subjects (different ones) — to LOOK at whether the groups are problems a person would
// recognise, not to tune on. Groups of one ticket are counted but listed only with --all.
import { parseArgs } from "node:util";
import postgres from "postgres";
import { defaultGroupingParams, groupTexts } from "@/lib/reports/grouping";

const { values } = parseArgs({ options: { all: { type: "boolean", default: false } } });
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set");
  process.exit(2);
}
const sql = postgres(url, { max: 1 });
try {
  const rows = await sql<{ id: string; subject: string; description: string; solution: string }[]>`
    select id::text as id, subject, description, coalesce(solution, '') as solution from tickets`;
  const subjectOf = new Map(rows.map((r) => [r.id, r.subject]));
  const groups = groupTexts(rows.map((r) => ({ id: r.id, text: `${r.subject}\n${r.description}\n${r.solution}` })));
  const singles = groups.filter((g) => g.members.length === 1).length;
  console.log(
    `${rows.length} tickets → ${groups.length} groups (${singles} of one ticket); effective threshold ${groups[0]?.threshold?.toFixed(4) ?? "-"} ` +
      `(relativeThreshold ${defaultGroupingParams.relativeThreshold}, floor ${defaultGroupingParams.threshold})\n`,
  );
  for (const g of groups) {
    if (g.members.length === 1 && !values.all) continue;
    // Members come closest to the group's centre first; the demo repeats subjects, so three DIFFERENT ones (with
    // how many members carry each) say more about what was put together than three copies of one.
    const subjects = new Map<string, number>();
    for (const id of g.members) subjects.set(subjectOf.get(id)!, (subjects.get(subjectOf.get(id)!) ?? 0) + 1);
    console.log(`${String(g.members.length).padStart(4)}  ${g.labelTerms.join(" ")}  (${subjects.size} different subjects)`);
    for (const [subject, n] of [...subjects].slice(0, 3)) console.log(`        · ${subject}${n > 1 ? `  ×${n}` : ""}`);
  }
} finally {
  await sql.end();
}
