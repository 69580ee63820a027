import { clsx } from "clsx";
import { getTranslations } from "next-intl/server";
import type { DiffLine, DiffPart, ReadableDiff } from "@/lib/kb/readable-diff";

function Parts({ parts }: { parts: DiffPart[] }) {
  return parts.map((part, i) =>
    part.change === "added" ? (
      <ins key={i} className="rounded-sm bg-emerald-200/80 text-emerald-950 no-underline">
        {part.text}
      </ins>
    ) : part.change === "removed" ? (
      <del key={i} className="rounded-sm bg-red-200/80 text-red-950 line-through decoration-red-400/70">
        {part.text}
      </del>
    ) : (
      <span key={i}>{part.text}</span>
    ),
  );
}

const rowTone: Record<DiffLine["kind"], string> = {
  unchanged: "text-slate-600",
  added: "bg-emerald-50 text-emerald-950",
  removed: "bg-red-50 text-red-950",
};
const sign: Record<DiffLine["kind"], string> = { unchanged: " ", added: "+", removed: "−" };

async function Line({ line }: { line: DiffLine }) {
  const t = await getTranslations("kbReview.diff");
  return (
    <div className={clsx("grid grid-cols-[2.5rem_2.5rem_1.25rem_minmax(0,1fr)]", rowTone[line.kind])} data-kind={line.kind}>
      <span className="select-none pr-2 text-right text-slate-500">{line.oldNumber ?? ""}</span>
      <span className="select-none pr-2 text-right text-slate-500">{line.newNumber ?? ""}</span>
      <span className="select-none text-center font-semibold" aria-hidden>
        {sign[line.kind]}
      </span>
      <span className="whitespace-pre-wrap break-words pr-3">
        {line.kind !== "unchanged" && <span className="sr-only">{t(`line.${line.kind}`)}: </span>}
        {line.parts.length === 1 && line.parts[0].text === "" ? "\u00a0" : <Parts parts={line.parts} />}
      </span>
    </div>
  );
}

/**
 * A readable diff of two versions: the title's word changes, then the text line by line with the changed
 * words marked; long unchanged stretches are folded and open on a click.
 */
export async function ArticleDiff({ diff, title }: { diff: ReadableDiff; title?: { before: DiffPart[]; after: DiffPart[] } | null }) {
  const t = await getTranslations("kbReview.diff");
  const titleChanged = title && title.before.some((p) => p.change) ? title : title && title.after.some((p) => p.change) ? title : null;
  return (
    <div className="space-y-3" data-testid="article-diff">
      <p className="flex flex-wrap items-center gap-3 text-xs text-slate-500">
        {diff.identical ? (
          <span>{t("identical")}</span>
        ) : (
          <>
            <span className="font-medium text-emerald-700">{t("added", { n: diff.added })}</span>
            <span className="font-medium text-red-700">{t("removed", { n: diff.removed })}</span>
          </>
        )}
      </p>
      {titleChanged && (
        <div className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm">
          <span className="mr-2 text-xs font-medium uppercase tracking-wide text-slate-500">{t("title")}</span>
          <span className="text-slate-700">
            <Parts parts={titleChanged.before} />
          </span>
          <span aria-hidden className="mx-2 text-slate-400">
            →
          </span>
          <span className="sr-only">{t("becomes")}</span>
          <span className="font-medium text-slate-900">
            <Parts parts={titleChanged.after} />
          </span>
        </div>
      )}
      <div className="overflow-hidden rounded-lg border border-slate-200 bg-white font-mono text-[13px] leading-6">
        {diff.blocks.map((block, i) =>
          block.kind === "lines" ? (
            block.lines.map((line, k) => <Line key={`${i}-${k}`} line={line} />)
          ) : (
            <details key={i} className="group border-y border-slate-100 bg-slate-50 first:border-t-0 last:border-b-0">
              <summary className="cursor-pointer select-none px-3 py-1 font-sans text-xs text-slate-500 hover:text-brand-700 group-open:border-b group-open:border-slate-100">
                {t("unchanged", { n: block.lines.length })}
              </summary>
              <div className="bg-white">
                {block.lines.map((line, k) => (
                  <Line key={k} line={line} />
                ))}
              </div>
            </details>
          ),
        )}
      </div>
    </div>
  );
}
