/**
 * The help desk's own vocabulary: words people use for the same thing, in Russian and English. Applied at
 * search time only (the `domain_synonyms` synonym_graph filter of the `ru_en_search` analyzer), so the list can
 * grow without re-analysing a single document: `npm run search:synonyms` puts a changed list on the live indices.
 *
 * Each group is a set of equivalent words or phrases. Write them as people type them: the analyzer lowercases,
 * folds ё and stems every entry the same way it treats a query, so "учётная запись" also catches
 * "учетной записи" and "printers" catches "printer". Keep entries specific to the domain: a group that joins
 * common words ("error", "problem") would flood every answer with noise.
 */
export const synonymGroups: readonly (readonly string[])[] = [
  ["принтер", "МФУ", "printer", "MFP"],
  ["сканер", "scanner"],
  ["картридж", "тонер", "cartridge", "toner"],
  ["пароль", "password"],
  ["ПК", "компьютер", "комп", "системный блок", "computer", "PC", "desktop"],
  ["ноутбук", "laptop", "notebook"],
  ["монитор", "дисплей", "monitor", "display"],
  ["клавиатура", "keyboard"],
  ["МИС", "медицинская информационная система", "medical information system"],
  ["ЭМК", "электронная медицинская карта", "EMR", "electronic medical record"],
  ["Wi-Fi", "wifi", "вайфай", "вай-фай", "беспроводная сеть", "wireless network", "wireless"],
  ["учётная запись", "учетка", "аккаунт", "account"],
  ["логин", "login"],
  ["ЭЦП", "электронная подпись", "цифровая подпись", "электронно-цифровая подпись", "digital signature", "e-signature"],
  ["электронная почта", "почта", "e-mail", "email", "mail"],
  ["интернет", "internet"],
  ["телефон", "phone", "telephone"],
  ["пропуск", "карта доступа", "access card", "badge"],
  ["СКУД", "система контроля доступа", "access control"],
  ["рецепт", "prescription"],
  ["VPN", "ВПН", "удалённый доступ", "remote access"],
  // Cyrillic "С" and Latin "C" look the same and both get typed.
  ["1С", "1C"],
  ["флешка", "флеш-накопитель", "USB-накопитель", "flash drive", "USB stick"],
];

/** The groups as Solr-format rules ("a, b, c": all equivalent), the form synonym_graph reads. */
export function synonymRules(groups: readonly (readonly string[])[] = synonymGroups): string[] {
  return groups.map((group) => {
    for (const entry of group) {
      // A comma or "=>" would change the meaning of the rule; a list entry never needs either.
      if (/,|=>/.test(entry)) throw new Error(`synonym entry "${entry}" must not contain "," or "=>"`);
    }
    // ё as е here: the analyzer parses rules with its tokenizer and token filters but not its char filters, so
    // the yo_to_ye folding every query gets would never reach an "учётная" written in the rule.
    return group.map((entry) => entry.trim().replace(/ё/g, "е").replace(/Ё/g, "Е")).join(", ");
  });
}
