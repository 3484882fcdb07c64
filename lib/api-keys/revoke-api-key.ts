import { recordAudit } from "../audit/record-audit";
import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { AppError, parseInput } from "../errors";
import { apiKeyRefSchema, toApiKeyDto, type ApiKeyDto } from "./schema";

/**
 * Revokes a key for good. authenticateApiKey reads the key's row on every request, so every
 * instance answers 401 from the moment this commits. Revoking a revoked key changes nothing.
 */
export async function revokeApiKey(actor: Actor, input: unknown): Promise<{ apiKey: ApiKeyDto; changed: boolean }> {
  assertCan(actor, "api-keys:manage");
  const ref = parseInput(apiKeyRefSchema, input);
  return getDb().$transaction(async (tx) => {
    const matches = await tx.apiKey.findMany({ where: ref.id !== undefined ? { id: ref.id } : { prefix: ref.prefix }, take: 2 });
    if (matches.length === 0) {
      const field = ref.id !== undefined ? "id" : "prefix";
      throw new AppError("not_found", `No API key with the ${field} ${ref.id ?? ref.prefix}.`, { [field]: ["is not a key"] });
    }
    if (matches.length > 1) {
      throw new AppError("conflict", `More than one API key starts with ${ref.prefix}; revoke it by its ID.`, {
        prefix: ["matches several keys"],
      });
    }
    const key = matches[0];
    if (key.revokedAt) return { apiKey: toApiKeyDto(key), changed: false };
    const updated = await tx.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
    const apiKey = toApiKeyDto(updated);
    await recordAudit(tx, actor, {
      action: "api-key.revoke",
      entityType: "api-key",
      entityId: key.id,
      before: toApiKeyDto(key),
      after: apiKey,
    });
    return { apiKey, changed: true };
  });
}
