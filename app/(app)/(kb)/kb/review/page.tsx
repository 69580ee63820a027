import { FilePen, FilePlus2, Inbox } from "lucide-react";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { KbEditorTabs } from "@/components/kb/kb-editor-tabs";
import { PageHeader } from "@/components/page/page-header";
import { Badge } from "@/components/ui/badge";
import { requireUser } from "@/lib/auth/require-user";
import { isKnowledgeEditor } from "@/lib/kb/article-rules";
import { reviewQueue } from "@/lib/kb/queries/review-queue";

export async function generateMetadata() {
  return { title: (await getTranslations("kbReview.queue"))("title") };
}

// The knowledge editors' queue: new articles in review and submitted edits of published ones, oldest first.
export default async function ReviewQueuePage() {
  const user = await requireUser("kb.edit");
  if (!isKnowledgeEditor(user.roles)) redirect("/kb");
  const [t, format, locale, items] = await Promise.all([getTranslations("kbReview"), getFormatter(), getLocale(), reviewQueue(user)]);
  const now = new Date();

  return (
    <>
      <PageHeader title={t("queue.title")} />
      <KbEditorTabs current="review" counts={{ review: items.length }} />
      {items.length === 0 ? (
        <div className="flex flex-col items-center gap-2 rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center text-sm text-slate-500">
          <Inbox aria-hidden className="h-8 w-8 text-slate-300" />
          {t("queue.empty")}
        </div>
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-500">{t("queue.intro")}</p>
          <ul className="space-y-2" data-testid="review-queue">
            {items.map((item) => {
              const category = locale === "ru" ? item.categoryRu : item.categoryEn;
              const Icon = item.kind === "new" ? FilePlus2 : FilePen;
              return (
                <li
                  key={item.id}
                  className="group relative flex flex-wrap items-center gap-x-4 gap-y-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-500/50 hover:shadow"
                  data-testid="review-queue-item"
                >
                  <Icon aria-hidden className="h-5 w-5 shrink-0 text-slate-400" />
                  <div className="min-w-0 flex-1">
                    <Link
                      href={`/kb/articles/${item.id}/review`}
                      className="font-medium text-slate-900 after:absolute after:inset-0 after:content-[''] group-hover:text-brand-700"
                      lang={item.language}
                    >
                      {item.title}
                    </Link>
                    <p className="mt-0.5 flex flex-wrap gap-x-2 text-xs text-slate-500">
                      <span>{item.authorName}</span>
                      {category && (
                        <>
                          <span aria-hidden>·</span>
                          <span>{category}</span>
                        </>
                      )}
                      <span aria-hidden>·</span>
                      <span className="uppercase">{item.language}</span>
                      {item.visibility === "internal" && (
                        <>
                          <span aria-hidden>·</span>
                          <span>{t("queue.internal")}</span>
                        </>
                      )}
                    </p>
                  </div>
                  <div className="flex shrink-0 flex-wrap items-center gap-2">
                    <Badge
                      tone={item.kind === "new" ? "bg-violet-50 text-violet-800 ring-violet-200" : "bg-sky-50 text-sky-800 ring-sky-200"}
                    >
                      {t(`queue.kind.${item.kind}`)}
                    </Badge>
                    {item.rounds > 0 && (
                      <Badge tone="bg-amber-50 text-amber-800 ring-amber-200">{t("queue.rounds", { n: item.rounds })}</Badge>
                    )}
                    <time
                      className="w-36 text-right text-xs text-slate-500"
                      dateTime={item.submittedAt.toISOString()}
                      title={format.dateTime(item.submittedAt, { dateStyle: "medium", timeStyle: "short" })}
                    >
                      {t("queue.waiting", { since: format.relativeTime(item.submittedAt, now) })}
                    </time>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
