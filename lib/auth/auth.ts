import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { clientAddress } from "./throttle/client-address";
import { attemptSignIn } from "./throttle/sign-in-attempt";
import { credentialsSchema, verifyCredentials } from "./verify-credentials";

/** Too many failures for this account from this address: the code carries the seconds to wait. */
export class ThrottledSignIn extends CredentialsSignin {
  constructor(readonly retryAfter: number) {
    super();
    this.code = `throttled-${retryAfter}`;
  }
}

// Credentials sign-in requires the JWT session strategy. The token carries only the user id: roles and
// everything else are read from Postgres on each request, so a revoked role takes effect at once.
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // The cookie's upper bound; the desk's own session lifetime (a setting, at most 30 days) is checked per request.
  session: { strategy: "jwt", maxAge: 60 * 60 * 24 * 30 },
  pages: { signIn: "/sign-in" },
  // A wrong password or a throttled one is expected: attemptSignIn has logged its one line; anything else in full.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      // Throttled per account and address, and audited, whichever way the form is sent (the page or the endpoint).
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const attempt = { email: parsed.data.email, address: clientAddress(request.headers), userAgent: request.headers.get("user-agent") };
        const outcome = await attemptSignIn(attempt, () => verifyCredentials(parsed.data));
        if (outcome && "retryAfter" in outcome) throw new ThrottledSignIn(outcome.retryAfter);
        return outcome ? { id: outcome.userId } : null;
      },
    }),
  ],
  callbacks: {
    // The sign-in moment stays in the token (its iat changes whenever it is re-issued): sessions revoked after
    // it, or older than the session lifetime, end (lib/auth/session-validity.ts).
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user = { ...session.user, id: token.sub };
      return { ...session, signedInAt: typeof token.signedInAt === "number" ? token.signedInAt : undefined };
    },
  },
});

declare module "next-auth" {
  interface Session {
    /** When this browser signed in (ms since the epoch); undefined for sessions from before it was recorded. */
    signedInAt?: number;
  }
}
