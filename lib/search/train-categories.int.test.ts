/**
 * The learnt category suggestion: trained from the tickets in Postgres, stored, loaded and used by
 * suggestCategoryFor. Needs DATABASE_URL (a migrated database).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, schema } from "@/db/client";
import { makeOrganisation } from "@/lib/test/fixtures";
import { forgetCategoryModel } from "./category-model-cache";
import { suggestCategoryFor } from "./suggest-category";
import { trainCategories } from "./train-categories";

// A word no other run writes: Latin letters only (digits are not features, and a Russian word would be cut to
// its first six letters, the same on every run).
const word = `quasitron${Array.from({ length: 8 }, () => "abcdefghijklmnopqrstuvwxyz"[Math.floor(Math.random() * 26)]).join("")}`;

describe("learnt category suggestion", () => {
  let telescopes: string;

  beforeAll(async () => {
    const org = await makeOrganisation();
    const db = getDb();
    const [category] = await db
      .insert(schema.categories)
      .values({ key: `telescopes-${org.tag}`, nameRu: "Телескопы", nameEn: "Telescopes" })
      .returning();
    telescopes = category.id;
    const ticket = (subject: string, categoryId: string) => ({
      type: "incident" as const,
      subject,
      description: "",
      categoryId,
      requesterId: org.requester.id,
      createdById: org.requester.id,
    });
    await db
      .insert(schema.tickets)
      .values([
        ...Array.from({ length: 40 }, (_, i) => ticket(`${word} расфокусирован, окуляр ${i}`, telescopes)),
        ...Array.from({ length: 12 }, (_, i) => ticket(`принтер зажевал бумагу ${i}`, org.category.id)),
      ]);
  });

  afterAll(async () => {
    // Other test files expect the nearest-tickets vote: leave no model behind.
    await getDb().delete(schema.categoryModels);
    forgetCategoryModel();
  });

  it("learns from past tickets and then suggests from the model", async () => {
    const trained = await trainCategories();
    expect(trained?.classes).toBeGreaterThanOrEqual(2);
    forgetCategoryModel();
    const answer = await suggestCategoryFor({ q: `${word}: расфокусирован окуляр` });
    expect(answer.limited).toBeUndefined();
    expect(answer.items[0]).toMatchObject({ categoryId: telescopes, nameRu: "Телескопы" });
    expect(answer.items[0].confidence).toBeGreaterThan(answer.items[1]?.confidence ?? 0);
  });
});
