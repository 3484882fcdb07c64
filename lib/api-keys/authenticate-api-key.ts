import type { Actor, Role } from "../auth/roles";
import { getDb } from "../db/client";
import { AppError } from "../errors";
import { hashApiKey } from "./key-material";

const LAST_USED_GRANULARITY_MS = 60_000;

/** `Authorization: Bearer <key>` → the key's actor, or a 401 AppError. */
export async function authenticateApiKey(authorization: string | null): Promise<Actor> {
  const match = authorization?.match(/^Bearer\s+(\S+)$/i);
  if (!match) {
    throw new AppError("unauthorized", "Send an API key as `Authorization: Bearer <key>`.");
  }
  const db = getDb();
  // Looked up by hash: the database index does the matching, no secret is compared in JS.
  // Read on every request, uncached: a revocation applies at once on every instance.
  const key = await db.apiKey.findUnique({ where: { hash: hashApiKey(match[1]) } });
  if (!key || key.revokedAt) throw new AppError("unauthorized", "The API key is invalid or revoked.");
  const now = Date.now();
  if (!key.lastUsedAt || now - key.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS) {
    await db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date(now) } });
  }
  return { kind: "api-key", id: key.id, userId: null, label: `api-key:${key.name}`, role: key.role as Role };
}
