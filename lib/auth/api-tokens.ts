import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { type Db, getDb, schema, withTransaction } from "@/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { enqueue } from "@/lib/jobs/queue";
import type { UserView } from "@/lib/people/get-user";
import type { Role } from "./roles";

const TOKEN_PREFIX = "hd_";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const createTokenSchema = z.object({ name: z.string().trim().min(1, "Give the token a name").max(80) });

/** Creates a personal API token; the plain token is returned once and never stored. */
export async function createApiToken(userId: string, input: unknown): Promise<{ id: string; token: string }> {
  const { name } = createTokenSchema.parse(input);
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return withTransaction(async (tx) => {
    const [row] = await tx.db
      .insert(schema.apiTokens)
      .values({ userId, name, tokenHash: hashToken(token), prefix: token.slice(0, 10) })
      .returning({ id: schema.apiTokens.id });
    await recordAudit(tx, { actorId: userId, entityType: "api_token", entityId: row.id, action: "created", data: { name } });
    // Tell the owner by mail, as a safeguard against a token made from a stolen session.
    await enqueue(tx, "mail.tokenCreated", { userId, tokenName: name });
    return { id: row.id, token };
  });
}

export async function revokeApiToken(userId: string, tokenId: string): Promise<void> {
  await withTransaction(async (tx) => {
    const [row] = await tx.db
      .update(schema.apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(schema.apiTokens.id, tokenId), eq(schema.apiTokens.userId, userId), isNull(schema.apiTokens.revokedAt)))
      .returning({ id: schema.apiTokens.id });
    if (!row) throw new AppError("not_found", "No such active token");
    await recordAudit(tx, { actorId: userId, entityType: "api_token", entityId: tokenId, action: "revoked" });
  });
}

export async function listApiTokens(userId: string) {
  return getDb()
    .select({
      id: schema.apiTokens.id,
      name: schema.apiTokens.name,
      prefix: schema.apiTokens.prefix,
      createdAt: schema.apiTokens.createdAt,
      lastUsedAt: schema.apiTokens.lastUsedAt,
      revokedAt: schema.apiTokens.revokedAt,
    })
    .from(schema.apiTokens)
    .where(eq(schema.apiTokens.userId, userId))
    .orderBy(desc(schema.apiTokens.createdAt));
}

/** "Last used" is kept to the minute: most requests of a busy integration only read. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** The id of an active token's active owner, or null. */
export async function userIdForToken(token: string): Promise<string | null> {
  return (await userForToken(token))?.id ?? null;
}

/**
 * The active owner of an active token, with their roles, or null: what getUserById would say, in one query. An
 * integration calls with its token on every request (the new-ticket form's suggestions, once a keystroke pause),
 * and each round trip to Postgres costs the web server CPU (bench:suggest --cpu-prof): three queries were one
 * tenth of its CPU for a suggestion.
 */
export async function userForToken(token: string): Promise<UserView | null> {
  return (await tokenOwner(token)).user;
}

/**
 * userForToken, and in the same query the lock on `throttleKey` (the caller's address, lib/auth/guards.ts): the
 * guard must refuse a right token from a locked address too, and asking for the lock apart was one more round
 * trip to Postgres at every suggestion. `lockedUntil` is null when there is no lock or the token is wrong.
 */
export async function tokenOwner(token: string, throttleKey = ""): Promise<{ user: UserView | null; lockedUntil: Date | null }> {
  if (!token.startsWith(TOKEN_PREFIX)) return { user: null, lockedUntil: null };
  const db = getDb();
  const [row] = await tokenOwnerStatement(db).execute({ tokenHash: hashToken(token), throttleKey });
  if (!row) return { user: null, lockedUntil: null };
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.update(schema.apiTokens).set({ lastUsedAt: now }).where(eq(schema.apiTokens.id, row.tokenId));
  }
  const user = {
    id: row.id,
    name: row.name,
    email: row.email,
    title: row.title,
    roles: row.roles,
    departmentId: row.departmentId,
    language: row.language,
    vip: row.vip,
  };
  return { user, lockedUntil: row.lockedUntil };
}

/**
 * userForToken's query, prepared once per connection pool: building it with drizzle at every request was, with the
 * suggestion's own re-check, a tenth of the web server's CPU for a suggestion (bench:suggest --cpu-prof).
 */
const tokenOwnerStatements = new WeakMap<Db, ReturnType<typeof prepareTokenOwner>>();

function tokenOwnerStatement(db: Db) {
  let statement = tokenOwnerStatements.get(db);
  if (!statement) tokenOwnerStatements.set(db, (statement = prepareTokenOwner(db)));
  return statement;
}

function prepareTokenOwner(db: Db) {
  const { apiTokens, users, userRoles, signInThrottles } = schema;
  return db
    .select({
      tokenId: apiTokens.id,
      lastUsedAt: apiTokens.lastUsedAt,
      id: users.id,
      name: users.name,
      email: users.email,
      title: users.title,
      departmentId: users.departmentId,
      language: users.language,
      vip: users.vip,
      // As text: postgres.js returns an array of an enum type as one unparsed string.
      roles: sql<Role[]>`array(select ${userRoles.role}::text from ${userRoles} where ${userRoles.userId} = ${users.id})`,
      lockedUntil:
        sql<Date | null>`(select ${signInThrottles.lockedUntil} from ${signInThrottles} where ${signInThrottles.key} = ${sql.placeholder("throttleKey")})`.mapWith(
          signInThrottles.lockedUntil,
        ),
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, sql.placeholder("tokenHash")), isNull(apiTokens.revokedAt), eq(users.active, true)))
    .prepare("token_owner");
}
