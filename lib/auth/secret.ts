import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { resolveFromAppRoot } from "../app-root";
import { ConfigError, type Config } from "../config";
import { threadPart } from "../threads/thread-parts";

/** Where the secret is generated when neither AUTH_SECRET nor AUTH_SECRET_FILE is set. */
export const DEFAULT_AUTH_SECRET_FILE = "data/auth-secret";
const MIN_LENGTH = 32;

export type AuthSecretSource =
  | { kind: "env" }
  /** `generate`: the default file, created on first use; an explicit file must already exist. */
  | { kind: "file"; path: string; generate: boolean };

/**
 * Where AUTH_SECRET comes from, the same in the server, its threads and the CLI: the variable,
 * else the file named by AUTH_SECRET_FILE, else data/auth-secret. A relative file path is
 * resolved against the Clicktrail folder, never the working directory (lib/app-root.ts).
 */
export function authSecretSource(config: Pick<Config, "AUTH_SECRET" | "AUTH_SECRET_FILE">): AuthSecretSource {
  if (config.AUTH_SECRET) return { kind: "env" };
  if (config.AUTH_SECRET_FILE) return { kind: "file", path: resolveFromAppRoot(config.AUTH_SECRET_FILE), generate: false };
  return { kind: "file", path: resolveFromAppRoot(DEFAULT_AUTH_SECRET_FILE), generate: true };
}

/**
 * Reads the secret from its source. A missing default file is created with a random secret
 * (a fresh install works, and sessions and sealed keys survive restarts); a missing or short
 * AUTH_SECRET_FILE is a configuration error, not a new secret that opens none of the stored
 * signing keys and webhook secrets.
 */
export function readAuthSecret(config: Pick<Config, "AUTH_SECRET" | "AUTH_SECRET_FILE">): string {
  const source = authSecretSource(config);
  if (source.kind === "env") return config.AUTH_SECRET!;
  if (source.generate) createOnce(source.path);
  let secret: string;
  try {
    secret = fs.readFileSync(/* turbopackIgnore: true */ source.path, "utf8").trim();
  } catch (err) {
    throw new ConfigError([`AUTH_SECRET_FILE: cannot read ${source.path} (${(err as NodeJS.ErrnoException).code ?? err})`]);
  }
  if (secret.length < MIN_LENGTH) {
    throw new ConfigError([`AUTH_SECRET_FILE: ${source.path} must hold at least ${MIN_LENGTH} characters`]);
  }
  return secret;
}

function createOnce(file: string): void {
  if (fs.existsSync(/* turbopackIgnore: true */ file)) return;
  fs.mkdirSync(/* turbopackIgnore: true */ path.dirname(file), { recursive: true });
  // Written aside, then linked into place: another process (a thread, the CLI) reading at the
  // same moment sees either no file or the whole secret, and only one secret wins.
  const draft = `${file}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
  fs.writeFileSync(/* turbopackIgnore: true */ draft, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  try {
    fs.linkSync(/* turbopackIgnore: true */ draft, /* turbopackIgnore: true */ file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  } finally {
    fs.rmSync(/* turbopackIgnore: true */ draft, { force: true });
  }
}

declare module "../threads/thread-parts" {
  interface ThreadParts {
    /** readAuthSecret() on first use: a CLI command that needs no secret neither reads nor creates it. */
    authSecret: () => string;
  }
}

/**
 * AUTH_SECRET signs session cookies and seals signing keys and webhook secrets at rest
 * (lib/signing/key-encryption.ts). Several instances must share the same one.
 */
export function getAuthSecret(): string {
  return threadPart("authSecret")();
}
