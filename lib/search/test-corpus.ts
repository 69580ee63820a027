import { getDb, schema } from "@/db/client";
import type { makeOrganisation } from "@/lib/test/fixtures";

type Org = Awaited<ReturnType<typeof makeOrganisation>>;
type TicketInsert = typeof schema.tickets.$inferInsert;

/**
 * Tickets and articles for the search integration tests, written straight to Postgres (the commands are tested
 * elsewhere; here only what the index and the fallback make of the rows matters). Each word the tests look for
 * lives in exactly one place, so a leak shows up as a found word. `tag` keeps one run's rows apart.
 */
export async function writeSearchCorpus(org: Org) {
  const db = getDb();
  const t = org.tag;
  const ticket = async (
    values: Omit<TicketInsert, "requesterId" | "createdById" | "type"> & Partial<TicketInsert>,
    remarks: { body: string; internal: boolean }[] = [],
  ) => {
    const [row] = await db
      .insert(schema.tickets)
      .values({ type: "incident", requesterId: org.requester.id, createdById: org.requester.id, ...values })
      .returning();
    for (const r of remarks) await db.insert(schema.ticketRemarks).values({ ticketId: row.id, authorId: org.specialist.id, ...r });
    return row;
  };
  const jam = await ticket(
    {
      subject: `Принтер зажёвывает бумагу ${t}`,
      description: `Kyocera в регистратуре мнёт листы, секретноеописание${t} <script>alert(1)</script>`,
      solution: `Заменён ролик подачи, картридж проверен ${t}`,
      status: "resolved",
      shareable: true,
      categoryId: org.category.id,
      assigneeId: org.specialist.id,
      resolvedAt: new Date(),
    },
    [
      { body: `Подойду через полчаса, публичнаяремарка${t}`, internal: false },
      { body: `Ремкомплект списан, секретнаязаметка${t}`, internal: true },
    ],
  );
  const privateSolution = await ticket({
    subject: `Принтер в бухгалтерии не печатает ${t}`,
    description: `Ошибка очереди печати ${t}`,
    solution: `Пароль администратора принтера: закрытоерешение${t}`,
    status: "closed",
    shareable: false,
    categoryId: org.category.id,
    resolvedAt: new Date(),
  });
  const openTicket = await ticket({
    subject: `Принтер не включается ${t}`,
    description: `Открытаязаявка${t}`,
    status: "new",
    priority: "high",
  });
  const strangers = await ticket({
    subject: `Printers are printing blank pages ${t}`,
    description: `Strangersecret${t} printing issue`,
    solution: `Replaced the toner cartridges ${t}`,
    status: "closed",
    shareable: true,
    requesterId: org.stranger.id,
    createdById: org.stranger.id,
    type: "request",
    resolvedAt: new Date(),
  });
  const [publicArticle] = await db
    .insert(schema.articles)
    .values({
      title: `Как устранить замятие бумаги ${t}`,
      body: `## Шаги\n\n1. Откройте **заднюю крышку** ${t}`,
      status: "published",
      visibility: "public",
      authorId: org.specialist.id,
      categoryId: org.category.id,
    })
    .returning();
  const [internalArticle] = await db
    .insert(schema.articles)
    .values({
      title: `Сервисное меню принтеров ${t}`,
      body: `Служебныйкод${t}`,
      status: "published",
      visibility: "internal",
      authorId: org.specialist.id,
    })
    .returning();
  return { jam, privateSolution, openTicket, strangers, publicArticle, internalArticle };
}
