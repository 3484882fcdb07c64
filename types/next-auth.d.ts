import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/auth/roles";
import type { SignInMethod } from "@/lib/auth/verify-credentials";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: string; role: Role; sessionVersion?: number; method?: SignInMethod };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    /** User.sessionVersion at sign-in; a session whose version is behind the database has ended. */
    sv?: number;
    /** How this session signed in: a password session may be sent to two-factor enrolment. */
    method?: SignInMethod;
  }
}
