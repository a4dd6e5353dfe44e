import "server-only";
import type { NextAuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { prisma } from "@/lib/db";
import { verifyPassword } from "@/lib/password";
import { credentialsSchema } from "@/lib/validations/password";
import { errorSummary, SIGN_IN_UNAVAILABLE, throttledCode } from "./sign-in-errors";
import { accountKey, clientAddress, countAttempt, recordFailure, recordSuccess, unknownNameKey } from "./throttle";

declare module "next-auth/jwt" {
  interface JWT {
    /** When the user signed in (seconds since the epoch); refreshing the session keeps it. */
    auth_time?: number;
  }
}

const SESSION_REVOKED = "SESSION_REVOKED";

/**
 * A session lasts at most 12 hours from sign-in, however often it is used: one school day, from
 * first period to evening self-study, without being signed out in the middle of work, and
 * nothing left on a shared 机房 PC (or copied off it) is worth anything the next morning.
 */
export const SESSION_MAX_AGE = 12 * 60 * 60;

/** A refusal meant for the sign-in form; anything else thrown is reported as SIGN_IN_UNAVAILABLE. */
class SignInRefusal extends Error {}

type Headers = Parameters<typeof clientAddress>[0];

async function checkCredentials(username: string, password: string, headers: Headers): Promise<User | null> {
  const login = username.toLowerCase();
  const user = await prisma.user.findFirst({
    where: { OR: [{ username: login }, { email: login }] },
    omit: { passwordHash: false },
  });
  // Counted before the password is tested, on the account whichever name was typed (a name no
  // account has is counted under that name, with the same answers). During a wait even the
  // right password is refused untested; after it, the right password signs in.
  const attempt = await countAttempt(user ? accountKey(user.id) : unknownNameKey(login), clientAddress(headers));
  if (!attempt.allowed) throw new SignInRefusal(throttledCode(attempt.waitMs));
  const passwordOk = await verifyPassword(user?.passwordHash, password);
  // A disabled account is answered like a wrong password and its attempt stays counted, so
  // neither the message nor the throttle tells a guesser that the password was right.
  if (!user || !passwordOk || user.disabled) {
    await recordFailure(attempt);
    return null;
  }
  await recordSuccess(attempt);
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    tokenVersion: user.tokenVersion,
    mustChangePassword: user.mustChangePassword,
  };
}

const nowInSeconds = () => Math.floor(Date.now() / 1000);

export const authOptions: NextAuthOptions = {
  // The cookie's own expiry rolls forward with use; the 12 hours from sign-in are enforced in the
  // jwt callback. (next-auth 4 ignores `updateAge` for JWT sessions.)
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "账号密码",
      credentials: {
        username: { label: "账号", type: "text" },
        password: { label: "密码", type: "password" },
      },
      async authorize(credentials, req) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        try {
          return await checkCredentials(parsed.data.username, parsed.data.password, req?.headers);
        } catch (error) {
          if (error instanceof SignInRefusal) throw error;
          // next-auth puts a thrown message into the sign-in URL: never a database error's.
          console.error("[auth] sign-in failed:", errorSummary(error));
          throw new Error(SIGN_IN_UNAVAILABLE);
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.name = user.name;
        token.role = user.role;
        token.tv = user.tokenVersion;
        token.mcp = user.mustChangePassword;
        token.auth_time = nowInSeconds();
        return token;
      }
      // Older than 12 hours since sign-in, or issued before sign-in times were recorded.
      if (!token.auth_time || nowInSeconds() - token.auth_time > SESSION_MAX_AGE) throw new Error(SESSION_REVOKED);
      // JWTs cannot be revoked by themselves: every use is checked against the account, so a
      // disabled account, a changed password or a new role takes effect on the next request.
      const current = token.uid
        ? await prisma.user.findUnique({
            where: { id: token.uid },
            select: { name: true, role: true, disabled: true, tokenVersion: true, mustChangePassword: true },
          })
        : null;
      if (!current || current.disabled || current.tokenVersion !== token.tv) throw new Error(SESSION_REVOKED);
      token.name = current.name;
      token.role = current.role;
      token.mcp = current.mustChangePassword;
      return token;
    },
    async session({ session, token }) {
      if (token.uid && token.role) {
        session.user = {
          id: token.uid,
          name: token.name ?? "",
          role: token.role,
          mustChangePassword: token.mcp ?? false,
        };
      }
      return session;
    },
  },
  events: {
    // next-auth deletes the cookie; a new token version also makes every copy of the token
    // worthless (one left in another browser on a shared PC, or copied off it). This ends the
    // account's other sessions too. A token that is already stale changes nothing.
    async signOut({ token }) {
      if (!token?.uid || token.tv === undefined) return;
      await prisma.user.updateMany({
        where: { id: token.uid, tokenVersion: token.tv },
        data: { tokenVersion: { increment: 1 } },
      });
    },
  },
  logger: {
    error(code, metadata) {
      // A revoked session is expected, not an error worth a stack trace in the log.
      if (code === "JWT_SESSION_ERROR" && metadata instanceof Error && metadata.message === SESSION_REVOKED) return;
      console.error(`[auth] ${code}`, metadata instanceof Error ? metadata.message : "");
    },
    warn(code) {
      console.warn(`[auth] ${code}`);
    },
    debug() {},
  },
};
