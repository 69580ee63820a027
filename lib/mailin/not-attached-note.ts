/** The line a ticket or remark gets for the files of its mail that could not be attached, in both languages. */
export function notAttachedNote(refused: readonly { fileName: string; reason: string }[]): string {
  if (refused.length === 0) return "";
  const names = refused.map((r) => r.fileName).join(", ");
  return `\n\n[Не приложено / not attached: ${names} — только изображения и PDF до 10 МБ / only images and PDF files up to 10 MB]`;
}
