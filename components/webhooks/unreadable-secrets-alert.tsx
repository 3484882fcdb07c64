import { Alert } from "@/components/ui/alert";

/**
 * Destinations whose secret this server cannot open (sealed under another AUTH_SECRET): their
 * events fail until the secret is rotated (lib/webhooks/list-unreadable-webhook-secrets.ts).
 */
export function UnreadableSecretsAlert({ webhooks }: { webhooks: { id: string; name: string }[] }) {
  if (webhooks.length === 0) return null;
  const names = webhooks.map((w) => `“${w.name}”`).join(", ");
  return (
    <div className="mb-6">
      <Alert title={`${webhooks.length === 1 ? "A webhook secret" : "Webhook secrets"} cannot be opened`}>
        <p>
          The secret of {names} cannot be opened with this server’s AUTH_SECRET (was it changed, or does another instance use a
          different one?). {webhooks.length === 1 ? "Its" : "Their"} events fail until you rotate the secret with “Rotate secret…”
          on the Webhooks page and give the new one to the receiver.
        </p>
      </Alert>
    </div>
  );
}
