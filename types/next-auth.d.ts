import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/auth/roles";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: string; role: Role; sessionVersion?: number };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    /** User.sessionVersion at sign-in; a session whose version is behind the database has ended. */
    sv?: number;
  }
}
