import { BookOpen } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { TicketDetail } from "@/lib/tickets/get-ticket";

type Relation = TicketDetail["articles"][number]["relation"];

// The solution used comes first, then what was written from the ticket, then mere links.
const order: Record<Relation, number> = { used: 0, captured: 1, linked: 2 };

/** The knowledge-base articles linked to a ticket, each saying how: used as the solution, captured from it, or linked. */
export function LinkedArticlesCard({ articles }: { articles: TicketDetail["articles"] }) {
  const t = useTranslations("capture.articles");
  if (articles.length === 0) return null;
  const sorted = [...articles].sort((a, b) => order[a.relation] - order[b.relation]);
  return (
    <Card title={t("title")} data-testid="linked-articles">
      <ul className="divide-y divide-slate-100">
        {sorted.map((a) => (
          <li key={a.id} className="flex gap-2.5 px-4 py-2.5" data-testid="linked-article" data-relation={a.relation}>
            <BookOpen aria-hidden className="mt-0.5 h-4 w-4 shrink-0 text-slate-400" />
            <div className="min-w-0">
              <Link href={`/kb/articles/${a.id}`} className="block text-sm font-medium text-slate-900 hover:text-brand-700 hover:underline">
                {a.title}
              </Link>
              <span className="text-xs text-slate-500">{t(`relation.${a.relation}`)}</span>
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
