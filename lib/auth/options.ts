import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { Role } from "./roles";
import { getAuthSecret } from "./secret";
import { verifyCredentials } from "./verify-credentials";

const SESSION_MAX_AGE_S = 7 * 24 * 3600;

export function getAuthOptions(): NextAuthOptions {
  return {
    secret: getAuthSecret(),
    // Credentials sign-in requires JWT sessions; the role in the token is only a hint for the
    // UI: every server check reloads the user (lib/auth/session-actor.ts).
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
        authorize: (credentials) => verifyCredentials(credentials),
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.role = (user as unknown as { role: Role }).role;
        }
        return token;
      },
      session({ session, token }) {
        if (session.user) {
          session.user.id = token.sub ?? "";
          session.user.role = token.role as Role;
        }
        return session;
      },
    },
  };
}
