import { categories } from "@/db/seed/content/categories";
import { departments } from "@/db/seed/content/departments";
import { schema, type Db } from "@/db/client";
import type { ArticleSource, TicketSource } from "../documents/types";

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;

/** The people, departments and categories generate-corpus.ts refers to, so its tickets can be stored. */
export async function writeGeneratedReferences(db: Db): Promise<void> {
  await db.insert(schema.departments).values(departments.map((d, i) => ({ id: uuid(4_000_000 + i), key: `bench-${d.key}`, nameRu: d.nameRu, nameEn: d.nameEn })));
  const people = [
    ...Array.from({ length: 2000 }, (_, i) => ({ id: uuid(2_000_000 + i), email: `bench-requester-${i}@bench.local`, name: `Requester ${i}`, departmentId: uuid(4_000_000 + (i % departments.length)) })),
    ...Array.from({ length: 12 }, (_, i) => ({ id: uuid(3_000_000 + i), email: `bench-specialist-${i}@bench.local`, name: `Specialist ${i}` })),
  ];
  for (let i = 0; i < people.length; i += 1000) await db.insert(schema.users).values(people.slice(i, i + 1000));
  await db.insert(schema.categories).values(Array.from({ length: 30 }, (_, i) => ({ id: uuid(1_000_000 + i), key: `bench-${categories[i % categories.length].key}-${i}`, nameRu: `Категория ${i}`, nameEn: `Category ${i}` })));
}

/**
 * Stores generated tickets with their remarks, a thousand rows a statement. Their numbers come from the
 * table's sequence, not the generator, so they can join a database the demo seed has already numbered.
 */
export async function writeGeneratedTickets(db: Db, sources: TicketSource[]): Promise<void> {
  for (let i = 0; i < sources.length; i += 1000) {
    const batch = sources.slice(i, i + 1000);
    await db.insert(schema.tickets).values(
      batch.map((t) => ({
        id: t.id,
        type: t.type,
        status: t.status,
        priority: t.priority,
        subject: t.subject,
        description: t.description,
        solution: t.solution,
        shareable: t.shareable,
        categoryId: t.categoryId,
        requesterId: t.requesterId,
        createdById: t.createdById,
        assigneeId: t.assigneeId,
        createdAt: t.createdAt,
        updatedAt: t.updatedAt,
        resolvedAt: t.resolvedAt,
        closedAt: t.closedAt,
      })),
    );
    const remarks = batch.flatMap((t) => t.remarks.map((r) => ({ ticketId: t.id, authorId: t.assigneeId!, body: r.body, internal: r.internal, createdAt: t.createdAt })));
    if (remarks.length) await db.insert(schema.ticketRemarks).values(remarks);
  }
}

/** Stores generated articles (their author one of the generated specialists), five hundred rows a statement. */
export async function writeGeneratedArticles(db: Db, sources: ArticleSource[]): Promise<void> {
  for (let i = 0; i < sources.length; i += 500) {
    await db.insert(schema.articles).values(
      sources.slice(i, i + 500).map((a, j) => ({
        id: a.id,
        title: a.title,
        body: a.body,
        tags: a.tags,
        visibility: a.visibility,
        status: a.status,
        language: a.language,
        authorId: uuid(3_000_000 + ((i + j) % 12)),
        createdAt: a.createdAt,
        updatedAt: a.updatedAt,
        publishedAt: a.publishedAt,
      })),
    );
  }
}
