import { z } from "zod";
import { parseProxyTrust } from "./http/proxy-trust";
import { threadPart } from "./threads/thread-parts";

const bool = z.enum(["1", "0", "true", "false", "yes", "no", ""]).transform((v) => v === "1" || v === "true" || v === "yes");

const optionalUrl = z.url({ protocol: /^https?$/, error: "must be an absolute http(s) URL" }).optional();

const PORT = { error: "must be a port number (1–65535)" };
const PER_MINUTE = { error: "must be a whole number of calls per minute (0 = no limit)" };

/** Every environment variable the app reads. README's configuration table mirrors this. */
export const configSchema = z.object({
  DATABASE_URL: z
    .string()
    .default("file:./data/clicktrail.db")
    .refine((v) => /^(file:|postgres(ql)?:\/\/)/.test(v), {
      error: 'must start with "file:" (SQLite) or "postgres://" / "postgresql://"',
    }),
  PORT: z.coerce.number(PORT).int(PORT).min(1, PORT).max(65535, PORT).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  AUTH_SECRET: z.string().min(32, { error: "must be at least 32 characters" }).optional(),
  // A file holding AUTH_SECRET; relative to the Clicktrail folder (lib/auth/secret.ts).
  AUTH_SECRET_FILE: z.string().min(1).optional(),
  PUBLIC_URL: optionalUrl,
  ADMIN_EMAIL: z.email({ error: "must be an email address" }).optional(),
  ADMIN_PASSWORD: z.string().min(10, { error: "must be at least 10 characters" }).optional(),
  TRUST_PROXY: z
    .string()
    .default("false")
    .transform((v, ctx) => {
      try {
        return parseProxyTrust(v);
      } catch (err) {
        ctx.addIssue({ code: "custom", message: (err as Error).message });
        return z.NEVER;
      }
    }),
  // Served as a Location: normalised like every target (lib/redirects/target-url.ts).
  NOT_FOUND_URL: optionalUrl.transform((v) => (v === undefined ? v : new URL(v).href)),
  ALLOW_PRIVATE_WEBHOOKS: bool.default(false),
  CLICK_WRITE: z.enum(["buffered", "sync"], { error: 'must be "buffered" or "sync"' }).default("buffered"),
  // REST API calls per minute per key, and unauthenticated ones per client address (lib/api/rate-limit.ts).
  API_RATE_LIMIT: z.coerce.number(PER_MINUTE).int(PER_MINUTE).min(0, PER_MINUTE).default(600),
  API_RATE_LIMIT_ANONYMOUS: z.coerce.number(PER_MINUTE).int(PER_MINUTE).min(0, PER_MINUTE).default(60),
  // Single sign-on with OpenID Connect (lib/auth/sso): on when the issuer, client ID and secret are set.
  OIDC_ISSUER: optionalUrl,
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_BUTTON_LABEL: z.string().min(1).max(60, { error: "must be at most 60 characters" }).default("Single sign-on"),
  // The ID token claim holding the user's groups or role, and how its values map to roles.
  OIDC_ROLE_CLAIM: z.string().min(1).optional(),
  // Parsed and checked where single sign-on is set up (lib/auth/sso), which knows the roles.
  OIDC_ROLE_MAP: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses the environment; empty strings count as unset so `FOO=` behaves like no FOO. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.keys(configSchema.shape).map((k) => [k, env[k] === "" ? undefined : env[k]]));
  const result = configSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join(".") || "environment"}: ${i.message}`));
  }
  if (result.data.AUTH_SECRET && result.data.AUTH_SECRET_FILE) {
    throw new ConfigError(["AUTH_SECRET and AUTH_SECRET_FILE: set one of them, not both"]);
  }
  if (Boolean(result.data.ADMIN_EMAIL) !== Boolean(result.data.ADMIN_PASSWORD)) {
    throw new ConfigError(["ADMIN_EMAIL and ADMIN_PASSWORD must be set together"]);
  }
  const oidc = [result.data.OIDC_ISSUER, result.data.OIDC_CLIENT_ID, result.data.OIDC_CLIENT_SECRET];
  if (oidc.some(Boolean) && !oidc.every(Boolean)) {
    throw new ConfigError(["OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together"]);
  }
  return result.data;
}

/** True when single sign-on is configured. */
export function ssoEnabled(config: Config): boolean {
  return Boolean(config.OIDC_ISSUER && config.OIDC_CLIENT_ID && config.OIDC_CLIENT_SECRET);
}

declare module "./threads/thread-parts" {
  interface ThreadParts {
    /** Parsed once by the thread's entry point. */
    config: Config;
  }
}

export function getConfig(): Config {
  return threadPart("config");
}
