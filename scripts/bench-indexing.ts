// npm run bench:indexing [-- --tickets 100000 --changes 40]: (1) full reindex throughput: generated tickets
// (with remarks) written to a throwaway database, then rebuilt into a new index exactly as `search:reindex`
// does; (2) the time from resolving a ticket to finding it: the row changes, a `search.index` job is queued, a
// pg-boss worker polling as the production worker does (every second) runs the production job handler, and the
// clock stops when a search finds the new solution. Starts the search node and a database unless configured.
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { benchDatabase } from "@/search/bench/bench-database";
import { benchSearchNode } from "@/search/bench/bench-search-node";
import { generateTickets } from "@/search/bench/generate-corpus";
import { percentiles } from "@/search/bench/latency";
import { seededRandom } from "@/search/bench/random";
import { writeGeneratedReferences, writeGeneratedTickets } from "@/search/bench/write-generated-tickets";
import { versionedIndices } from "@/search/indices/alias-target";
import { ensureIndices } from "@/search/indices/ensure-indices";
import { aliasName, searchKinds } from "@/search/indices/names";
import { indexDocument } from "@/search/sync/index-document";
import { indexDocumentPayload } from "@/search/sync/index-document-payload";
import { reindexKind } from "@/search/sync/reindex";

const { values } = parseArgs({ options: { tickets: { type: "string", default: "100000" }, changes: { type: "string", default: "40" } } });
const ticketCount = Number(values.tickets);
const changeCount = Number(values.changes);

const node = await benchSearchNode();
const database = await benchDatabase();
// Everything below, the production code included, uses this database and indices of its own.
process.env.DATABASE_URL = database.url;
process.env.SEARCH_INDEX_PREFIX = `bench-indexing-${Date.now()}-`;
const { closeDb, getDb, schema } = await import("@/db/client");
const { createBoss } = await import("@/lib/jobs/boss");
const boss = createBoss({ connectionString: database.url, max: 2 });

try {
  const db = getDb();
  const t0 = performance.now();
  await writeGeneratedReferences(db);
  const sources = [...generateTickets(ticketCount)].map((t) => t.source);
  await writeGeneratedTickets(db, sources);
  console.log(
    `wrote ${ticketCount} tickets with ${sources.reduce((n, s) => n + s.remarks.length, 0)} remarks to Postgres in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  await ensureIndices(node.client);
  // Twice: a node just started spends the first rebuild compiling (the JVM's JIT); a reindex in production runs
  // on a node that has served for a while, which the second rebuild measures. Both are printed.
  for (const when of ["on a node just started", "again, on the warm node"]) {
    const rebuilt = await reindexKind(node.client, db, "ticket", { batchSize: 1000 });
    console.log(
      `\nfull reindex ${when}: ${rebuilt.documents} tickets in ${rebuilt.seconds.toFixed(1)} s = ${Math.round(rebuilt.documents / rebuilt.seconds)} documents/s`,
    );
  }

  await boss.start();
  await boss.createQueue("search.index");
  await boss.work("search.index", { pollingIntervalSeconds: 1, batchSize: 1 }, async ([job]) => {
    await indexDocument(indexDocumentPayload.parse(job.data));
  });
  const open = sources.filter((s) => s.status === "new" || s.status === "in_progress").slice(0, changeCount);
  const random = seededRandom(3);
  const delays: number[] = [];
  for (const [i, ticket] of open.entries()) {
    const word = `benchsolution${i}x${random.int(1e6)}`;
    await db
      .update(schema.tickets)
      .set({ status: "resolved", solution: `Заменён блок питания ${word}`, resolvedAt: new Date(), updatedAt: new Date() })
      .where(eq(schema.tickets.id, ticket.id));
    await boss.send("search.index", { kind: "ticket", id: ticket.id }, { singletonKey: `ticket:${ticket.id}` });
    const resolvedAt = performance.now();
    for (;;) {
      const found = await node.client.search({ index: aliasName("ticket"), size: 1, _source: false, query: { match: { solution: word } } });
      if (found.hits.hits.length > 0) break;
      if (performance.now() - resolvedAt > 15_000) throw new Error(`ticket ${ticket.id} not findable after 15 s`);
      await new Promise((r) => setTimeout(r, 20));
    }
    delays.push(performance.now() - resolvedAt);
    await new Promise((r) => setTimeout(r, random.int(700))); // changes arrive at no particular moment
  }
  const [p50, p95, max] = percentiles(delays, [50, 95, 100]);
  console.log(
    `resolve → findable, ${delays.length} tickets: p50 ${(p50 / 1000).toFixed(2)} s, p95 ${(p95 / 1000).toFixed(2)} s, max ${(max / 1000).toFixed(2)} s`,
  );
} finally {
  await boss.stop({ graceful: false, wait: true }).catch(() => {});
  await closeDb();
  for (const kind of searchKinds) {
    const names = await versionedIndices(node.client, aliasName(kind)).catch(() => []);
    if (names.length) await node.client.indices.delete({ index: names, ignore_unavailable: true });
  }
  await database.drop();
  await node.stop();
}
