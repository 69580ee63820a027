"use client";

import type { ArticleAttachmentView } from "@/lib/kb/attachments/article-attachment-view";

export type UploadResult = { ok: true; attachment: ArticleAttachmentView } | { ok: false; status: number; message: string | null };

/**
 * Sends one file to the article's attachments endpoint (REST, not a server action: server actions cap
 * bodies at 1 MB and a screenshot is bigger). The server decides the type by the bytes and answers in the
 * person's language; its message is passed on.
 */
export async function uploadArticleFile(articleId: string, file: File): Promise<UploadResult> {
  const body = new FormData();
  body.set("file", file);
  try {
    const response = await fetch(`/api/v1/articles/${articleId}/attachments`, { method: "POST", body });
    if (response.ok) return { ok: true, attachment: (await response.json()) as ArticleAttachmentView };
    const error = (await response.json().catch(() => null)) as { error?: { message?: string; fields?: Record<string, string> } } | null;
    return { ok: false, status: response.status, message: error?.error?.fields?.file ?? error?.error?.message ?? null };
  } catch {
    return { ok: false, status: 0, message: null };
  }
}
