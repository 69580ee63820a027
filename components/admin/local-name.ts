/** The name to show in the interface language; Russian names are the fallback, as the desk's home language. */
export function localName(locale: string, named: { nameRu: string; nameEn: string }): string {
  return locale === "en" ? named.nameEn || named.nameRu : named.nameRu;
}
