import { articles as articleTemplates } from "@/lib/demo/content/articles";
import { departments } from "@/lib/demo/content/departments";
import { tickets as ticketTemplates } from "@/lib/demo/content/tickets";
import { buildArticleDocument } from "../documents/article-document";
import { buildTicketDocument } from "../documents/ticket-document";
import type { ArticleDocument, ArticleSource, TicketDocument, TicketSource } from "../documents/types";
import { seededRandom } from "./random";

const statuses: TicketSource["status"][] = [
  "closed",
  "closed",
  "closed",
  "resolved",
  "resolved",
  "in_progress",
  "new",
  "waiting",
  "cancelled",
];
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter(Boolean);

/**
 * Realistic bilingual help-desk tickets, as many as asked, from the demo's 71 hand-written ticket templates:
 * each generated ticket takes a template's subject (sometimes with a place added), its description with a
 * sentence from another ticket of the same category mixed in, its solution or part of it, and a status, people
 * and dates of its own. Deterministic for a given seed. `source` is what Postgres would hold.
 */
export function* generateTickets(count: number, seed = 42): Generator<{ id: string; source: TicketSource; document: TicketDocument }> {
  const random = seededRandom(seed);
  const byCategory = new Map<string, typeof ticketTemplates>();
  for (const t of ticketTemplates) byCategory.set(t.categoryKey, [...(byCategory.get(t.categoryKey) ?? []), t]);
  const start = Date.parse("2024-01-01T00:00:00Z");
  for (let n = 1; n <= count; n++) {
    const template = random.pick(ticketTemplates);
    const neighbour = random.pick(byCategory.get(template.categoryKey)!);
    const place = random.pick(departments);
    const where =
      template.lang === "ru" ? ` (${place.nameRu}, каб. ${100 + random.int(400)})` : ` (${place.nameEn}, room ${100 + random.int(400)})`;
    const description = [...sentences(template.description), random.pick(sentences(neighbour.description))].join(" ");
    const solutionSentences = sentences(template.solution ?? "");
    const status = random.pick(statuses);
    const solved = status === "resolved" || status === "closed";
    const createdAt = new Date(start + random.int(700) * 86_400_000 + random.int(86_400_000));
    const source: TicketSource = {
      id: uuid(n),
      number: n,
      type: template.type,
      status,
      priority: random.pick(["low", "normal", "normal", "high", "critical"] as const),
      subject: template.subject + (random.next() < 0.3 ? where : ""),
      description,
      solution: solved ? solutionSentences.slice(0, 1 + random.int(solutionSentences.length)).join(" ") : null,
      shareable: random.next() < 0.9,
      categoryId: uuid(1_000_000 + (ticketTemplates.indexOf(template) % 30)),
      requesterId: uuid(2_000_000 + random.int(2000)),
      createdById: uuid(2_000_000 + random.int(2000)),
      assigneeId: uuid(3_000_000 + random.int(12)),
      createdAt,
      updatedAt: createdAt,
      resolvedAt: solved ? createdAt : null,
      closedAt: status === "closed" ? createdAt : null,
      remarks: (template.publicRemarks ?? [])
        .map((r) => ({ body: r.body, internal: false }))
        .concat((template.internalNotes ?? []).map((body) => ({ body, internal: true }))),
      watcherIds: [],
      departmentId: uuid(4_000_000 + departments.indexOf(place)),
      categoryPath: [],
      lastEventAt: null,
    };
    // Built on demand: a benchmark that stores the sources in Postgres needs no documents.
    yield {
      id: source.id,
      source,
      get document() {
        return buildTicketDocument(source);
      },
    };
  }
}

/** Articles from the demo's 33, numbered variants of each, all published; a few internal. Deterministic. */
export function* generateArticles(count: number, seed = 7): Generator<{ id: string; source: ArticleSource; document: ArticleDocument }> {
  const random = seededRandom(seed);
  for (let n = 1; n <= count; n++) {
    const template = random.pick(articleTemplates);
    const at = new Date(Date.parse("2024-01-01T00:00:00Z") + random.int(700) * 86_400_000);
    const source: ArticleSource = {
      id: uuid(5_000_000 + n),
      title: n <= articleTemplates.length ? template.title : `${template.title} (${n})`,
      body: template.body,
      tags: template.tags ?? [],
      categoryId: null,
      categoryPath: [],
      visibility: random.next() < 0.9 ? "public" : "internal",
      status: "published",
      language: template.lang,
      helpfulVotes: random.int(20),
      createdAt: at,
      updatedAt: at,
      publishedAt: at,
    };
    yield {
      id: source.id,
      source,
      get document() {
        return buildArticleDocument(source);
      },
    };
  }
}
