import { Puzzle } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ProblemHint } from "@/lib/problems/suggest/suggested-problem";

/**
 * A queue row's small problem mark: the problem the ticket is linked to, or — dashed, with a question mark — the one
 * it seems to repeat, which the ticket page offers to link.
 */
export function ProblemHintBadge({ hint }: { hint: ProblemHint }) {
  const t = useTranslations("problems.queue");
  const suggested = hint.kind === "suggested";
  return (
    <span
      className={`ml-2 inline-flex items-center gap-1 rounded-full px-1.5 py-px align-middle text-[11px] font-medium ${
        suggested ? "border border-dashed border-sky-400 bg-sky-50 text-sky-800" : "border border-violet-200 bg-violet-50 text-violet-800"
      }`}
      title={
        suggested
          ? t("suggestedTitle", { number: hint.number, title: hint.title })
          : t("linked", { number: hint.number, title: hint.title })
      }
      data-testid={suggested ? "problem-hint-suggested" : "problem-hint-linked"}
    >
      <Puzzle aria-hidden className="h-3 w-3" />
      {suggested ? t("suggested", { number: hint.number }) : hint.number}
    </span>
  );
}
