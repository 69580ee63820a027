import type { z } from "zod";
import { AppError, zodFields } from "@/lib/errors";

/**
 * A request's query string validated with a zod schema: a repeated parameter (`?status=a&status=b`) arrives as
 * an array, a single one as a string. Invalid input answers 400 with the fields at fault.
 */
export function parseQueryString<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  const params: Record<string, string | string[]> = {};
  for (const [key, value] of new URL(request.url).searchParams) {
    const seen = params[key];
    params[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw new AppError("invalid_input", "Some fields are not valid", zodFields(parsed.error));
  return parsed.data;
}
