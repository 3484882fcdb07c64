/** API keys: create (printed once), list, revoke. */
import { createApiKey } from "../../lib/api-keys/create-api-key";
import { listApiKeys } from "../../lib/api-keys/list-api-keys";
import { revokeApiKey } from "../../lib/api-keys/revoke-api-key";
import type { ApiKeyDto } from "../../lib/api-keys/schema";
import { CLI_ACTOR } from "../../lib/auth/roles";
import { table, type Commands } from "../command";

export const apiKeyCommands: Commands = {
  "create-api-key": {
    summary: "Create an API key (printed once)",
    usage: "create-api-key --name <name> --role <admin|editor|viewer>",
    options: { name: { type: "string" }, role: { type: "string" } },
    run: async (v) => {
      const { key, apiKey } = await createApiKey(CLI_ACTOR, { name: v.name, role: v.role });
      return `Created API key "${apiKey.name}" (${apiKey.role}). Store it now, it is not shown again:\n\n  ${key}\n`;
    },
  },
  "list-api-keys": {
    summary: "List the API keys (never the keys themselves), revoked ones too",
    usage: "list-api-keys",
    options: {},
    run: async () => formatApiKeys(await listApiKeys(CLI_ACTOR)),
  },
  "revoke-api-key": {
    summary: "Revoke an API key: it gets 401 from now on",
    usage: "revoke-api-key --id <id> | revoke-api-key --prefix <ct_xxxxxx>",
    options: { id: { type: "string" }, prefix: { type: "string" } },
    run: async (v) => {
      const { apiKey, changed } = await revokeApiKey(CLI_ACTOR, { id: v.id, prefix: v.prefix });
      const label = `API key "${apiKey.name}" (${apiKey.prefix}…)`;
      return changed ? `Revoked ${label}; it is refused from now on` : `${label} was already revoked`;
    },
  },
};

function formatApiKeys(keys: ApiKeyDto[]): string {
  if (!keys.length) return "No API keys yet; create one with create-api-key.";
  return table(
    ["prefix", "name", "role", "status", "created", "last used", "id"],
    keys.map((k) => [k.prefix, k.name, k.role, k.revokedAt ? "revoked" : "active", k.createdAt, k.lastUsedAt, k.id]),
  );
}
