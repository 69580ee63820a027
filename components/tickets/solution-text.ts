// The resolve form's solution is one text that several helpers add to (a similar ticket's solution, a picked
// article); these keep what the specialist typed and only ever add or take back their own blocks.

/** The solution with `block` after what is already there, a blank line between. */
export function appendToSolution(current: string, block: string): string {
  const before = current.trim();
  return before ? `${before}\n\n${block}` : block;
}

/** The solution without `block`, if it is still there word for word; edited text is the specialist's and stays. */
export function removeFromSolution(current: string, block: string): string {
  const at = current.lastIndexOf(block);
  if (!block || at < 0) return current;
  return `${current.slice(0, at).trimEnd()}\n\n${current.slice(at + block.length).trimStart()}`.trim();
}

/** What a picked article adds: its summary, then the line that links it. */
export function articleBlock(summary: string, linkLine: string): string {
  return summary.trim() ? `${summary.trim()}\n\n${linkLine}` : linkLine;
}
