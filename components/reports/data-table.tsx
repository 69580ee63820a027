import { getTranslations } from "next-intl/server";

export type TableColumn<T> = { header: string; cell: (row: T) => React.ReactNode; numeric?: boolean; nowrap?: boolean };

/** The table beside each chart: the same figures, readable without the chart and without JavaScript. */
export async function DataTable<T>({
  rows,
  columns,
  caption,
  rowKey,
}: {
  rows: T[];
  columns: TableColumn<T>[];
  caption: string;
  rowKey: (row: T, index: number) => string;
}) {
  const t = await getTranslations("reports.table");
  if (rows.length === 0)
    return <p className="rounded-xl border border-dashed border-slate-300 p-6 text-center text-sm text-slate-500">{t("none")}</p>;
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col" className={`px-3 py-2 font-medium ${c.numeric ? "text-right" : ""}`}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row, i) => (
            <tr key={rowKey(row, i)} className="hover:bg-slate-50">
              {columns.map((c) => (
                <td
                  key={c.header}
                  className={`px-3 py-2 ${c.numeric ? "whitespace-nowrap text-right tabular-nums" : c.nowrap ? "whitespace-nowrap" : ""}`}
                >
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
