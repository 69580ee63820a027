/**
 * Typo tolerance, only where it helps. A word of four letters or fewer is one edit away from too many other
 * words ("МФУ"/"ФСУ", "port"/"post"), and codes, model numbers and abbreviations must match as typed
 * ("0x80070005", "M428", "ЭЦП"): those are never fuzzy. Longer words get one edit, from nine letters two.
 */
export const FUZZINESS = "AUTO:5,9";

export function allowsTypos(word: string): boolean {
  if (word.length < 5) return false;
  if (!/^[\p{L}'’-]+$/u.test(word)) return false; // digits or symbols: a code of some kind
  const upper = word.toUpperCase();
  if (word === upper && word !== word.toLowerCase()) return false; // ABBREVIATIONS
  return true;
}
