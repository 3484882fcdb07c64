import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { toApiKeyDto, type ApiKeyDto } from "./schema";

/** Every API key, revoked ones too, newest first; never the key itself (only its hash is stored). */
export async function listApiKeys(actor: Actor): Promise<ApiKeyDto[]> {
  assertCan(actor, "api-keys:manage");
  const rows = await getDb().apiKey.findMany({ orderBy: [{ createdAt: "desc" }, { id: "asc" }] });
  return rows.map(toApiKeyDto);
}
