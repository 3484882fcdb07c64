import { recordAudit } from "../audit/record-audit";
import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { parseInput } from "../errors";
import { displayPrefix, hashApiKey, newApiKey } from "./key-material";
import { apiKeyCreateSchema, toApiKeyDto, type ApiKeyDto } from "./schema";

/** Creates a key and returns it in clear this once; only its hash is stored. */
export async function createApiKey(actor: Actor, input: unknown): Promise<{ key: string; apiKey: ApiKeyDto }> {
  assertCan(actor, "api-keys:manage");
  const { name, role } = parseInput(apiKeyCreateSchema, input);
  const key = newApiKey();
  const apiKey = await getDb().$transaction(async (tx) => {
    const row = await tx.apiKey.create({
      data: { name, role, hash: hashApiKey(key), prefix: displayPrefix(key), createdById: actor.userId },
    });
    const dto = toApiKeyDto(row);
    await recordAudit(tx, actor, {
      action: "api-key.create",
      entityType: "api-key",
      entityId: row.id,
      after: dto,
    });
    return dto;
  });
  return { key, apiKey };
}
