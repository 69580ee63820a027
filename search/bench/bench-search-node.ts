import type { Client } from "@elastic/elasticsearch";
import { createSearchClient } from "../client";
import { startSearchEngine } from "../engine";

/**
 * The search node a benchmark runs against: ELASTICSEARCH_URL when set, else the embedded node started on
 * port 9275 with its own data folder (reused if already running there), which then becomes ELASTICSEARCH_URL for
 * the production code the benchmark runs in-process (the index jobs). `stop` leaves a node it did not start.
 */
export async function benchSearchNode(log: (line: string) => void = console.log): Promise<{ client: Client; stop: () => Promise<void> }> {
  const configured = process.env.ELASTICSEARCH_URL;
  if (configured) {
    const client = await createSearchClient(configured);
    return { client, stop: () => client.close() };
  }
  log("starting the embedded search node on port 9275 (.data/bench-search)…");
  const engine = await startSearchEngine({ port: 9275, dataDir: ".data/bench-search" });
  process.env.ELASTICSEARCH_URL = engine.url;
  const client = await createSearchClient(engine.url);
  return {
    client,
    stop: async () => {
      await client.close();
      await engine.stop();
    },
  };
}
