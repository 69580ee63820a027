"use client";

import { Plus, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/field";
import { addWatcherAction, removeWatcherAction } from "@/lib/actions/tickets";
import type { PersonOption } from "@/lib/tickets/queries/find-people";
import { useTicketAction } from "./actions/use-action";
import { PeoplePicker } from "./people-picker";

type Watcher = { id: string; name: string; email: string };

/** Who else follows the ticket; the requester and IT staff add and remove them. */
export function WatchersCard({
  ticketId,
  watchers,
  canEdit,
  exclude,
}: {
  ticketId: string;
  watchers: Watcher[];
  canEdit: boolean;
  exclude: string[];
}) {
  const t = useTranslations("watchers");
  const [adding, setAdding] = useState(false);
  const { pending, error, run } = useTicketAction();

  function add(person: PersonOption | null) {
    if (!person) return;
    run(
      () => addWatcherAction({ ticketId, userId: person.id }),
      () => setAdding(false),
    );
  }

  return (
    <Card
      title={t("title")}
      data-testid="watchers"
      action={
        canEdit && !adding ? (
          <Button size="sm" variant="ghost" onClick={() => setAdding(true)} data-testid="add-watcher">
            <Plus aria-hidden className="h-4 w-4" /> {t("add")}
          </Button>
        ) : null
      }
    >
      <div className="space-y-2 px-4 py-3">
        {adding && (
          <div
            onKeyDown={(e) => {
              if (e.key === "Escape" && !e.defaultPrevented) setAdding(false);
            }}
          >
            <PeoplePicker
              id="watcher-person"
              scope="watchers"
              value={null}
              onChange={add}
              exclude={[...exclude, ...watchers.map((w) => w.id)]}
              autoFocus
              placeholder={t("placeholder")}
            />
          </div>
        )}
        {watchers.length === 0 && !adding && <p className="text-sm text-slate-500">{t("none")}</p>}
        {watchers.length > 0 && (
          <ul className="space-y-1.5">
            {watchers.map((w) => (
              <li key={w.id} className="group flex items-center gap-2 text-sm">
                <Avatar name={w.name} id={w.id} size="sm" />
                <span className="min-w-0 flex-1 truncate text-slate-700" title={w.email}>
                  {w.name}
                </span>
                {canEdit && (
                  <button
                    type="button"
                    disabled={pending}
                    onClick={() => run(() => removeWatcherAction({ ticketId, userId: w.id }))}
                    aria-label={t("remove", { name: w.name })}
                    className="rounded p-1 text-slate-300 hover:bg-slate-100 hover:text-slate-700 group-hover:text-slate-500"
                  >
                    <X aria-hidden className="h-3.5 w-3.5" />
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        <FormError>{error}</FormError>
      </div>
    </Card>
  );
}
