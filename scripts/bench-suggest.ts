// npm run bench:suggest [-- --tickets 100000 --articles 10000 --clients 20 --seconds 30]: latency of the
// suggestion query under load. Generates bilingual tickets and articles (deterministic, from the demo's
// templates), indexes them with the production mapping in throwaway indices, then 20 clients "type" varied
// subject prefixes, each waiting for its answer before the next, for 30 s. Prints p50/p95/p99 and requests a
// second. Measures the search-node part of GET /api/v1/suggest (the production query with highlights), without
// HTTP and the Postgres re-check of the few ids it returns.
import { parseArgs } from "node:util";
import { benchSearchNode } from "@/search/bench/bench-search-node";
import { generateArticles, generateTickets, typedPrefix } from "@/search/bench/generate-corpus";
import { driveLoad, percentiles } from "@/search/bench/latency";
import { seededRandom } from "@/search/bench/random";
import { createThrowawayIndex, dropIndex, loadDocuments } from "@/search/bench/throwaway-index";
import { suggest } from "@/search/queries/suggest";

const { values } = parseArgs({
  options: {
    tickets: { type: "string", default: "100000" },
    articles: { type: "string", default: "10000" },
    clients: { type: "string", default: "20" },
    seconds: { type: "string", default: "30" },
  },
});
const [ticketCount, articleCount, clients, seconds] = [values.tickets, values.articles, values.clients, values.seconds].map(Number);

const node = await benchSearchNode();
const tickets = await createThrowawayIndex(node.client, "ticket", "suggest");
const articles = await createThrowawayIndex(node.client, "article", "suggest");
try {
  const t0 = performance.now();
  let batch: Parameters<typeof loadDocuments>[2] = [];
  for (const { id, document } of generateTickets(ticketCount)) {
    batch.push({ id, document });
    if (batch.length === 5000) {
      await loadDocuments(node.client, tickets, batch, 2500, { refresh: false });
      batch = [];
    }
  }
  await loadDocuments(node.client, tickets, batch, 2500);
  await loadDocuments(node.client, articles, [...generateArticles(articleCount)], 2500);
  await node.client.indices.forcemerge({ index: [tickets, articles], max_num_segments: 1 });
  const loadSeconds = (performance.now() - t0) / 1000;
  console.log(`indexed ${ticketCount} tickets and ${articleCount} articles in ${loadSeconds.toFixed(1)} s (${Math.round((ticketCount + articleCount) / loadSeconds)}/s), merged`);

  const options = { audience: { articleVisibility: ["public"] as const }, limit: 5, indices: [tickets, articles] };
  const randoms = Array.from({ length: clients }, (_, i) => seededRandom(1000 + i));
  await driveLoad(clients, 3, (c) => suggest(node.client, { subject: typedPrefix(randoms[c]) }, options)); // warm-up
  const { latencies, errors, elapsed } = await driveLoad(clients, seconds, (c) => suggest(node.client, { subject: typedPrefix(randoms[c]) }, options));
  const [p50, p95, p99] = percentiles(latencies, [50, 95, 99]);
  console.log(`${clients} clients for ${elapsed.toFixed(1)} s: ${latencies.length} suggestions, ${errors} errors`);
  console.log(`p50 ${p50.toFixed(1)} ms   p95 ${p95.toFixed(1)} ms   p99 ${p99.toFixed(1)} ms   ${(latencies.length / elapsed).toFixed(0)} requests/s`);
} finally {
  await dropIndex(node.client, tickets);
  await dropIndex(node.client, articles);
  await node.stop();
}
