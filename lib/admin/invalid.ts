import { AppError } from "@/lib/errors";

/**
 * A refusal tied to one field of a form, so the page shows it next to that field. `code` is a key of
 * adminPages.errors, which the admin pages translate.
 */
export function invalidField(field: string, code: string): AppError {
  return new AppError("invalid_input", "Some fields are not valid", { [field]: code });
}

export function notFound(): AppError {
  return new AppError("not_found", "Not found");
}
