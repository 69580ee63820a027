"use client";

import { type Editor, useEditorState } from "@tiptap/react";
import {
  Bold,
  Code,
  Heading2,
  Heading3,
  Italic,
  Link,
  List,
  ListOrdered,
  type LucideIcon,
  Minus,
  Paperclip,
  Redo2,
  SquareCode,
  Strikethrough,
  Table,
  TextQuote,
  Undo2,
} from "lucide-react";
import { useTranslations } from "next-intl";
import { Fragment, useRef, useState } from "react";
import { type ShortcutName, useShortcutText } from "./shortcuts";
import { ToolbarButton } from "./toolbar-button";

type Item = { name: string; icon: LucideIcon; shortcut?: ShortcutName; run: () => void; active?: boolean; disabled?: boolean };

type Props = { editor: Editor; onLink: () => void; onAttach: () => void; attachDisabled: boolean };

/**
 * The formatting toolbar: one tab stop (arrows move inside it, Home/End jump, Esc returns to the text; Alt+F10
 * from the text comes here), each button named and its shortcut in its tooltip.
 */
export function Toolbar({ editor, onLink, onAttach, attachDisabled }: Props) {
  const t = useTranslations("kbWrite.toolbar");
  const keys = useShortcutText();
  const bar = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState(0);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      strike: e.isActive("strike"),
      code: e.isActive("code"),
      heading2: e.isActive("heading", { level: 2 }),
      heading3: e.isActive("heading", { level: 3 }),
      bulletList: e.isActive("bulletList"),
      orderedList: e.isActive("orderedList"),
      quote: e.isActive("blockquote"),
      codeBlock: e.isActive("codeBlock"),
      link: e.isActive("link"),
      table: e.isActive("table"),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();

  const groups: Item[][] = [
    [
      {
        name: "heading2",
        icon: Heading2,
        shortcut: "heading2",
        active: state.heading2,
        run: () => chain().toggleHeading({ level: 2 }).run(),
      },
      {
        name: "heading3",
        icon: Heading3,
        shortcut: "heading3",
        active: state.heading3,
        run: () => chain().toggleHeading({ level: 3 }).run(),
      },
    ],
    [
      { name: "bold", icon: Bold, shortcut: "bold", active: state.bold, run: () => chain().toggleBold().run() },
      { name: "italic", icon: Italic, shortcut: "italic", active: state.italic, run: () => chain().toggleItalic().run() },
      { name: "strike", icon: Strikethrough, shortcut: "strike", active: state.strike, run: () => chain().toggleStrike().run() },
      { name: "code", icon: Code, shortcut: "code", active: state.code, run: () => chain().toggleCode().run() },
      { name: "link", icon: Link, shortcut: "link", active: state.link, run: onLink },
    ],
    [
      { name: "bulletList", icon: List, shortcut: "bulletList", active: state.bulletList, run: () => chain().toggleBulletList().run() },
      {
        name: "orderedList",
        icon: ListOrdered,
        shortcut: "orderedList",
        active: state.orderedList,
        run: () => chain().toggleOrderedList().run(),
      },
      { name: "quote", icon: TextQuote, shortcut: "quote", active: state.quote, run: () => chain().toggleBlockquote().run() },
      { name: "codeBlock", icon: SquareCode, shortcut: "codeBlock", active: state.codeBlock, run: () => chain().toggleCodeBlock().run() },
    ],
    [
      {
        name: "table",
        icon: Table,
        disabled: state.table,
        run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
      },
      { name: "rule", icon: Minus, run: () => chain().setHorizontalRule().run() },
      { name: "attach", icon: Paperclip, disabled: attachDisabled, run: onAttach },
    ],
    [
      { name: "undo", icon: Undo2, shortcut: "undo", disabled: !state.canUndo, run: () => chain().undo().run() },
      { name: "redo", icon: Redo2, shortcut: "redo", disabled: !state.canRedo, run: () => chain().redo().run() },
    ],
  ];
  const flat = groups.flat();

  function move(event: React.KeyboardEvent) {
    const buttons = [...(bar.current?.querySelectorAll<HTMLButtonElement>("button:not(:disabled)") ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      event.key === "ArrowRight"
        ? (index + 1) % buttons.length
        : event.key === "ArrowLeft"
          ? (index - 1 + buttons.length) % buttons.length
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? buttons.length - 1
              : null;
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      editor.commands.focus();
    }
    if (next === null || index < 0) return;
    event.preventDefault();
    buttons[next].focus();
    setFocused(Number(buttons[next].dataset.index));
  }

  // The roving tab stop must be a button that can take focus.
  const tabStop = flat[focused] && !flat[focused].disabled ? focused : flat.findIndex((item) => !item.disabled);
  let index = -1;
  return (
    <div
      ref={bar}
      role="toolbar"
      aria-label={t("label")}
      aria-controls="article-body"
      data-editor-toolbar
      onKeyDown={move}
      className="flex flex-wrap items-center gap-0.5 px-2 py-1.5"
    >
      {groups.map((group, g) => (
        <Fragment key={g}>
          {g > 0 && <span aria-hidden className="mx-1 h-5 w-px bg-slate-200" />}
          {group.map((item) => {
            index += 1;
            return (
              <ToolbarButton
                key={item.name}
                icon={item.icon}
                label={t(item.name)}
                shortcut={item.shortcut ? keys(item.shortcut) : undefined}
                active={item.active}
                index={index}
                disabled={item.disabled}
                focusable={index === tabStop}
                onClick={item.run}
              />
            );
          })}
        </Fragment>
      ))}
    </div>
  );
}
