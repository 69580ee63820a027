"use client";

import { Bell } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useRef, useState } from "react";

type Item = {
  id: string;
  kind: string;
  ticketNumber: string | null;
  subject: string | null;
  actorName: string | null;
  url: string | null;
  createdAt: string;
  readAt: string | null;
};

// The browser polls (this is the client: the server never runs timers); a hidden tab does not, and catches
// up the moment it is shown or focused again.
const pollMs = 30_000;

/** The header's bell: unread count, and a dropdown of the latest notifications linking to their tickets or articles. */
export function NotificationBell() {
  const t = useTranslations("notify");
  const format = useFormatter();
  const [items, setItems] = useState<Item[]>([]);
  const [unread, setUnread] = useState(0);
  const [loadedAt, setLoadedAt] = useState<Date | null>(null);
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  // Bumped by every "mark read": a poll that started before it answers with a stale count and is dropped.
  const generation = useRef(0);

  const load = useCallback(async () => {
    const started = generation.current;
    const response = await fetch("/api/v1/notifications", { cache: "no-store" }).catch(() => null);
    // A failed poll keeps what is shown; the next one tries again.
    if (!response?.ok) return;
    const body = (await response.json()) as { items: Item[]; unreadCount: number };
    if (started !== generation.current) return;
    setItems(body.items);
    setUnread(body.unreadCount);
    setLoadedAt(new Date());
  }, []);

  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState === "visible") void load();
    };
    const first = setTimeout(refresh, 0);
    const timer = setInterval(refresh, pollMs);
    window.addEventListener("focus", refresh);
    document.addEventListener("visibilitychange", refresh);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
      window.removeEventListener("focus", refresh);
      document.removeEventListener("visibilitychange", refresh);
    };
  }, [load]);

  // Escape closes and gives focus back to the bell; a click elsewhere closes.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  const markRead = useCallback(async (ids?: string[]) => {
    // Shown read at once; the server's count then replaces the guess.
    const mine = ++generation.current;
    const at = new Date().toISOString();
    setItems((list) => list.map((item) => (!ids || ids.includes(item.id) ? { ...item, readAt: item.readAt ?? at } : item)));
    setUnread((n) => (ids ? Math.max(0, n - ids.length) : 0));
    const response = await fetch("/api/v1/notifications/read", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(ids ? { ids } : {}),
      // The request outlives the navigation a click on an item starts.
      keepalive: true,
    }).catch(() => null);
    if (!response?.ok) return;
    const { unreadCount } = (await response.json()) as { unreadCount: number };
    if (mine === generation.current) setUnread(unreadCount);
  }, []);

  const toggle = () => {
    if (!open) void load();
    setOpen(!open);
  };

  const kindText = (kind: string) => (t.has(`kinds.${kind}`) ? t(`kinds.${kind}`) : t("kinds.other"));

  return (
    <div
      ref={rootRef}
      className="relative"
      onBlur={(event) => {
        // Tabbing out of the dropdown closes it, as a click elsewhere does.
        if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t("label", { count: unread })}
        onClick={toggle}
        data-testid="notification-bell"
        className="relative rounded-lg p-1.5 text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600"
      >
        <Bell aria-hidden className="h-5 w-5" />
        {unread > 0 && (
          <span
            aria-hidden
            data-testid="notification-count"
            className="absolute -right-1 -top-1 min-w-4 rounded-full bg-red-600 px-1 text-center text-[10px] font-semibold leading-4 text-white"
          >
            {unread > 99 ? "99+" : unread}
          </span>
        )}
      </button>
      {open && (
        <div
          id={panelId}
          className="absolute right-0 z-20 mt-2 w-96 max-w-[calc(100vw-2rem)] rounded-xl border border-slate-200 bg-white shadow-lg"
        >
          <div className="flex items-center justify-between gap-3 border-b border-slate-100 px-3 py-2">
            <h2 className="text-sm font-semibold">{t("title")}</h2>
            {unread > 0 && (
              <button
                type="button"
                onClick={() => void markRead()}
                className="whitespace-nowrap rounded px-1 text-xs text-brand-600 hover:underline"
              >
                {t("markAll")}
              </button>
            )}
          </div>
          {items.length === 0 ? (
            <p className="px-3 py-6 text-center text-sm text-slate-500">{t("empty")}</p>
          ) : (
            <ul className="max-h-96 divide-y divide-slate-100 overflow-y-auto">
              {items.map((item) => (
                <li key={item.id}>
                  <Link
                    href={item.url ?? "#"}
                    onClick={() => {
                      if (!item.readAt) void markRead([item.id]);
                      setOpen(false);
                    }}
                    className="flex gap-2 px-3 py-2 text-sm hover:bg-slate-50 focus-visible:bg-slate-50"
                    data-testid="notification-item"
                  >
                    <span
                      aria-hidden
                      className={`mt-1.5 h-2 w-2 shrink-0 rounded-full ${item.readAt ? "bg-transparent" : "bg-brand-600"}`}
                    />
                    <span className="min-w-0 flex-1">
                      <span className={`block ${item.readAt ? "text-slate-600" : "font-medium text-slate-900"}`}>
                        {!item.readAt && <span className="sr-only">{t("unread")} </span>}
                        {kindText(item.kind)}
                        {item.actorName && <span className="text-slate-500"> · {item.actorName}</span>}
                      </span>
                      <span className="block truncate text-xs text-slate-500">
                        {item.ticketNumber && <span className="font-mono">{item.ticketNumber} </span>}
                        {item.subject}
                      </span>
                      {loadedAt && (
                        <span className="block text-xs text-slate-500">{format.relativeTime(new Date(item.createdAt), loadedAt)}</span>
                      )}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
