/**
 * The index follows Postgres: documents built from rows, upserted by the job, versions that never go back, a
 * node that is down delaying work without losing it, reconcile finding and repairing drift, and a rebuild that
 * swaps the alias. Needs ELASTICSEARCH_URL and DATABASE_URL (a migrated database), as `npm test` provides.
 */

import type { Client } from "@elastic/elasticsearch";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, schema } from "@/db/client";
import { writeSearchCorpus } from "@/lib/search/test-corpus";
import { useTestIndices } from "@/lib/search/test-indices";
import { makeOrganisation } from "@/lib/test/fixtures";
import { createSearchClient } from "../client";
import { aliasTargets } from "../indices/alias-target";
import { ensureIndices } from "../indices/ensure-indices";
import { aliasName } from "../indices/names";
import { indexDocument } from "./index-document";
import { reconcileKind } from "./reconcile";
import { reindexKind } from "./reindex";
import { writeDocuments } from "./write-documents";

let client: Client;
let drop: () => Promise<void>;
let corpus: Awaited<ReturnType<typeof writeSearchCorpus>>;

async function indexedTicket(id: string) {
  await client.indices.refresh({ index: aliasName("ticket") });
  const answer = await client.get<Record<string, unknown>>({ index: aliasName("ticket"), id }).catch(() => null);
  return answer?._source ?? null;
}

describe("search sync", () => {
  beforeAll(async () => {
    ({ client, drop } = await useTestIndices());
    corpus = await writeSearchCorpus(await makeOrganisation());
  });

  afterAll(async () => {
    await drop?.();
  });

  it("indexes a ticket with public remarks and internal notes in separate fields", async () => {
    await indexDocument({ kind: "ticket", id: corpus.jam.id }, client);
    const doc = await indexedTicket(corpus.jam.id);
    expect(doc?.remarks).toEqual([expect.stringContaining("публичнаяремарка")]);
    expect(doc?.internalNotes).toEqual([expect.stringContaining("секретнаязаметка")]);
    expect(doc).toMatchObject({ kind: "ticket", status: "resolved", shareable: true, requesterId: corpus.jam.requesterId });
  });

  it("never lets an older read replace a newer document", async () => {
    await getDb()
      .update(schema.tickets)
      .set({ subject: "Новая тема", updatedAt: new Date(Date.now() + 60_000) })
      .where(eq(schema.tickets.id, corpus.jam.id));
    await indexDocument({ kind: "ticket", id: corpus.jam.id }, client);
    const newer = await indexedTicket(corpus.jam.id);
    const older = { ...(newer as object), subject: "Старая тема", sourceVersion: (newer!.sourceVersion as number) - 1 };
    const result = await writeDocuments(client, aliasName("ticket"), [{ id: corpus.jam.id, document: older as never }]);
    expect(result.stale).toBe(1);
    expect((await indexedTicket(corpus.jam.id))?.subject).toBe("Новая тема");
  });

  it("throws while the node is down, and the retry indexes the change", async () => {
    const down = await createSearchClient("http://127.0.0.1:9", "opensearch");
    await expect(indexDocument({ kind: "ticket", id: corpus.openTicket.id }, down)).rejects.toThrow();
    await down.close();
    expect(await indexedTicket(corpus.openTicket.id)).toBeNull();
    await indexDocument({ kind: "ticket", id: corpus.openTicket.id }, client);
    expect((await indexedTicket(corpus.openTicket.id))?.status).toBe("new");
  });

  it("deletes the document of an article that is gone", async () => {
    const [temp] = await getDb()
      .insert(schema.articles)
      .values({ title: "Временная статья", body: "текст", authorId: corpus.jam.createdById })
      .returning();
    await indexDocument({ kind: "article", id: temp.id }, client);
    await getDb().delete(schema.articles).where(eq(schema.articles.id, temp.id));
    expect((await indexDocument({ kind: "article", id: temp.id }, client)).deleted).toBe(1);
  });

  it("reconcile finds missing, stale and orphaned documents and repairs them", async () => {
    await reconcileKind(client, getDb(), "ticket", { repair: true });
    await client.indices.refresh({ index: aliasName("ticket") });
    await client.delete({ index: aliasName("ticket"), id: corpus.strangers.id, refresh: true });
    await client.index({
      index: aliasName("ticket"),
      id: "00000000-0000-4000-8000-00000000dead",
      document: { kind: "ticket", sourceVersion: 1 },
      refresh: true,
    });
    await getDb()
      .update(schema.tickets)
      .set({ priority: "critical", updatedAt: new Date(Date.now() + 120_000) })
      .where(eq(schema.tickets.id, corpus.openTicket.id));

    const drift = await reconcileKind(client, getDb(), "ticket", { repair: true });
    expect(drift.missing).toContain(corpus.strangers.id);
    expect(drift.stale).toEqual([corpus.openTicket.id]);
    expect(drift.orphaned).toEqual(["00000000-0000-4000-8000-00000000dead"]);

    await client.indices.refresh({ index: aliasName("ticket") });
    const after = await reconcileKind(client, getDb(), "ticket");
    expect(after).toMatchObject({ missing: [], stale: [], orphaned: [] });
    expect((await indexedTicket(corpus.openTicket.id))?.priority).toBe("critical");
  });

  it("rebuilds into a new version and swaps the alias, leaving nothing behind", async () => {
    const [before] = await aliasTargets(client, aliasName("article"));
    const result = await reindexKind(client, getDb(), "article");
    expect(await aliasTargets(client, aliasName("article"))).toEqual([result.index]);
    expect(result.index).not.toBe(before);
    expect(result.removed).toEqual([before]);
    const { count } = await client.count({ index: aliasName("article") });
    expect(count).toBe(result.documents);
    // and starting again changes nothing
    expect((await ensureIndices(client)).every((s) => !s.created && !s.outdated)).toBe(true);
  });
});
