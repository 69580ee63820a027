/** The words of a text as a person typed them (letters, digits, inner hyphens and apostrophes). */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}
