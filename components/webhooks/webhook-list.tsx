"use client";

import { Pencil, Plus, Power, PowerOff, RotateCw, Trash2, Webhook } from "lucide-react";
import Link from "next/link";
import { useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { CardStatus } from "@/components/ui/status-note";
import { HiddenHeaderCell, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { deleteWebhookAction, rotateWebhookSecretAction, updateWebhookAction } from "@/lib/actions/webhooks";
import type { WebhookDto } from "@/lib/webhooks/schema";
import { SecretDialog, type ShownSecret } from "./secret-dialog";
import { WebhookForm } from "./webhook-form";
import { webhookFilterSummary, webhookHost } from "./webhook-summary";

type FormState = { mode: "new" } | { mode: "edit"; webhook: WebhookDto } | null;

/** Destinations with create/edit, enable/disable, secret rotation and deletion. */
export function WebhookList({ webhooks }: { webhooks: WebhookDto[] }) {
  const [pending, startTransition] = useTransition();
  const [form, setForm] = useState<FormState>(null);
  const [secret, setSecret] = useState<ShownSecret | null>(null);
  const [rotating, setRotating] = useState<WebhookDto | null>(null);
  const [deleting, setDeleting] = useState<WebhookDto | null>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  /** The destination whose enabled state is being changed, for its spinner. */
  const [toggling, setToggling] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);

  function resetMessages() {
    setError(null);
    setOutcome(null);
    setDialogError(null);
  }

  function openForm(next: FormState) {
    resetMessages();
    setForm(next);
  }

  function toggle(webhook: WebhookDto) {
    resetMessages();
    setToggling(webhook.id);
    startTransition(async () => {
      const result = await updateWebhookAction(webhook.id, { enabled: !webhook.enabled });
      setToggling(null);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setOutcome(`${result.data.name} is ${result.data.enabled ? "enabled" : "disabled"}.`);
    });
  }

  function rotate() {
    if (!rotating) return;
    setDialogError(null);
    startTransition(async () => {
      const result = await rotateWebhookSecretAction(rotating.id);
      if (!result.ok) {
        setDialogError(result.message);
        return;
      }
      setRotating(null);
      setOutcome(`${result.data.name} has a new secret.`);
      setSecret({ name: result.data.name, secret: result.data.secret, rotated: true });
    });
  }

  function remove() {
    if (!deleting) return;
    setDialogError(null);
    startTransition(async () => {
      const result = await deleteWebhookAction(deleting.id);
      if (!result.ok) {
        setDialogError(result.message);
        return;
      }
      if (form?.mode === "edit" && form.webhook.id === deleting.id) setForm(null);
      setOutcome(`Deleted ${deleting.name}.`);
      setDeleting(null);
    });
  }

  return (
    <div className="flex flex-col gap-6">
      {form && (
        <WebhookForm
          key={form.mode === "edit" ? form.webhook.id : "new"}
          webhook={form.mode === "edit" ? form.webhook : undefined}
          onCreated={(created) => {
            setForm(null);
            setOutcome(`Created ${created.name}.`);
            setSecret({ name: created.name, secret: created.secret, rotated: false });
          }}
          onSaved={(saved) => {
            setForm(null);
            setOutcome(`Saved ${saved.name}.`);
          }}
          onCancel={() => setForm(null)}
        />
      )}

      <Card>
        <CardHeader
          title="Destinations"
          description="Each destination has its own secret, shown once when it is created or rotated."
          actions={
            <Button variant="primary" onClick={() => openForm({ mode: "new" })} disabled={form?.mode === "new"}>
              <Plus aria-hidden />
              New destination
            </Button>
          }
        />
        {webhooks.length === 0 ? (
          <EmptyState icon={Webhook} title="No webhook destinations yet">
            <p>
              A destination is an endpoint of yours, such as a CRM or a customer data platform, for Clicktrail&apos;s click and
              email-open events: signed HTTP POST requests in Clicktrail&apos;s JSON format or as Tracardi events, filtered by
              event type, redirect or tag.
            </p>
            <p className="mt-2">
              The payloads and how to check the signature are described in{" "}
              <code className="font-mono text-xs text-foreground">docs/webhooks.md</code> in the Clicktrail repository.
            </p>
          </EmptyState>
        ) : (
          <Table aria-label="Webhook destinations">
            <TableHead>
              <tr>
                <TableHeaderCell>Name</TableHeaderCell>
                <TableHeaderCell>Host</TableHeaderCell>
                <TableHeaderCell>Format</TableHeaderCell>
                <TableHeaderCell>Filters</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
                <HiddenHeaderCell>Actions</HiddenHeaderCell>
              </tr>
            </TableHead>
            <TableBody>
              {webhooks.map((webhook) => (
                <TableRow key={webhook.id}>
                  <TableCell className="font-medium text-foreground">
                    {/* The name opens the delivery log; accent-coloured so it reads as a link. */}
                    <Link href={`/settings/webhooks/${encodeURIComponent(webhook.id)}`} className="text-accent hover:underline">
                      {webhook.name}
                    </Link>
                  </TableCell>
                  <TableCell className="max-w-48">
                    <span title={webhook.url} className="block truncate font-mono text-xs">
                      {webhookHost(webhook.url)}
                    </span>
                  </TableCell>
                  <TableCell className="whitespace-nowrap">{webhook.format === "tracardi" ? "Tracardi" : "JSON"}</TableCell>
                  <TableCell className="text-[13px] text-muted">
                    <ul>
                      {webhookFilterSummary(webhook).map((line) => (
                        <li key={line} className="whitespace-nowrap">
                          {line}
                        </li>
                      ))}
                    </ul>
                  </TableCell>
                  <TableCell>
                    {webhook.enabled ? (
                      <Badge tone="success" dot>
                        Enabled
                      </Badge>
                    ) : (
                      <div className="flex flex-col items-start gap-1">
                        <Badge tone={webhook.disabledReason ? "warning" : "neutral"} dot>
                          Disabled
                        </Badge>
                        {webhook.disabledReason && <p className="max-w-56 text-xs text-muted">{webhook.disabledReason}</p>}
                      </div>
                    )}
                  </TableCell>
                  <TableCell>
                    <div className="flex flex-wrap justify-end gap-1">
                      <Button
                        size="sm"
                        variant="ghost"
                        onClick={() => openForm({ mode: "edit", webhook })}
                        aria-label={`Edit ${webhook.name}`}
                      >
                        <Pencil aria-hidden />
                        Edit
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        disabled={pending}
                        onClick={() => toggle(webhook)}
                        aria-label={`${webhook.enabled ? "Disable" : "Enable"} ${webhook.name}`}
                      >
                        {webhook.enabled ? <PowerOff aria-hidden /> : <Power aria-hidden />}
                        {toggling === webhook.id ? "Saving…" : webhook.enabled ? "Disable" : "Enable"}
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        onClick={() => {
                          resetMessages();
                          setRotating(webhook);
                        }}
                        aria-label={`Rotate the secret of ${webhook.name}`}
                      >
                        <RotateCw aria-hidden />
                        Rotate secret…
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        className="text-danger!"
                        onClick={() => {
                          resetMessages();
                          setDeleting(webhook);
                        }}
                        aria-label={`Delete ${webhook.name}`}
                      >
                        <Trash2 aria-hidden />
                        Delete…
                      </Button>
                    </div>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <CardStatus error={error} outcome={outcome} />
      </Card>

      <SecretDialog shown={secret} onClose={() => setSecret(null)} />
      <ConfirmDialog
        open={rotating !== null}
        onClose={() => setRotating(null)}
        title={`Rotate the secret of ${rotating?.name ?? ""}?`}
        confirmLabel="Rotate secret"
        onConfirm={rotate}
        pending={pending}
        error={dialogError}
      >
        <p>
          A new secret signs every event from now on; it is shown once. The old secret stays valid for 24 hours, so the receiver
          can switch without missing events.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete ${deleting?.name ?? ""}?`}
        confirmLabel="Delete destination"
        onConfirm={remove}
        pending={pending}
        error={dialogError}
      >
        <p>The destination and its secret are removed for good.</p>
      </ConfirmDialog>
    </div>
  );
}
