/**
 * Integration test of the shared analysis settings against a real search node.
 * Needs ELASTICSEARCH_URL (the test runner starts the embedded node and sets it; by hand:
 * `SEARCH_PORT=9251 npx tsx search/engine/cli.ts start`, then ELASTICSEARCH_URL=http://127.0.0.1:9251).
 */

import type { Client } from "@elastic/elasticsearch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analysis, textField } from "./analysis";
import { createSearchClient } from "./client";

const url = process.env.ELASTICSEARCH_URL;
const index = `test-analysis-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
let client: Client;

const docs = {
  printer: "Принтер не печатает",
  tree: "Ёлка в холле мигает",
  english: "The printers are not printing",
};

/**
 * ids of the documents whose `text` matches the query; by default with the plain `ru_en` analyzer (word forms
 * only), `synonyms` uses the field's own search analyzer, which adds the domain synonyms.
 */
async function find(query: string, { synonyms = false } = {}): Promise<string[]> {
  const res = await client.search({ index, query: { match: { text: synonyms ? { query } : { query, analyzer: "ru_en" } } } });
  return res.hits.hits.map((h) => h._id!).sort();
}

describe("ru_en analysis", () => {
  beforeAll(async () => {
    if (!url) throw new Error("ELASTICSEARCH_URL is not set: start a search node and point ELASTICSEARCH_URL at it");
    client = await createSearchClient(url);
    await client.indices.create({
      index,
      settings: { number_of_shards: 1, number_of_replicas: 0, analysis },
      mappings: { properties: { text: textField({ autocomplete: true }) } },
    });
    for (const [id, text] of Object.entries(docs)) await client.index({ index, id, document: { text } });
    await client.indices.refresh({ index });
  });

  afterAll(async () => {
    await client?.indices.delete({ index, ignore_unavailable: true });
    await client?.close();
  });

  it("finds a Russian word through another form of it", async () => {
    expect(await find("принтеры")).toEqual(["printer"]);
    expect(await find("печатать")).toEqual(["printer"]);
  });

  it("treats е and ё alike", async () => {
    expect(await find("елка")).toEqual(["tree"]);
    expect(await find("ёлки")).toEqual(["tree"]);
  });

  it("stems English in the same field", async () => {
    expect(await find("printer")).toEqual(["english"]);
  });

  it("finds a word through a domain synonym at search time, across languages", async () => {
    expect(await find("МФУ", { synonyms: true })).toEqual(["english", "printer"]);
    expect(await find("МФУ")).toEqual([]);
    const { tokens } = await client.indices.analyze({ index, analyzer: "ru_en_search", text: "учётной записи" });
    expect(tokens?.map((t) => t.token)).toEqual(expect.arrayContaining(["учетн", "запис", "account", "аккаунт"]));
  });

  it('drops English function words from queries, but not "IT" or the particle that makes the problem', async () => {
    const words = async (text: string) =>
      (await client.indices.analyze({ index, analyzer: "ru_en_search", text })).tokens?.map((t) => t.token);
    // "password" brings its Russian synonym along; "I", "the", "and", "now" and "it's" are gone.
    expect(await words("I typed the wrong password and now it's locked")).toEqual(["type", "wrong", "парол", "password", "lock"]);
    expect(await words("IT share is down for the May shift")).toEqual(["it", "share", "down", "may", "shift"]);
  });

  it("matches prefixes on the autocomplete subfield", async () => {
    const res = await client.search({ index, query: { match: { "text.autocomplete": "ёл" } } });
    expect(res.hits.hits.map((h) => h._id)).toEqual(["tree"]);
  });

  it("keeps each stemmer to its own alphabet", async () => {
    const { tokens } = await client.indices.analyze({ index, analyzer: "ru_en", text: "John's printers печатают ёлки" });
    expect(tokens?.map((t) => t.token)).toEqual(["john", "printer", "печата", "елк"]);
  });
});
