import { diffArrays, diffLines } from "diff";

/** A piece of one line: unchanged text, or the words that were added to or removed from it. */
export type DiffPart = { text: string; change?: "added" | "removed" };

/** One line of the diff; a changed line carries word-level parts so the eye finds what changed inside it. */
export type DiffLine = { kind: "unchanged" | "added" | "removed"; oldNumber: number | null; newNumber: number | null; parts: DiffPart[] };

/** A run of lines to show, or a run of unchanged lines folded away (still there, for "show all"). */
export type DiffBlock = { kind: "lines"; lines: DiffLine[] } | { kind: "collapsed"; lines: DiffLine[] };

export type ReadableDiff = { blocks: DiffBlock[]; added: number; removed: number; identical: boolean };

// Unchanged lines kept around each change, so a change is read in its context.
const CONTEXT = 2;
// A removed and an added line sharing less than this share of their text are shown whole, not word by word:
// word highlights over two unrelated lines are noise.
const MIN_SHARED = 0.4;

// Words, not letters: jsdiff's own word tokenizer splits Cyrillic into single characters. Spaces are tokens
// too, so both sides keep their own text exactly (diffWords would give the old side the new side's spacing).
const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });
const tokens = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

/** Word-level changes between two short texts (a title, or a line), as parts of the old and of the new text. */
export function diffInline(before: string, after: string): { before: DiffPart[]; after: DiffPart[]; shared: number } {
  const old: DiffPart[] = [];
  const neu: DiffPart[] = [];
  let sharedChars = 0;
  for (const c of diffArrays(tokens(before), tokens(after))) {
    const text = c.value.join("");
    if (c.added) neu.push({ text, change: "added" });
    else if (c.removed) old.push({ text, change: "removed" });
    else {
      old.push({ text });
      neu.push({ text });
      sharedChars += text.trim().length;
    }
  }
  const longest = Math.max(before.trim().length, after.trim().length, 1);
  return { before: merge(old), after: merge(neu), shared: sharedChars / longest };
}

function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last && last.change === part.change) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

function linesOf(value: string): string[] {
  const lines = value.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

// Both texts end in a newline and use \n, so a missing final newline or Windows line ends are not "changes".
const normalise = (text: string) => {
  const unix = text.replace(/\r\n?/g, "\n");
  if (unix === "") return unix;
  return unix.endsWith("\n") ? unix : `${unix}\n`;
};

/**
 * A readable diff of two Markdown texts: by line, with word-level changes inside lines that were edited
 * rather than replaced, and long runs of unchanged lines folded away.
 */
export function readableDiff(before: string, after: string): ReadableDiff {
  const changes = diffLines(normalise(before), normalise(after));
  const lines: DiffLine[] = [];
  let oldNumber = 1;
  let newNumber = 1;
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    if (!change.added && !change.removed) {
      for (const text of linesOf(change.value))
        lines.push({ kind: "unchanged", oldNumber: oldNumber++, newNumber: newNumber++, parts: [{ text }] });
      continue;
    }
    // A removal followed by an addition is an edit: pair its lines one by one for word-level changes.
    const removed = change.removed ? linesOf(change.value) : [];
    const next = changes[i + 1];
    const added = change.added ? linesOf(change.value) : next?.added ? linesOf(next.value) : [];
    if (change.removed && next?.added) i++;
    const removedLines: DiffLine[] = [];
    const addedLines: DiffLine[] = [];
    removed.forEach((text, k) => {
      const partner = added[k];
      const inline = partner !== undefined ? diffInline(text, partner) : null;
      removedLines.push({
        kind: "removed",
        oldNumber: oldNumber++,
        newNumber: null,
        parts: inline && inline.shared >= MIN_SHARED ? inline.before : [{ text }],
      });
    });
    added.forEach((text, k) => {
      const partner = removed[k];
      const inline = partner !== undefined ? diffInline(partner, text) : null;
      addedLines.push({
        kind: "added",
        oldNumber: null,
        newNumber: newNumber++,
        parts: inline && inline.shared >= MIN_SHARED ? inline.after : [{ text }],
      });
    });
    lines.push(...removedLines, ...addedLines);
  }
  const added = lines.filter((l) => l.kind === "added").length;
  const removed = lines.filter((l) => l.kind === "removed").length;
  return { blocks: foldUnchanged(lines), added, removed, identical: added === 0 && removed === 0 };
}

/** Keeps CONTEXT unchanged lines next to each change and folds the rest of every unchanged run. */
export function foldUnchanged(lines: DiffLine[], context = CONTEXT): DiffBlock[] {
  const blocks: DiffBlock[] = [];
  const push = (kind: DiffBlock["kind"], run: DiffLine[]) => {
    if (run.length === 0) return;
    const last = blocks.at(-1);
    if (last && last.kind === kind) last.lines.push(...run);
    else blocks.push({ kind, lines: [...run] });
  };
  let i = 0;
  while (i < lines.length) {
    if (lines[i].kind !== "unchanged") {
      push("lines", [lines[i++]]);
      continue;
    }
    let end = i;
    while (end < lines.length && lines[end].kind === "unchanged") end++;
    const run = lines.slice(i, end);
    const keepBefore = i === 0 ? 0 : context;
    const keepAfter = end === lines.length ? 0 : context;
    // Folding fewer lines than a fold's own row would save nothing.
    if (run.length <= keepBefore + keepAfter + 1) push("lines", run);
    else {
      push("lines", run.slice(0, keepBefore));
      push("collapsed", run.slice(keepBefore, run.length - keepAfter));
      push("lines", run.slice(run.length - keepAfter));
    }
    i = end;
  }
  return blocks;
}
