/** Webhook destinations. */
import { CLI_ACTOR } from "../../lib/auth/roles";
import { createWebhook } from "../../lib/webhooks/create-webhook";
import { parseJsonOption, type Commands } from "../command";

export const webhookCommands: Commands = {
  "create-webhook": {
    summary: "Create a webhook destination from the same JSON body as POST /api/v1/webhooks (secret printed once)",
    usage: `create-webhook --json '{"name":"CRM","url":"https://crm.example.com/hooks/clicktrail"}'`,
    options: { json: { type: "string" } },
    run: async (v) => {
      const webhook = await createWebhook(CLI_ACTOR, parseJsonOption(v.json));
      return `Created webhook destination ${webhook.id} → ${webhook.url}. Its signing secret, not shown again:\n\n  ${webhook.secret}\n`;
    },
  },
};
