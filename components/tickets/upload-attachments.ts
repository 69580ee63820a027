"use client";

export type UploadFailure = { name: string; message: string };

type Messages = { tooLarge: (name: string) => string; wrongType: (name: string) => string; failed: (name: string) => string };

/**
 * Uploads files one by one through the REST endpoint (server actions cap bodies at 1 MB; a screenshot is
 * bigger). Returns what failed, with a message a person can act on; the rest is attached.
 */
export async function uploadAttachments(ticketId: string, files: File[], messages: Messages, remarkId?: string): Promise<UploadFailure[]> {
  const failures: UploadFailure[] = [];
  for (const file of files) {
    const body = new FormData();
    body.set("file", file);
    if (remarkId) body.set("remarkId", remarkId);
    try {
      const response = await fetch(`/api/v1/tickets/${ticketId}/attachments`, { method: "POST", body });
      if (response.ok) continue;
      if (response.status === 413) failures.push({ name: file.name, message: messages.tooLarge(file.name) });
      else if (response.status === 400) failures.push({ name: file.name, message: messages.wrongType(file.name) });
      else {
        const error = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        failures.push({ name: file.name, message: error?.error?.message ?? messages.failed(file.name) });
      }
    } catch {
      failures.push({ name: file.name, message: messages.failed(file.name) });
    }
  }
  return failures;
}
