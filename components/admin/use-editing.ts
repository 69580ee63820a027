"use client";

import { useState } from "react";

/**
 * Which item of a list is open for editing (one at a time). Closing puts the focus back on that item's
 * edit button, so a keyboard user continues where they were instead of at the top of the page.
 */
export function useEditing(scope: string) {
  const [editing, setEditing] = useState<string | null>(null);
  const triggerId = (key: string) => `${scope}-edit-${key}`;
  function close() {
    const key = editing;
    setEditing(null);
    if (key) requestAnimationFrame(() => document.getElementById(triggerId(key))?.focus());
  }
  return { editing, open: setEditing, close, triggerId };
}

/** Escape inside an open form closes it, as people expect of an inline editor. */
export function closeOnEscape(close: () => void) {
  return (event: React.KeyboardEvent) => {
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  };
}
