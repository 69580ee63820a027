// A solution offered from elsewhere on the ticket page (e.g. "Use this solution" on a similar ticket) for the
// resolve form: the form takes it when it opens, or appends it when it is already open.
let pending: string | null = null;
const listeners = new Set<() => void>();

export function proposeSolution(text: string): void {
  pending = text;
  listeners.forEach((listener) => listener());
}

export function onSolutionProposed(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The proposal not yet taken, if any; taking it clears it. */
export function takeProposal(): string | null {
  const text = pending;
  pending = null;
  return text;
}

export function peekProposal(): string | null {
  return pending;
}
