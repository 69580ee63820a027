"use client";

import { useEffect } from "react";

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName)));
}

/** `r` focuses the remark box (unless the person is already typing somewhere). Esc is each form's own. */
export function TicketShortcuts() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "r" || e.ctrlKey || e.metaKey || e.altKey || typingIn(e.target)) return;
      const box = document.getElementById("remark-body");
      if (!box) return;
      e.preventDefault();
      box.scrollIntoView({ block: "center", behavior: "smooth" });
      box.focus({ preventScroll: true });
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return null;
}
