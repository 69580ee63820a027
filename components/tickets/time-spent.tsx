"use client";

import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { LogTimeForm } from "./actions/log-time-form";
import { hoursAndMinutes } from "./duration";

/** Time spent (IT staff only) and, when allowed, logging more. */
export function TimeSpent({ ticketId, minutes, canLog }: { ticketId: string; minutes: number; canLog: boolean }) {
  const t = useTranslations("details");
  const [open, setOpen] = useState(false);
  const { h, m } = hoursAndMinutes(minutes);
  return (
    <div>
      <div className="flex items-center justify-between gap-2">
        <span className="whitespace-nowrap tabular-nums text-slate-900" data-testid="time-spent">
          {minutes === 0 ? t("noTime") : h > 0 ? t("hoursMinutes", { h, m }) : t("minutesOnly", { m })}
        </span>
        {canLog && !open && (
          <Button size="sm" variant="ghost" onClick={() => setOpen(true)} data-testid="action-logTime">
            <Plus aria-hidden className="h-4 w-4" /> {t("logTime")}
          </Button>
        )}
      </div>
      {open && <LogTimeForm ticketId={ticketId} onClose={() => setOpen(false)} />}
    </div>
  );
}
