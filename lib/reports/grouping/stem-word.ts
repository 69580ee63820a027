/*
 * A light stemmer: it only strips common inflectional endings, so "принтера", "принтеры", "принтеров" meet
 * "принтер" and "printing", "printed", "prints" meet "print". Light on purpose (and hand-written, so no
 * dependency): grouping needs word forms of one word to meet, not words of one root; README.md has the figures
 * with and without it.
 */

// Longest first within a length: the first match wins. All Russian endings leave at least three letters.
const russianEndings = [
  ...["ами", "ями", "ыми", "ими", "ого", "его", "ому", "ему", "ает", "яет", "ают", "яют", "ует", "уют", "ать", "ять"],
  ...["ить", "еть", "уть", "ыть", "ала", "яла", "ила", "ела", "али", "яли", "или", "ели", "ешь", "ете", "ишь", "ите"],
  ...["ах", "ях", "ам", "ям", "ов", "ев", "ом", "ем", "ой", "ей", "ий", "ый", "ая", "яя", "ую", "юю", "ое", "ее"],
  ...["ые", "ие", "ых", "их", "ым", "им", "ию", "ия", "ии", "ье", "ья", "ью", "ал", "ял", "ил", "ел", "ит", "ят"],
  ...["ат", "ут", "ют", "ет", "а", "я", "о", "е", "у", "ю", "ы", "и", "ь", "й"],
];

function stemRussian(word: string): string {
  let w = word;
  // Reflexive verbs: "печатается" → "печатает". Not the "-пись" nouns ("запись", "подпись"), which only look so.
  if (w.length > 5 && (w.endsWith("ся") || (w.endsWith("сь") && !w.endsWith("пись")))) w = w.slice(0, -2);
  for (const ending of russianEndings) {
    if (w.length - ending.length >= 3 && w.endsWith(ending)) return w.slice(0, -ending.length);
  }
  return w;
}

const vowel = /[aeiouy]/;

function stemEnglish(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("ies") && w.length > 4) w = w.slice(0, -3) + "y";
  else if (w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const ending of ["ing", "ed"]) {
    const rest = w.slice(0, -ending.length);
    if (w.endsWith(ending) && rest.length >= 3 && vowel.test(rest)) {
      // "stopped" → "stopp" → "stop"; "installed" keeps its "ll", "missed" its "ss".
      w = /([^aeiouylsz])\1$/.test(rest) ? rest.slice(0, -1) : rest;
      break;
    }
  }
  // "expire", "expired", "expires" all end as "expir".
  if (w.length > 4 && w.endsWith("e")) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith("y")) w = w.slice(0, -1) + "i";
  return w;
}

/** Why: word forms of one word must count as the same term in both languages; Cyrillic words get Russian rules. */
export function stemWord(word: string): string {
  return /[а-я]/.test(word) ? stemRussian(word) : stemEnglish(word);
}
