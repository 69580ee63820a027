"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { looksAcceptable, maxAttachmentBytes } from "@/lib/attachments/file-types";

/**
 * Files chosen for upload, checked in the browser first (type and size) so a wrong file is refused at
 * once, in the person's language; the server checks again by the bytes.
 */
export function useAttachments() {
  const t = useTranslations("attachments");
  const [files, setFiles] = useState<File[]>([]);
  const [rejected, setRejected] = useState<string[]>([]);

  function add(list: Iterable<File>) {
    const accepted: File[] = [];
    const problems: string[] = [];
    for (const file of list) {
      if (!looksAcceptable(file)) problems.push(t("wrongType", { name: file.name }));
      else if (file.size > maxAttachmentBytes) problems.push(t("tooLarge", { name: file.name }));
      else if (file.size === 0) problems.push(t("empty", { name: file.name }));
      else accepted.push(file);
    }
    setRejected(problems);
    if (accepted.length) setFiles((current) => [...current, ...accepted]);
  }

  /** Screenshots pasted into a text box become attachments (the text box keeps its text). */
  function onPaste(event: React.ClipboardEvent) {
    const pasted = [...event.clipboardData.files].filter((f) => f.type.startsWith("image/"));
    if (pasted.length === 0) return;
    event.preventDefault();
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
    add(
      pasted.map(
        (f, i) => new File([f], f.name && f.name !== "image.png" ? f.name : `screenshot-${stamp}${i ? `-${i}` : ""}.png`, { type: f.type }),
      ),
    );
  }

  return {
    files,
    rejected,
    add,
    onPaste,
    remove: (index: number) => setFiles((current) => current.filter((_, i) => i !== index)),
    clear: () => {
      setFiles([]);
      setRejected([]);
    },
  };
}

export type Attachments = ReturnType<typeof useAttachments>;
