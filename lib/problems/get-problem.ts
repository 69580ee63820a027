import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { ticketNumber } from "@/lib/tickets/list-tickets";
import { linkedTickets, loadProblem, resolveProblemId } from "./load-problem";
import { problemEffort } from "./problem-effort";
import { asProblemEventName } from "./problem-events";
import { problemNumber } from "./problem-status";
import { allowedProblemActions, checkProblemTransition } from "./transitions";

type Person = { id: string; name: string; email: string };

/**
 * A problem as API.md lists it, for IT staff and analysts: the record, its linked incidents with their state, the
 * articles they were resolved with, its effort (its own and its tickets'), the actions the viewer may take and
 * its timeline (every audit event, in order).
 */
export async function getProblem(viewer: CurrentUser, idOrNumber: string) {
  const db = getDb();
  const id = await resolveProblemId(db, idOrNumber);
  const problem = id ? await loadProblem(db, id) : null;
  if (!problem || !checkProblemTransition(problem, viewer, "view").ok) throw new AppError("not_found", "Problem not found");

  const tickets = await linkedTickets(db, problem.id);
  const events = await db
    .select()
    .from(schema.auditEvents)
    .where(and(eq(schema.auditEvents.entityType, "problem"), eq(schema.auditEvents.entityId, problem.id)))
    .orderBy(asc(schema.auditEvents.at), asc(schema.auditEvents.id));
  // Rejections of the solution by a linked ticket's requester are shown on the problem, as the issue asks.
  const rejections = tickets.length
    ? await db
        .select({ ticketId: schema.auditEvents.entityId, at: schema.auditEvents.at })
        .from(schema.auditEvents)
        .where(
          and(
            eq(schema.auditEvents.entityType, "ticket"),
            eq(schema.auditEvents.action, "rejected"),
            inArray(
              schema.auditEvents.entityId,
              tickets.map((t) => t.id),
            ),
          ),
        )
    : [];
  const articles = tickets.length
    ? await db
        .selectDistinct({ id: schema.articles.id, title: schema.articles.title, status: schema.articles.status })
        .from(schema.ticketArticles)
        .innerJoin(schema.articles, eq(schema.articles.id, schema.ticketArticles.articleId))
        .where(
          inArray(
            schema.ticketArticles.ticketId,
            tickets.map((t) => t.id),
          ),
        )
    : [];
  // The article drafted when it became a known error, with the articles that seemed to cover it already.
  const drafted = await db
    .select({
      id: schema.articles.id,
      title: schema.articles.title,
      status: schema.articles.status,
      nearDuplicates: schema.problemArticles.nearDuplicates,
    })
    .from(schema.problemArticles)
    .innerJoin(schema.articles, eq(schema.articles.id, schema.problemArticles.articleId))
    .where(eq(schema.problemArticles.problemId, problem.id))
    .orderBy(asc(schema.problemArticles.createdAt));
  const personIds = [...new Set([problem.ownerId, ...problem.watcherIds, ...events.map((e) => e.actorId ?? "")].filter(Boolean))];
  const people = new Map(
    (
      await db
        .select({ id: schema.users.id, name: schema.users.name, email: schema.users.email })
        .from(schema.users)
        .where(inArray(schema.users.id, personIds))
    ).map((p) => [p.id, p as Person]),
  );

  return {
    id: problem.id,
    number: problemNumber(problem.number),
    title: problem.title,
    description: problem.description,
    status: problem.status,
    owner: people.get(problem.ownerId) ?? null,
    rootCause: problem.rootCause,
    workaround: problem.workaround,
    workaroundPublic: problem.workaroundPublic,
    solution: problem.solution,
    fromGroupId: problem.fromGroupId,
    watchers: problem.watcherIds.map((w) => people.get(w)).filter((p): p is Person => Boolean(p)),
    tickets: tickets.map((t) => ({
      id: t.id,
      number: ticketNumber(t.number),
      subject: t.subject,
      status: t.status,
      linkedAt: t.linkedAt,
      rejections: rejections.filter((r) => r.ticketId === t.id && r.at >= t.linkedAt).length,
    })),
    articles: [
      ...drafted.map((a) => ({ ...a, relation: "drafted" as const })),
      ...articles
        .filter((a) => !drafted.some((d) => d.id === a.id))
        .map((a) => ({ ...a, relation: "tickets" as const, nearDuplicates: [] })),
    ],
    effort: await problemEffort(db, problem.id),
    createdAt: problem.createdAt,
    updatedAt: problem.updatedAt,
    knownErrorAt: problem.knownErrorAt,
    resolvedAt: problem.resolvedAt,
    closedAt: problem.closedAt,
    actions: allowedProblemActions(problem, viewer),
    timeline: events.map((e) => ({
      kind: "event" as const,
      id: `e${e.id}`,
      at: e.at,
      actor: e.actorId ? (people.get(e.actorId) ?? null) : null,
      action: asProblemEventName(e.action),
      changes: e.changes ?? null,
      data: e.data ?? null,
    })),
  };
}

export type ProblemDetail = Awaited<ReturnType<typeof getProblem>>;
