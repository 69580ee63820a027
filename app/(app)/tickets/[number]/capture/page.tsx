import { ChevronLeft } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Prose } from "@/components/kb/prose";
import { CaptureDraftForm } from "@/components/tickets/capture/capture-draft-form";
import { NearDuplicateList } from "@/components/tickets/capture/near-duplicate-list";
import { buttonClass } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/require-user";
import { AppError, toAppError } from "@/lib/errors";
import { localizeError } from "@/lib/i18n/error-messages";
import { previewCapture } from "@/lib/kb/capture/capture";
import { withExcerpts } from "@/lib/kb/capture/near-duplicate-excerpts";
import { renderMarkdown } from "@/lib/kb/render-markdown";
import { getTicket } from "@/lib/tickets/get-ticket";

type Props = { params: Promise<{ number: string }> };

async function load(user: Awaited<ReturnType<typeof requireUser>>, number: string) {
  try {
    return await getTicket(user, decodeURIComponent(number));
  } catch (error) {
    // As on the ticket page: not visible and not existing look the same.
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations("capture.page");
  return { title: t("metaTitle", { number: decodeURIComponent((await params).number).toUpperCase() }) };
}

/** The preview, or why there is none (not IT staff, or the ticket not resolved yet) in the viewer's words. */
async function preview(user: Awaited<ReturnType<typeof requireUser>>, ticketId: string, locale: string) {
  try {
    return { ok: true as const, ...(await previewCapture(user, ticketId)) };
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code !== "forbidden" && appError.code !== "conflict") throw error;
    return { ok: false as const, message: localizeError(appError, locale === "ru" ? "ru" : "en").message };
  }
}

// "Create an article" from a resolved or closed ticket: first the articles that may already cover the problem
// (link one instead), then the draft the ticket suggests. Nothing is written until a button is pressed.
export default async function CaptureArticlePage({ params }: Props) {
  const user = await requireUser("portal.use");
  const ticket = await load(user, (await params).number);
  const [t, locale] = await Promise.all([getTranslations("capture.page"), getLocale()]);
  const ticketHref = `/tickets/${ticket.number}`;
  const result = await preview(user, ticket.id, locale);
  const nearDuplicates = result.ok ? await withExcerpts(result.nearDuplicates) : [];
  const captured = ticket.articles.filter((a) => a.relation === "captured");
  const category = ticket.category ? (locale === "ru" ? ticket.category.nameRu : ticket.category.nameEn) : null;

  return (
    <div className="mx-auto max-w-3xl">
      <Link href={ticketHref} className="mb-4 inline-flex items-center gap-1 text-sm text-slate-500 hover:text-slate-900">
        <ChevronLeft aria-hidden className="h-4 w-4" />
        {t("back", { number: ticket.number })}
      </Link>
      <header className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">
          <span className="mr-1.5 font-mono text-xs text-slate-500">{ticket.number}</span>
          {ticket.subject}
        </p>
        {result.ok && <p className="mt-2 text-sm text-slate-500">{t("intro")}</p>}
      </header>

      {result.ok ? (
        <div className="space-y-8">
          {captured.length > 0 && (
            // Capturing twice is allowed (a ticket can hold two problems), but rarely meant: say so first.
            <div className="rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="already-captured">
              {t("alreadyCaptured", { count: captured.length })}{" "}
              {captured.map((a, i) => (
                <span key={a.id}>
                  {i > 0 && ", "}
                  <Link href={`/kb/articles/${a.id}`} className="font-medium underline underline-offset-2">
                    {a.title}
                  </Link>
                </span>
              ))}
            </div>
          )}
          <NearDuplicateList ticketId={ticket.id} ticketHref={ticketHref} items={nearDuplicates} />
          <CaptureDraftForm
            ticketId={ticket.id}
            draft={{ title: result.draft.title, language: result.draft.language, visibility: result.draft.visibility, category }}
          >
            <Prose html={renderMarkdown(result.draft.body)} testId="draft-body" />
          </CaptureDraftForm>
        </div>
      ) : (
        <div className="rounded-xl border border-dashed border-slate-300 px-4 py-6 text-center" data-testid="capture-unavailable">
          <p className="font-medium text-slate-800">{t("unavailable")}</p>
          <p className="mt-1 text-sm text-slate-500">{result.message}</p>
          <Link href={ticketHref} className={buttonClass("secondary", "md", "mt-4")}>
            {t("back", { number: ticket.number })}
          </Link>
        </div>
      )}
    </div>
  );
}
