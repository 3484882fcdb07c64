import { z } from "zod";
import { roleSchema } from "../auth/roles";

/**
 * How people sign in (issue 15): one schema for the form, server actions, the REST API and the
 * CLI. Imported by client components too, so it must not import anything server-only.
 */

export const SSO_UNKNOWN_USER_POLICIES = ["refuse", "create"] as const;

const fields = {
  /** Users without two-factor authentication are sent to enrolment after a password sign-in. */
  requireTwoFactor: z.boolean({ error: "must be true or false" }),
  /** Off only while single sign-on is configured: nobody may be locked out. */
  passwordSignIn: z.boolean({ error: "must be true or false" }),
  /** A single sign-on login whose verified email matches no user: refused, or a new user. */
  ssoUnknownUsers: z.enum(SSO_UNKNOWN_USER_POLICIES, { error: "must be refuse or create" }),
  /** The role of a user created by single sign-on when no role claim maps to one. */
  ssoDefaultRole: roleSchema,
};

/** The stored value, with the defaults that apply when nothing is stored. */
export const securitySettingsSchema = z.object({
  requireTwoFactor: fields.requireTwoFactor.default(false),
  passwordSignIn: fields.passwordSignIn.default(true),
  ssoUnknownUsers: fields.ssoUnknownUsers.default("refuse"),
  ssoDefaultRole: fields.ssoDefaultRole.default("viewer"),
});

/** A change: any of the fields, nothing else. */
export const securitySettingsPatchSchema = z.strictObject(fields).partial();

export type SecuritySettings = z.infer<typeof securitySettingsSchema>;
