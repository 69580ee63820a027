import { eq } from "drizzle-orm";
import { schema, type Tx } from "@/db/client";
import { permissions } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

const { articles, categories } = schema;

const invalid = (field: string, message: string) => new AppError("invalid_input", "Some fields are not valid", { [field]: message });

export async function assertCategory(tx: Tx, categoryId: string | null | undefined) {
  if (!categoryId) return;
  const [row] = await tx.db.select({ id: categories.id }).from(categories).where(eq(categories.id, categoryId));
  if (!row) throw invalid("categoryId", "No such category");
}

/** A translation links two articles in different languages; the link is stored on one side and read both ways. */
export async function assertTranslation(tx: Tx, translationOfId: string | null | undefined, language: "ru" | "en", selfId?: string) {
  if (!translationOfId) return;
  if (translationOfId === selfId) throw invalid("translationOfId", "An article cannot translate itself");
  const [other] = await tx.db.select({ language: articles.language }).from(articles).where(eq(articles.id, translationOfId));
  if (!other) throw invalid("translationOfId", "No such article");
  if (other.language === language) throw invalid("translationOfId", "A translation is in the other language");
}

/** An owner keeps an article true, so they must be IT staff. */
export async function assertOwner(tx: Tx, ownerId: string | undefined) {
  if (!ownerId) return;
  const [row] = await tx.sql<{ staff: boolean }[]>`
    select exists (select 1 from user_roles r join users u on u.id = r.user_id
      where r.user_id = ${ownerId} and u.active and r.role::text = any(${[...permissions["kb.draft"]]}::text[])) as staff`;
  if (!row?.staff) throw invalid("ownerId", "Choose an active IT staff member");
}
