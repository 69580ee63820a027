"use client";

import type { Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { isImageType, looksAcceptable, maxAttachmentBytes } from "@/lib/attachments/file-types";
import { uploadArticleFile } from "./upload-article-file";

/** A pasted screenshot is usually called "image.png": give it a name that says when it was taken. */
function named(file: File, index: number): File {
  if (file.name && file.name !== "image.png") return file;
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
  return new File([file], `screenshot-${stamp}${index ? `-${index}` : ""}.png`, { type: file.type });
}

const withoutExtension = (name: string) => name.replace(/\.[a-z0-9]{1,5}$/i, "");

/**
 * Files dropped, pasted or chosen into the editor: checked in the browser (type, size) so a wrong file is
 * refused at once, uploaded to the article, then written into the text where the cursor (or the drop) was:
 * `![name](url)` for an image, `[name](url)` for any other file. Without an article (a draft not yet saved)
 * there is nowhere to attach to, and the person is told to save first.
 */
export function useEditorUploads(articleId: string | null) {
  const t = useTranslations("kbWrite.upload");
  const [uploading, setUploading] = useState<string[]>([]);
  const [problems, setProblems] = useState<string[]>([]);

  async function insertFiles(editor: Editor, list: File[], at?: number) {
    if (list.length === 0) return;
    if (!articleId) {
      setProblems([t("saveFirst")]);
      return;
    }
    const found: string[] = [];
    const accepted: File[] = [];
    list.map(named).forEach((file) => {
      if (file.size === 0) found.push(t("empty", { name: file.name }));
      else if (!looksAcceptable(file)) found.push(t("wrongType", { name: file.name }));
      else if (file.size > maxAttachmentBytes) found.push(t("tooLarge", { name: file.name }));
      else accepted.push(file);
    });
    setProblems(found);
    if (at !== undefined) editor.commands.setTextSelection(Math.min(at, editor.state.doc.content.size));
    for (const file of accepted) {
      setUploading((current) => [...current, file.name]);
      const result = await uploadArticleFile(articleId, file);
      setUploading((current) => current.filter((name) => name !== file.name));
      if (!result.ok) {
        const message = result.status === 413 ? t("tooLarge", { name: file.name }) : (result.message ?? t("failed", { name: file.name }));
        setProblems((current) => [...current, result.message && result.status !== 413 ? `${file.name}: ${message}` : message]);
        continue;
      }
      const { url, fileName, contentType } = result.attachment;
      const content = isImageType(contentType)
        ? { type: "image", attrs: { src: url, alt: withoutExtension(fileName) } }
        : [
            { type: "text", text: fileName, marks: [{ type: "link", attrs: { href: url } }] },
            { type: "text", text: " " },
          ];
      editor.chain().focus().insertContent(content).run();
    }
  }

  return { uploading, problems, insertFiles, dismiss: () => setProblems([]) };
}
