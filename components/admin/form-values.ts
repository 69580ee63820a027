// Reading a submitted <form> into the plain values the admin actions take. Empty selects and number
// fields become null, so "nobody" and "use the default" are explicit rather than empty strings.

export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

export function idOrNull(form: FormData, name: string): string | null {
  return text(form, name) || null;
}

export function oneOf<T extends string>(form: FormData, name: string, allowed: readonly T[]): T | null {
  const value = text(form, name);
  return (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** A number field: null when empty, NaN when not a number (the server answers "enter a number"). */
export function numberOrNull(form: FormData, name: string): number | null {
  const value = text(form, name).trim().replace(",", ".").replace(/\s/g, "");
  return value === "" ? null : Number(value);
}

export function checked(form: FormData, name: string): boolean {
  return form.get(name) === "on";
}

export function all(form: FormData, name: string): string[] {
  return form.getAll(name).filter((v): v is string => typeof v === "string");
}
