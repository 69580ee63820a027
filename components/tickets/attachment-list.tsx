import { FileText, LockKeyhole } from "lucide-react";
import { useTranslations } from "next-intl";
import type { AttachmentView } from "@/lib/attachments/list-attachments";
import { FileSize } from "./file-size";

/**
 * Files as the ticket page shows them: images as small previews (served inline), PDFs as a chip that
 * downloads. Both go through the permission-checked endpoint.
 */
export function AttachmentList({ files, layout = "grid" }: { files: AttachmentView[]; layout?: "grid" | "list" }) {
  const t = useTranslations("attachments");
  if (files.length === 0) return null;
  if (layout === "list") {
    return (
      <ul className="space-y-1.5" data-testid="attachment-list">
        {files.map((file) => (
          <li key={file.id} className="flex items-center gap-2 text-sm">
            {file.contentType.startsWith("image/") ? (
              // eslint-disable-next-line @next/next/no-img-element -- a private, permission-checked file: not for the image optimiser
              <img src={file.url} alt="" className="h-8 w-8 shrink-0 rounded border border-slate-200 object-cover" loading="lazy" />
            ) : (
              <span className="flex h-8 w-8 shrink-0 items-center justify-center rounded border border-slate-200 bg-slate-50">
                <FileText aria-hidden className="h-4 w-4 text-red-500" />
              </span>
            )}
            <a
              href={file.url}
              target={file.contentType.startsWith("image/") ? "_blank" : undefined}
              rel="noreferrer"
              className="min-w-0 flex-1 truncate text-slate-700 hover:text-brand-700 hover:underline"
              title={file.fileName}
            >
              {file.fileName}
            </a>
            {file.internal && <LockKeyhole aria-label={t("internal")} className="h-3.5 w-3.5 text-amber-600" />}
            <span className="shrink-0 text-xs text-slate-500">
              <FileSize bytes={file.size} />
            </span>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className="flex flex-wrap gap-2" data-testid="attachment-list">
      {files.map((file) =>
        file.contentType.startsWith("image/") ? (
          <li key={file.id}>
            <a
              href={file.url}
              target="_blank"
              rel="noreferrer"
              className="group block overflow-hidden rounded-lg border border-slate-200 bg-slate-50"
              title={file.fileName}
            >
              {/* eslint-disable-next-line @next/next/no-img-element -- a private, permission-checked file: not for the image optimiser */}
              <img src={file.url} alt={file.fileName} className="h-24 w-36 object-cover transition group-hover:opacity-90" loading="lazy" />
            </a>
          </li>
        ) : (
          <li key={file.id}>
            <a
              href={file.url}
              className="flex h-full items-center gap-2 rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm text-slate-700 hover:border-slate-300 hover:bg-slate-50"
              title={t("download")}
            >
              <FileText aria-hidden className="h-5 w-5 text-red-500" />
              <span className="max-w-48 truncate">{file.fileName}</span>
              <span className="text-xs text-slate-500">
                <FileSize bytes={file.size} />
              </span>
            </a>
          </li>
        ),
      )}
    </ul>
  );
}
