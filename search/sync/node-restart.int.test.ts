import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@elastic/elasticsearch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeOrganisation } from "@/lib/test/fixtures";
import { assignTicket } from "@/lib/tickets/assign-ticket";
import { createTicket } from "@/lib/tickets/create-ticket";
import { resolveTicket } from "@/lib/tickets/resolve-ticket";
import { createSearchClient } from "../client";
import { type SearchEngine, startSearchEngine } from "../engine";
import { aliasName } from "../indices/names";
import { indexDocument } from "./index-document";

// A node of its own (not the suite's shared one), so it can be stopped and started again mid-test.
describe("the search node stopped mid-way and started again", () => {
  let dir: string;
  let node: SearchEngine;
  let client: Client;
  const port = Number(process.env.TEST_RESTART_SEARCH_PORT ?? 9266);

  const start = async () => {
    node = await startSearchEngine({ port, dataDir: dir, log: () => {} });
    client = await createSearchClient(node.url, "opensearch");
  };
  const found = async (word: string) => {
    await client.indices.refresh({ index: aliasName("ticket") });
    const answer = await client.search({ index: aliasName("ticket"), query: { match: { subject: word } } });
    return answer.hits.hits.map((h) => h._id);
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "search-restart-"));
    await start();
  }, 180_000);
  afterAll(async () => {
    await node?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("keeps what it had, and the retried job adds what was written while it was down", async () => {
    const org = await makeOrganisation();
    const resolved = async (subject: string) => {
      const ticket = await createTicket(org.requester, { type: "incident", subject });
      await assignTicket(org.dispatcher, ticket.id, { assigneeId: org.specialist.id });
      await resolveTicket(org.specialist, ticket.id, { solution: "Перезагружен коммутатор в серверной" });
      return ticket.id;
    };
    const before = await resolved(`Коммутатор ${org.tag} мигает`);
    await indexDocument({ kind: "ticket", id: before }, client);
    expect(await found(`коммутатор ${org.tag}`)).toContain(before);

    await node.stop();
    // Writes never fail because of search: the ticket is filed and resolved; its index job fails and waits.
    const during = await resolved(`Коммутатор ${org.tag} погас`);
    await expect(indexDocument({ kind: "ticket", id: during }, client)).rejects.toThrow();

    await start();
    await indexDocument({ kind: "ticket", id: during }, client); // the job's retry
    expect((await found(`коммутатор ${org.tag}`)).sort()).toEqual([before, during].sort());
  }, 180_000);
});
