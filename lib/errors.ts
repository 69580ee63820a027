import { ZodError } from "zod";

export type ErrorCode =
  | "invalid_input"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "method_not_allowed"
  | "conflict"
  | "too_large"
  | "rate_limited"
  | "unavailable"
  | "internal";

const statusOf: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

/** The one error type of the domain: a code that maps to an HTTP status and a message a person can act on. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    /** Seconds to wait before trying again (429 and 503 answer it as Retry-After). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return statusOf[this.code];
  }
}

export type ErrorBody = { error: { code: ErrorCode; message: string; fields?: Record<string, string> } };

/** Field name -> first message, from a zod error. */
export function zodFields(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    fields[key] ??= issue.message;
  }
  return fields;
}

/**
 * Turns anything thrown into an AppError. Unknown errors are logged in full on the server and answered
 * with a plain message: a stack trace never reaches a user.
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return new AppError("invalid_input", "Some fields are not valid", zodFields(error));
  if (isDatabaseUnavailable(error)) {
    // Expected while PostgreSQL restarts: one line, and the caller is told to come back (503, Retry-After).
    console.warn(`database unavailable: ${describeCause(error)}`);
    return new AppError("unavailable", DATABASE_UNAVAILABLE, undefined, 10);
  }
  console.error(error);
  return new AppError("internal", "Something went wrong on our side; please try again");
}

export function errorBody(error: AppError): ErrorBody {
  return { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } };
}

export const DATABASE_UNAVAILABLE = "The desk's database is not answering; try again in a moment";

// postgres.js's own codes for a connection it could not make or lost, and PostgreSQL's for a server going away:
// class 08 (connection exception), 57P01–57P03 (shutdown, crash, cannot connect now).
const connectionCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "ETIMEDOUT",
  "EPIPE",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "57P01",
  "57P02",
  "57P03",
]);

/** Whether an error (or what it wraps: drizzle wraps the driver's error as its cause) means PostgreSQL is away. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (connectionCodes.has(code) || code.startsWith("08"))) return true;
  }
  return false;
}

function describeCause(error: unknown): string {
  const cause = (error as { cause?: { message?: string } }).cause;
  return (cause?.message ?? (error as Error).message ?? String(error)).split("\n")[0].slice(0, 200);
}
