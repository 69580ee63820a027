import { NextResponse } from "next/server";
import type { z } from "zod";
import { AppError, type ErrorCode, errorBody, toAppError, zodFields } from "@/lib/errors";
import { localizeError } from "@/lib/i18n/error-messages";
import { pickLocale } from "@/lib/i18n/locale";
import { tokenOwner } from "./api-tokens";
import { type CurrentUser, getRequestUser, getSessionUser } from "./current-user";
import { can, type Permission } from "./permissions";
import { clientAddress } from "./throttle/client-address";
import { secondsUntil } from "./throttle/throttle-rule";
import { countFailure, secondsToWait } from "./throttle/throttle-store";

type RouteArgs<P> = { request: Request; user: CurrentUser; params: P };
type RouteOptions = { permission?: Permission };

/**
 * The one guard for REST route handlers: 401 for an anonymous caller, 403 without the permission, and
 * every error turned into API.md's error shape in the caller's language. Handlers return plain data
 * (answered 200) or a Response.
 */
export function apiRoute<P = Record<string, string>>(options: RouteOptions, handler: (args: RouteArgs<P>) => Promise<unknown>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    let user: CurrentUser | null = null;
    try {
      user = await tokenThrottled(request, () => getRequestUser(request));
      if (!user) throw new AppError("unauthenticated", "Sign in or send a valid API token");
      if (options.permission && !can(user.roles, options.permission)) throw new AppError("forbidden", "You are not allowed to do this");
      const result = await handler({ request, user, params: await context.params });
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      const locale = pickLocale(user?.language, null, request.headers.get("accept-language"));
      return errorResponse(localizeError(toAppError(error), locale));
    }
  };
}

/**
 * Wrong bearer tokens are throttled per address like passwords (API.md): after five failures the address gets 429
 * with Retry-After, whatever token it sends, so tokens cannot be guessed. A right token's owner and the address's
 * lock are read in one query (tokenOwner); only a wrong token reads the lock on its own, and counts a failure.
 */
async function tokenThrottled(request: Request, identify: () => Promise<CurrentUser | null>): Promise<CurrentUser | null> {
  const header = request.headers.get("authorization") ?? "";
  if (!/^Bearer\s/i.test(header)) return identify();
  const key = `token|${clientAddress(request.headers)}`;
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  const { user, lockedUntil } = token ? await tokenOwner(token, key) : { user: null, lockedUntil: null };
  const wait = user ? secondsUntil(lockedUntil, new Date()) : await secondsToWait(key);
  if (wait > 0) throw new AppError("rate_limited", "Too many failed attempts from your address; try again later", undefined, wait);
  if (!user) await countFailure(key);
  return user;
}

export function errorResponse(error: AppError): Response {
  const retryAfter = error.retryAfter ?? (error.code === "unavailable" ? 30 : undefined);
  const headers: Record<string, string> = retryAfter !== undefined ? { "Retry-After": String(retryAfter) } : {};
  return NextResponse.json(errorBody(error), { status: error.status, headers });
}

/** Answers a method nobody may use (e.g. DELETE of a ticket) with 405. */
export function methodNotAllowed(message = "This action is not available to anyone"): Response {
  return errorResponse(new AppError("method_not_allowed", message));
}

/** Parses a JSON body with a zod schema; bad JSON and bad fields both answer 400 with fields. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  let body: unknown;
  try {
    // An empty body is an empty object: commands whose fields are all optional need none.
    const text = await request.text();
    body = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw new AppError("invalid_input", "The body must be JSON", { _: "invalid JSON" });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new AppError("invalid_input", "Some fields are not valid", zodFields(parsed.error));
  return parsed.data;
}

export type ActionResult<T> = { ok: true; data: T } | { ok: false; code: ErrorCode; error: string; fields?: Record<string, string> };

/**
 * The one guard for server actions: the same permission map, input validated with zod, and errors returned
 * as a result the form can show (never thrown to the client as a stack trace). What it returns is the action
 * itself, exported as it is from a "use server" module of lib/actions/; the input type is the schema's, for
 * the form's sake, and the schema checks it again (anyone may post anything to an action).
 */
export function guardedAction<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  run: (user: CurrentUser, input: z.infer<S>) => Promise<T>,
) {
  return async (input: z.input<S>): Promise<ActionResult<T>> => {
    const user = await getSessionUser();
    try {
      if (!user) throw new AppError("unauthenticated", "Sign in or send a valid API token");
      if (!can(user.roles, permission)) throw new AppError("forbidden", "You are not allowed to do this");
      const parsed = schema.safeParse(input);
      if (!parsed.success) throw new AppError("invalid_input", "Some fields are not valid", zodFields(parsed.error));
      return { ok: true, data: await run(user, parsed.data) };
    } catch (error) {
      const appError = localizeError(toAppError(error), pickLocale(user?.language, null, null));
      return { ok: false, code: appError.code, error: appError.message, ...(appError.fields ? { fields: appError.fields } : {}) };
    }
  };
}
