import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { prisma } from "@/lib/db";
import { verifyPassword } from "@/lib/password";
import { credentialsSchema } from "@/lib/validations/password";
import { clientAddress, isThrottled, recordFailure, recordSuccess } from "./throttle";

const SESSION_REVOKED = "SESSION_REVOKED";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 14 * 24 * 60 * 60 },
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
        const login = parsed.data.username.toLowerCase();
        const address = clientAddress(req?.headers);
        // A locked key is refused before the password is even checked.
        if (await isThrottled(login, address)) throw new Error("TOO_MANY_ATTEMPTS");
        const user = await prisma.user.findFirst({
          where: { OR: [{ username: login }, { email: login }] },
          omit: { passwordHash: false },
        });
        const passwordOk = await verifyPassword(user?.passwordHash, parsed.data.password);
        if (!user || !passwordOk) {
          await recordFailure(login, address);
          return null;
        }
        await recordSuccess(login);
        // Only someone who knows the password learns that the account is disabled.
        if (user.disabled) throw new Error("ACCOUNT_DISABLED");
        return {
          id: user.id,
          name: user.name,
          role: user.role,
          tokenVersion: user.tokenVersion,
          mustChangePassword: user.mustChangePassword,
        };
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
        return token;
      }
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
