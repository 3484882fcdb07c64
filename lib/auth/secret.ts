import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { getConfig } from "../config";

const holder = globalThis as unknown as { __clicktrailAuthSecret?: string };

/**
 * AUTH_SECRET signs session cookies. Without one, a random secret is created once and kept in
 * ./data/auth-secret, so a fresh install works and sessions survive restarts. Several
 * instances must share an explicit AUTH_SECRET.
 */
export function getAuthSecret(): string {
  if (holder.__clicktrailAuthSecret) return holder.__clicktrailAuthSecret;
  const configured = getConfig().AUTH_SECRET;
  if (configured) return (holder.__clicktrailAuthSecret = configured);
  const file = path.join(process.cwd(), "data", "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  return (holder.__clicktrailAuthSecret = fs.readFileSync(file, "utf8").trim());
}
