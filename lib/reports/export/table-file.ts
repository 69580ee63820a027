import ExcelJS from "exceljs";
import type { Locale } from "@/lib/i18n/locale";

/** A column of an exported table: its heading in both languages and how to read its cell (words in the reader's language). */
export type Column<T> = { header: Record<Locale, string>; value: (row: T, locale: Locale) => string | number | null };

export type TableFile = { body: Uint8Array | string; contentType: string; extension: "csv" | "xlsx" };

/** CSV as spreadsheets open it: a BOM so Excel reads UTF-8 (Cyrillic), quotes where needed, CRLF lines. */
export function toCsv<T>(rows: T[], columns: Column<T>[], locale: Locale): string {
  const cell = (v: string | number | null) => {
    const text = v === null ? "" : String(v);
    // A leading =, +, - or @ would run as a formula in a spreadsheet: quote it as text (OWASP's CSV injection advice).
    const safe = /^[=+\-@]/.test(text) && typeof v === "string" ? `'${text}` : text;
    return /[",\r\n;]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  const lines = [columns.map((c) => cell(c.header[locale])), ...rows.map((r) => columns.map((c) => cell(c.value(r, locale))))];
  return "\uFEFF" + lines.map((l) => l.join(",")).join("\r\n") + "\r\n";
}

export async function toXlsx<T>(rows: T[], columns: Column<T>[], locale: Locale, sheetName: string): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = columns.map((c) => ({ header: c.header[locale], width: Math.max(12, c.header[locale].length + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row, locale)));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The file answer of `?format=csv|xlsx`: the same rows as the JSON list, named after the report and period. */
export async function tableResponse<T>(
  rows: T[],
  columns: Column<T>[],
  locale: Locale,
  format: "csv" | "xlsx",
  name: string,
): Promise<Response> {
  const body = format === "csv" ? toCsv(rows, columns, locale) : await toXlsx(rows, columns, locale, name);
  const type = format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  return new Response(body as BodyInit, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${name}.${format}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
