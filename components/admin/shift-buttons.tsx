"use client";

import { ArrowDown, ArrowUp } from "lucide-react";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/auth/guards";

/**
 * Up and down buttons that move an item one place. The first item's "up" and the last one's "down" are
 * disabled rather than hidden, so the buttons of every row line up.
 */
export function ShiftButtons({
  label,
  first,
  last,
  onShift,
}: {
  label: string;
  first: boolean;
  last: boolean;
  onShift: (direction: "up" | "down") => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations("adminPages.common");
  const [pending, startTransition] = useTransition();
  const shift = (direction: "up" | "down") => startTransition(async () => void (await onShift(direction)));
  return (
    <span className="inline-flex gap-0.5">
      <Button
        size="sm"
        variant="ghost"
        disabled={first || pending}
        onClick={() => shift("up")}
        aria-label={`${t("moveUp")}: ${label}`}
        title={t("moveUp")}
      >
        <ArrowUp aria-hidden className="h-4 w-4" />
      </Button>
      <Button
        size="sm"
        variant="ghost"
        disabled={last || pending}
        onClick={() => shift("down")}
        aria-label={`${t("moveDown")}: ${label}`}
        title={t("moveDown")}
      >
        <ArrowDown aria-hidden className="h-4 w-4" />
      </Button>
    </span>
  );
}
