import { clsx } from "clsx";
import { LockKeyhole } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { Avatar } from "@/components/ui/avatar";
import type { AttachmentView } from "@/lib/attachments/list-attachments";
import type { TimelineItem } from "@/lib/tickets/get-ticket";
import { AttachmentList } from "./attachment-list";

type Remark = Extract<TimelineItem, { kind: "remark" }>;

/**
 * A remark as a message. An internal note is visibly different (amber, a lock, "internal note"), so staff
 * never mistake what the requester can read.
 */
export function RemarkItem({
  remark,
  role,
  files,
  now,
}: {
  remark: Remark;
  role: "requester" | "assignee" | null;
  files: AttachmentView[];
  now: number;
}) {
  const t = useTranslations("timeline");
  const format = useFormatter();
  const author = remark.actor?.name ?? t("someone");
  return (
    <li className="relative flex gap-3" data-testid={remark.internal ? "internal-note" : "remark"}>
      <Avatar name={author} id={remark.actor?.id} />
      <div
        className={clsx(
          "min-w-0 flex-1 rounded-xl border px-4 py-3 shadow-sm",
          remark.internal
            ? "border-amber-200 bg-amber-50"
            : role === "requester"
              ? "border-slate-200 bg-white"
              : "border-brand-100 bg-brand-50/40",
        )}
      >
        <div className="mb-1 flex flex-wrap items-center gap-x-2 gap-y-0.5 text-sm">
          <span className="font-medium text-slate-900">{author}</span>
          {role && <span className="text-xs text-slate-600">{t(`role.${role}`)}</span>}
          {remark.internal && (
            <span className="inline-flex items-center gap-1 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-800">
              <LockKeyhole aria-hidden className="h-3 w-3" /> {t("internalNote")}
            </span>
          )}
          <time
            dateTime={remark.at.toISOString()}
            title={format.dateTime(remark.at, { dateStyle: "medium", timeStyle: "short" })}
            className="ml-auto text-xs text-slate-600"
          >
            {format.relativeTime(remark.at, now)}
          </time>
        </div>
        <div className="whitespace-pre-wrap break-words text-sm leading-relaxed text-slate-800">{remark.body}</div>
        {files.length > 0 && (
          <div className="mt-3">
            <AttachmentList files={files} />
          </div>
        )}
      </div>
    </li>
  );
}
