import { stemWord } from "./stem-word";
import { stopwords } from "./stopwords";

/** A word of a text: its stem (what is compared) and its surface form (what a label shows). */
export type Token = { stem: string; surface: string; inSubject: boolean };

function words(part: string, stem: boolean, inSubject: boolean, into: Token[]) {
  for (const match of part
    .toLowerCase()
    .replace(/['’]/g, "")
    .matchAll(/\p{L}+/gu)) {
    const surface = match[0];
    const word = surface.replace(/ё/g, "е");
    if (word.length < 2 || stopwords.has(word)) continue;
    into.push({ stem: stem ? stemWord(word) : word, surface, inSubject });
  }
}

/**
 * Why: texts are compared by words, not strings — lower-cased, ё as е, split on anything but letters (numbers,
 * room and ticket numbers drop out), stop words out, and stemmed when asked. The first line is the subject,
 * which says more about the problem than the rest, so its words are marked.
 */
export function tokenize(text: string, stem = true): Token[] {
  const newline = text.indexOf("\n");
  const tokens: Token[] = [];
  words(newline === -1 ? text : text.slice(0, newline), stem, true, tokens);
  if (newline !== -1) words(text.slice(newline + 1), stem, false, tokens);
  return tokens;
}
