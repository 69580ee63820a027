const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a value from outside (a URL segment, a cursor, a search hit, a stored key) is a uuid. Postgres throws
 * on anything else cast to uuid, so callers check first and answer "not found" instead of failing.
 */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && uuidPattern.test(value);
}
