import { synonymGroups } from "@/search/synonyms";

/** Lowercase, ё as е, hyphens and runs of spaces as one space: how two spellings of a synonym are compared. */
export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/ё/g, "е").replace(/[-‐–]/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * The domain synonyms for the Postgres fallback, which has no synonym filter: every other entry of each group
 * one of whose entries occurs in `text` as whole words. Postgres then searches them as alternatives, so
 * "МФУ" finds a ticket about a "принтер" even while the search node is down. Inflected forms are not
 * recognised here (the node does that); the fallback is a limited answer and says so.
 */
export function synonymAlternatives(text: string): string[] {
  const padded = ` ${normalizeText(text).replace(/[^\p{L}\p{N} ]+/gu, " ")} `;
  const found = new Set<string>();
  for (const group of synonymGroups) {
    const entries = group.map(normalizeText);
    if (!entries.some((entry) => padded.includes(` ${entry} `))) continue;
    for (const entry of entries) if (!padded.includes(` ${entry} `)) found.add(entry);
  }
  return [...found];
}
