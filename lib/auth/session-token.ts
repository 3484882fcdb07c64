import type { CallbacksOptions } from "next-auth";
import type { Role } from "./roles";
import type { SignedInUser } from "./verify-credentials";

/**
 * next-auth's jwt and session callbacks. At sign-in the token takes the user's id, role (a
 * hint for the UI) and session version; the session passes the version on to
 * lib/auth/actor-for-session.ts, which compares it with the database on every request.
 */
export const sessionTokenCallbacks: Pick<CallbacksOptions, "jwt" | "session"> = {
  jwt({ token, user }) {
    if (user) {
      const signedIn = user as unknown as SignedInUser;
      token.sub = signedIn.id;
      token.role = signedIn.role;
      token.sv = signedIn.sessionVersion;
      token.method = signedIn.method;
    }
    return token;
  },
  session({ session, token }) {
    if (session.user) {
      session.user.id = token.sub ?? "";
      session.user.role = token.role as Role;
      session.user.sessionVersion = token.sv;
      session.user.method = token.method;
    }
    return session;
  },
};
