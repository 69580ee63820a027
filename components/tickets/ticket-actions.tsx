"use client";

import { ArrowUpRight, Ban, BookPlus, Check, CircleHelp, Flag, Play, ThumbsDown, UserPlus } from "lucide-react";
import Form from "next/form";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { cancelAction, rejectAction, startAction, waitAction } from "@/lib/actions/tickets";
import type { PersonOption } from "@/lib/tickets/queries/find-people";
import type { TicketAction } from "@/lib/tickets/transitions";
import { AssignForm } from "./actions/assign-form";
import { ConfirmForm } from "./actions/confirm-form";
import { EscalateForm, type LineOption } from "./actions/escalate-form";
import { PriorityForm } from "./actions/priority-form";
import { ResolveForm } from "./actions/resolve-form";
import { TextActionForm } from "./actions/text-action-form";
import { onSolutionProposed } from "./solution-proposal";

type BarAction = "confirm" | "reject" | "start" | "resolve" | "assign" | "wait" | "escalate" | "setPriority" | "cancel";

// The order people meet them in: the answer the ticket waits for first, the way out last.
const order: BarAction[] = ["confirm", "reject", "start", "resolve", "assign", "wait", "escalate", "setPriority", "cancel"];
const icons = {
  confirm: Check,
  reject: ThumbsDown,
  start: Play,
  resolve: Check,
  assign: UserPlus,
  wait: CircleHelp,
  escalate: ArrowUpRight,
  setPriority: Flag,
  cancel: Ban,
};

type Props = {
  ticketId: string;
  actions: TicketAction[];
  assigneeId: string | null;
  priority: "low" | "normal" | "high" | "critical";
  /** The viewer as a pickable person, when they are IT staff ("assign to me"). */
  me: PersonOption | null;
  lines: LineOption[];
  /** The capture page, when this viewer may turn the ticket into an article now (IT staff, resolved or closed). */
  captureHref?: string | null;
};

/**
 * Exactly the actions the server says this viewer may take now (remarks, watchers and time have their own
 * places on the page); each opens its small form below the buttons. Closing a form hands focus back to
 * its button.
 */
export function TicketActions({ ticketId, actions, assigneeId, priority, me, lines, captureHref }: Props) {
  const t = useTranslations("ticketActions");
  const tc = useTranslations("capture.articles");
  const [open, setOpen] = useState<BarAction | null>(null);
  const [starting, setStarting] = useState(false);
  // A solution proposed elsewhere on the page opens the resolve form (which takes the text).
  useEffect(() => onSolutionProposed(() => setOpen("resolve")), []);
  const router = useRouter();
  const buttons = useRef<Partial<Record<BarAction, HTMLButtonElement | null>>>({});
  const lastOpened = useRef<BarAction | null>(null);
  const available = order.filter((a) => actions.includes(a));
  const close = useCallback(() => {
    setOpen(null);
    const button = lastOpened.current && buttons.current[lastOpened.current];
    if (button) requestAnimationFrame(() => button.focus());
  }, []);
  if (available.length === 0 && !captureHref) return null;

  const variant = (a: BarAction): ButtonVariant => {
    if (a === "confirm") return "success";
    if (a === "resolve" || a === "start") return "primary";
    if (a === "assign") return assigneeId ? "secondary" : "primary";
    if (a === "cancel") return "ghost";
    return "secondary";
  };
  const label = (a: BarAction) => (a === "assign" && assigneeId ? t("assign.reassign") : t(`${a}.button`));

  return (
    <div data-testid="ticket-actions">
      <div className="flex flex-wrap gap-2">
        {available.map((a) => {
          const Icon = icons[a];
          return (
            <Button
              key={a}
              ref={(el) => {
                buttons.current[a] = el;
              }}
              variant={variant(a)}
              aria-expanded={open === a}
              disabled={a === "start" && starting}
              onClick={() => {
                // Taking a ticket into work needs no input: it happens at once.
                if (a === "start") {
                  setStarting(true);
                  void startAction({ ticketId }).then(() => {
                    setStarting(false);
                    router.refresh();
                  });
                  return;
                }
                lastOpened.current = a;
                setOpen(open === a ? null : a);
              }}
              data-testid={`action-${a}`}
              className={a === "cancel" ? "text-slate-500 hover:text-red-700" : undefined}
            >
              <Icon aria-hidden className="h-4 w-4" />
              {label(a)}
            </Button>
          );
        })}
        {captureHref && (
          // A page of its own (near-duplicates first, then the draft), reached like the other actions by a button;
          // a GET form, so it works before the page is hydrated too, and next/form navigates client-side after.
          <Form action={captureHref} className="contents">
            <Button type="submit" data-testid="action-capture">
              <BookPlus aria-hidden className="h-4 w-4" />
              {tc("create")}
            </Button>
          </Form>
        )}
      </div>
      {open === "confirm" && <ConfirmForm ticketId={ticketId} onClose={close} />}
      {open === "reject" && <TextActionForm kind="reject" field="complaint" ticketId={ticketId} action={rejectAction} onClose={close} />}
      {open === "resolve" && <ResolveForm ticketId={ticketId} onClose={close} />}
      {open === "assign" && <AssignForm ticketId={ticketId} assigneeId={assigneeId} me={me} onClose={close} />}
      {open === "wait" && <TextActionForm kind="wait" field="reason" ticketId={ticketId} action={waitAction} onClose={close} />}
      {open === "escalate" && <EscalateForm ticketId={ticketId} assigneeId={assigneeId} lines={lines} onClose={close} />}
      {open === "setPriority" && <PriorityForm ticketId={ticketId} current={priority} onClose={close} />}
      {open === "cancel" && (
        <TextActionForm kind="cancel" field="reason" ticketId={ticketId} action={cancelAction} variant="danger" onClose={close} />
      )}
    </div>
  );
}
