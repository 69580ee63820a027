import { type Db, type Sql, schema } from "@/db/client";
import { categories } from "@/lib/demo/content/categories";
import { departments } from "@/lib/demo/content/departments";
import type { ArticleSource, TicketSource } from "../documents/types";
import { copyRows } from "./copy-rows";

// drizzle keeps the postgres.js client it was made with as $client (at run time; db/client.ts's Db type omits it).
const clientOf = (db: Db) => (db as unknown as { $client: Sql }).$client;
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;

/** The people, departments and categories generate-corpus.ts refers to, so its tickets can be stored. */
export async function writeGeneratedReferences(db: Db): Promise<void> {
  await db
    .insert(schema.departments)
    .values(departments.map((d, i) => ({ id: uuid(4_000_000 + i), key: `bench-${d.key}`, nameRu: d.nameRu, nameEn: d.nameEn })));
  const people = [
    ...Array.from({ length: 2000 }, (_, i) => ({
      id: uuid(2_000_000 + i),
      email: `bench-requester-${i}@bench.local`,
      name: `Requester ${i}`,
      departmentId: uuid(4_000_000 + (i % departments.length)),
    })),
    ...Array.from({ length: 12 }, (_, i) => ({
      id: uuid(3_000_000 + i),
      email: `bench-specialist-${i}@bench.local`,
      name: `Specialist ${i}`,
    })),
  ];
  for (let i = 0; i < people.length; i += 1000) await db.insert(schema.users).values(people.slice(i, i + 1000));
  await db.insert(schema.categories).values(
    Array.from({ length: 30 }, (_, i) => ({
      id: uuid(1_000_000 + i),
      key: `bench-${categories[i % categories.length].key}-${i}`,
      nameRu: `Категория ${i}`,
      nameEn: `Category ${i}`,
    })),
  );
}

/**
 * Stores generated tickets with their remarks, by COPY. Their numbers come from the table's sequence, not the
 * generator, so they can join a database the demo seed has already numbered.
 */
export async function writeGeneratedTickets(db: Db, sources: TicketSource[]): Promise<void> {
  const columns = [
    "id",
    "type",
    "status",
    "priority",
    "subject",
    "description",
    "solution",
    "shareable",
    "category_id",
    "requester_id",
    "created_by_id",
    "assignee_id",
    "created_at",
    "updated_at",
    "resolved_at",
    "closed_at",
  ];
  await copyRows(
    clientOf(db),
    "tickets",
    columns,
    sources.map((t) => [
      t.id,
      t.type,
      t.status,
      t.priority,
      t.subject,
      t.description,
      t.solution,
      t.shareable,
      t.categoryId,
      t.requesterId,
      t.createdById,
      t.assigneeId,
      t.createdAt,
      t.updatedAt,
      t.resolvedAt,
      t.closedAt,
    ]),
  );
  const remarks = sources.flatMap((t) => t.remarks.map((r) => [t.id, t.assigneeId!, r.body, r.internal, t.createdAt]));
  await copyRows(clientOf(db), "ticket_remarks", ["ticket_id", "author_id", "body", "internal", "created_at"], remarks);
}

/** Stores generated articles by COPY, their authors the generated specialists in turn. */
export async function writeGeneratedArticles(db: Db, sources: ArticleSource[]): Promise<void> {
  const columns = [
    "id",
    "title",
    "body",
    "tags",
    "visibility",
    "status",
    "language",
    "author_id",
    "created_at",
    "updated_at",
    "published_at",
  ];
  await copyRows(
    clientOf(db),
    "articles",
    columns,
    sources.map((a, i) => [
      a.id,
      a.title,
      a.body,
      a.tags,
      a.visibility,
      a.status,
      a.language,
      uuid(3_000_000 + (i % 12)),
      a.createdAt,
      a.updatedAt,
      a.publishedAt,
    ]),
  );
}
