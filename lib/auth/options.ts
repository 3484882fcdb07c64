import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getConfig } from "../config";
import { servesHttps } from "../http/security-headers";
import { authorizeSignIn } from "./authorize-sign-in";
import { getAuthSecret } from "./secret";
import { sessionTokenCallbacks } from "./session-token";

const SESSION_MAX_AGE_S = 7 * 24 * 3600;

export function getAuthOptions(): NextAuthOptions {
  return {
    secret: getAuthSecret(),
    // Credentials sign-in requires JWT sessions; the role in the token is only a hint for the
    // UI: every server check reloads the user (lib/auth/session-actor.ts).
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: "/login" },
    // Secure cookies (named __Secure-/__Host-) exactly when PUBLIC_URL is https, as HSTS is
    // (proxy.ts); next-auth's own default follows NEXTAUTH_URL, which `next dev` leaves unset.
    useSecureCookies: servesHttps(getConfig().PUBLIC_URL),
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
        authorize: (credentials, req) => authorizeSignIn(credentials, req?.headers),
      }),
    ],
    callbacks: sessionTokenCallbacks,
  };
}
