import { notFound } from "next/navigation";
import { cache } from "react";
import { requireUser } from "@/lib/auth/require-user";
import { isItStaff } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { getArticleDetail } from "@/lib/kb/get-article-detail";

/** The review and history pages are for IT staff; anyone else, or an article they cannot see, is a 404. */
export const loadStaffArticle = cache(async (id: string) => {
  const user = await requireUser("kb.edit");
  if (!isItStaff(user.roles)) notFound();
  const article = await getArticleDetail(user, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return { user, article };
});
