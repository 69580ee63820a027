import { count, eq, inArray } from "drizzle-orm";
import { connect, type Db, schema } from "@/db/client";
import { hashPassword } from "@/lib/auth/password";
import { articles as articleSeeds } from "./content/articles";
import { categories as categorySeeds } from "./content/categories";
import { departments as departmentSeeds } from "./content/departments";
import { people } from "./content/people";
import { tickets as ticketTemplates } from "./content/tickets";
import type { PersonSeed } from "./content/types";
import { planTickets } from "./generate-tickets";
import { seedKnowledgeReview } from "./seed-kb-review";
import { seedRouting } from "./seed-routing";
import { seedSelfService } from "./seed-self-service";
import { writeTickets } from "./write-tickets";

export const DEMO_PASSWORD = "demo12345";
const TICKET_COUNT = 320;

function displayName(person: PersonSeed): string {
  return person.language === "en" ? (person.nameEn ?? person.nameRu) : person.nameRu;
}

/**
 * Fills a database with the hospital IT department's demo. Idempotent: reference data is matched by key or
 * e-mail, and tickets are generated only into a database that has none.
 */
export async function seedDatabase(url: string, options: { quiet?: boolean; now?: Date } = {}): Promise<void> {
  const log = options.quiet ? () => {} : console.log;
  const { db, sql } = connect(url, 4);
  try {
    const ids = await seedPeopleAndCategories(db);
    await seedRouting(db, ids);
    await seedArticles(db, ids);
    // Generated once: when none of the demo people has a ticket yet (other tickets may exist, e.g. from tests).
    const [{ n }] = await db
      .select({ n: count() })
      .from(schema.tickets)
      .where(inArray(schema.tickets.requesterId, [...ids.users.values()]));
    if (n === 0) {
      const requesters = people.filter((p) => p.roles.includes("requester"));
      const categoryDefaults = new Map(categorySeeds.map((c) => [c.key, { priority: c.defaultPriority, assignee: c.defaultAssignee }]));
      const plans = planTickets({
        templates: ticketTemplates,
        requesters,
        categoryDefaults,
        count: TICKET_COUNT,
        days: 180,
        now: options.now ?? new Date(),
      });
      await writeTickets(db, plans, ids);
      await seedSelfService(db, ids, options.now ?? new Date());
      log(`seed: ${plans.length} tickets`);
    }
    // After the tickets: some of them used articles.
    await seedKnowledgeReview(db, ids);
    log("seed: done");
  } finally {
    await sql.end();
  }
}

export type SeedIds = { users: Map<string, string>; categories: Map<string, string> };

async function seedPeopleAndCategories(db: Db): Promise<SeedIds> {
  await db
    .insert(schema.departments)
    .values(departmentSeeds.map((d) => ({ key: d.key, nameRu: d.nameRu, nameEn: d.nameEn })))
    .onConflictDoNothing();
  const departmentRows = await db.select({ id: schema.departments.id, key: schema.departments.key }).from(schema.departments);
  const departmentIds = new Map(departmentRows.map((d) => [d.key, d.id]));

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db
    .insert(schema.users)
    .values(
      people.map((p) => ({
        email: p.email,
        name: displayName(p),
        title: p.title,
        passwordHash,
        departmentId: departmentIds.get(p.departmentKey),
        language: p.language,
        vip: p.vip ?? false,
      })),
    )
    .onConflictDoNothing();
  const userRows = await db
    .select({ id: schema.users.id, email: schema.users.email })
    .from(schema.users)
    .where(
      inArray(
        schema.users.email,
        people.map((p) => p.email),
      ),
    );
  const users = new Map(userRows.map((u) => [u.email, u.id]));
  await db
    .insert(schema.userRoles)
    .values(people.flatMap((p) => p.roles.map((role) => ({ userId: users.get(p.email)!, role }))))
    .onConflictDoNothing();
  for (const head of people.filter((p) => p.roles.includes("manager"))) {
    await db
      .update(schema.departments)
      .set({ managerId: users.get(head.email) })
      .where(eq(schema.departments.id, departmentIds.get(head.departmentKey)!));
  }

  // Roots first, so children can name their parent's id.
  const ordered = [...categorySeeds].sort((a, b) => Number(Boolean(a.parentKey)) - Number(Boolean(b.parentKey)));
  const categories = new Map<string, string>();
  const existing = await db.select({ id: schema.categories.id, key: schema.categories.key }).from(schema.categories);
  existing.forEach((c) => categories.set(c.key, c.id));
  for (const [position, c] of ordered.entries()) {
    if (categories.has(c.key)) continue;
    const [row] = await db
      .insert(schema.categories)
      .values({
        key: c.key,
        parentId: c.parentKey ? categories.get(c.parentKey) : null,
        nameRu: c.nameRu,
        nameEn: c.nameEn,
        defaultPriority: c.defaultPriority,
        defaultAssigneeId: c.defaultAssignee ? users.get(`${c.defaultAssignee}@demo.local`) : null,
        position,
      })
      .returning({ id: schema.categories.id });
    categories.set(c.key, row.id);
  }
  // Demo users are known by their role name too (e.g. "specialist"), as the content refers to them.
  for (const p of people) {
    const [local, domain] = p.email.split("@");
    if (domain === "demo.local") users.set(local, users.get(p.email)!);
  }
  return { users, categories };
}

async function seedArticles(db: Db, ids: SeedIds): Promise<void> {
  const now = Date.now();
  await db
    .insert(schema.articles)
    .values(
      articleSeeds.map((a, i) => {
        const updatedAt = new Date(now - (articleSeeds.length - i) * 3 * 24 * 3600_000);
        const authorId = ids.users.get(i % 3 === 0 ? "editor" : i % 3 === 1 ? "specialist" : "specialist2")!;
        const published = a.status === "published" || a.status === "archived";
        // Every seventh published article is past its review date, so the editors' attention list has work in it.
        const reviewDueAt = published ? new Date(updatedAt.getTime() + (i % 7 === 3 ? -30 : 365) * 24 * 3600_000) : null;
        return {
          key: a.key,
          title: a.title,
          body: a.body,
          tags: a.tags,
          visibility: a.visibility,
          status: a.status,
          language: a.lang,
          authorId,
          ownerId: authorId,
          reviewDueAt,
          createdAt: updatedAt,
          updatedAt,
          publishedAt: published ? updatedAt : null,
        };
      }),
    )
    .onConflictDoNothing();
  const rows = await db.select({ id: schema.articles.id, key: schema.articles.key }).from(schema.articles);
  const byKey = new Map(rows.map((r) => [r.key, r.id]));
  for (const a of articleSeeds) {
    const id = byKey.get(a.key)!;
    await db
      .update(schema.articles)
      .set({
        categoryId: ids.categories.get(a.categoryKey) ?? null,
        translationOfId: a.translationOfKey ? byKey.get(a.translationOfKey) : null,
      })
      .where(eq(schema.articles.id, id));
  }
}
