"use client";

import { PartyPopper } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button, buttonClass } from "@/components/ui/button";
import type { Suggestion } from "@/lib/search/suggest-solutions";
import type { UploadFailure } from "./upload-attachments";

/** Instead of the form, once a suggestion solved the problem: the solution, and the way back to the form. */
export function DeflectedNotice({ solution, onStillNeedHelp }: { solution: Suggestion; onStillNeedHelp: () => void }) {
  const ts = useTranslations("suggest");
  return (
    <div
      className="mx-auto max-w-xl rounded-xl border border-emerald-200 bg-emerald-50 p-8 text-center shadow-sm"
      role="status"
      data-testid="deflected"
    >
      <PartyPopper aria-hidden className="mx-auto h-10 w-10 text-emerald-600" />
      <h2 className="mt-3 text-lg font-semibold text-emerald-900">{ts("deflectedTitle")}</h2>
      <p className="mt-2 text-sm leading-relaxed text-emerald-900/80">{ts("deflectedText")}</p>
      <p className="mt-3 text-sm">
        <a
          href={solution.url}
          target="_blank"
          rel="noopener noreferrer"
          className="font-medium text-emerald-800 underline hover:text-emerald-950"
        >
          {solution.title}
        </a>
      </p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <Link href="/portal" className={buttonClass("primary")} data-testid="back-to-portal">
          {ts("backToPortal")}
        </Link>
        <Button variant="ghost" onClick={onStillNeedHelp}>
          {ts("stillNeedHelp")}
        </Button>
      </div>
    </div>
  );
}

/** The ticket was filed but some files were not attached: said plainly, with the way to the ticket. */
export function FiledButFiles({ number, failures }: { number: string; failures: UploadFailure[] }) {
  const t = useTranslations("newTicket");
  return (
    <div className="max-w-2xl rounded-xl border border-amber-200 bg-amber-50 p-6" role="status">
      <h2 className="font-semibold text-amber-900">{t("filedButFiles", { number })}</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-amber-900">
        {failures.map((f) => (
          <li key={f.name}>{f.message}</li>
        ))}
      </ul>
      <Link href={`/tickets/${number}`} className={buttonClass("primary", "md", "mt-4")}>
        {t("openTicket", { number })}
      </Link>
    </div>
  );
}
