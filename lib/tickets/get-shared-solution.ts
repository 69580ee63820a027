import { and, eq, inArray } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/is-uuid";
import { ticketNumber } from "./list-tickets";
import { solvedStatuses } from "./ticket-status";

/**
 * A past ticket's solution as anyone signed in may read it when it was suggested to them: the subject and the
 * solution of a resolved or closed ticket marked shareable — never who asked, the description or the remarks.
 */
export async function getSharedSolution(id: string) {
  if (!isUuid(id)) throw new AppError("not_found", "Not found");
  const { tickets, categories } = schema;
  const [row] = await getDb()
    .select({
      id: tickets.id,
      number: tickets.number,
      subject: tickets.subject,
      solution: tickets.solution,
      resolvedAt: tickets.resolvedAt,
      categoryRu: categories.nameRu,
      categoryEn: categories.nameEn,
    })
    .from(tickets)
    .leftJoin(categories, eq(categories.id, tickets.categoryId))
    .where(and(eq(tickets.id, id), eq(tickets.shareable, true), inArray(tickets.status, [...solvedStatuses])));
  if (!row?.solution) throw new AppError("not_found", "Not found");
  return { ...row, number: ticketNumber(row.number) };
}
