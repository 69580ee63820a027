"use client";

import { useSyncExternalStore } from "react";

/** The editor's shortcuts, as tiptap binds them ("Mod" is Ctrl, or ⌘ on a Mac). Shown in each button's title. */
export const shortcuts = {
  bold: "Mod+B",
  italic: "Mod+I",
  strike: "Mod+Shift+S",
  code: "Mod+E",
  heading2: "Mod+Alt+2",
  heading3: "Mod+Alt+3",
  bulletList: "Mod+Shift+8",
  orderedList: "Mod+Shift+7",
  quote: "Mod+Shift+B",
  codeBlock: "Mod+Alt+C",
  link: "Mod+K",
  undo: "Mod+Z",
  redo: "Mod+Shift+Z",
  toolbar: "Alt+F10",
  save: "Mod+S",
} as const;

export type ShortcutName = keyof typeof shortcuts;

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** The shortcut as this person's keyboard shows it; "Ctrl" on the server, so the first render matches. */
export function useShortcutText(): (name: ShortcutName) => string {
  const mac = useSyncExternalStore(
    () => () => {},
    isMac,
    () => false,
  );
  return (name) => shortcuts[name].replace("Mod", mac ? "⌘" : "Ctrl").replace("Alt", mac ? "⌥" : "Alt");
}
