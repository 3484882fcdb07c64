"use client";

import { useWatch } from "react-hook-form";
import { FormAlert, SchemaForm, SubmitButton } from "@/components/form/schema-form";
import { useSchemaForm } from "@/components/form/use-schema-form";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { createWebhookAction, updateWebhookAction } from "@/lib/actions/webhooks";
import {
  MAX_WEBHOOK_URL_LENGTH,
  WEBHOOK_FORMATS,
  webhookCreateSchema,
  type WebhookDto,
  type WebhookFormat,
  type WebhookWithSecret,
} from "@/lib/webhooks/schema";
import { FilterFields } from "./form/filter-fields";
import { WebhookCheckboxField, WebhookField } from "./form/webhook-fields";
import { webhookFormValues, webhookInput, type WebhookFormValues } from "./form/webhook-form-values";

const FORMAT_LABELS: Record<WebhookFormat, string> = {
  json: "JSON — Clicktrail's event, version 1",
  tracardi: "Tracardi — a /track request",
};

interface WebhookFormProps {
  /** The destination being edited; absent when creating one. */
  webhook?: WebhookDto;
  onCreated: (created: WebhookWithSecret) => void;
  onSaved: (saved: WebhookDto) => void;
  onCancel: () => void;
}

/** Create or edit a destination; the server's field errors appear next to their fields. */
export function WebhookForm({ webhook, onCreated, onSaved, onCancel }: WebhookFormProps) {
  const form = useSchemaForm({
    // The whole resource is sent when editing too, so it is checked as a whole.
    schema: webhookCreateSchema,
    defaultValues: () => webhookFormValues(webhook),
    toInput: webhookInput,
    send: async (input) => {
      if (!webhook) {
        const response = await createWebhookAction(input);
        if (response.ok) onCreated(response.data);
        return response;
      }
      // An unchanged URL is left out so that it is not checked (and resolved) again.
      const { url, ...rest } = input;
      const response = await updateWebhookAction(webhook.id, url.trim() === webhook.url ? rest : input);
      if (response.ok) onSaved(response.data);
      return response;
    },
  });

  return (
    <Card>
      <CardHeader
        title={webhook ? `Edit ${webhook.name}` : "New destination"}
        description="Empty filters match everything; a destination receives an event only if it passes every filter that is set."
      />
      <SchemaForm form={form} idPrefix="wh" aria-label={webhook ? "Edit destination" : "New destination"}>
        <CardBody className="grid gap-5 sm:grid-cols-2">
          <FormAlert className="sm:col-span-2" />
          <WebhookField name="name" label="Name">
            {(control) => <Input {...control} placeholder="CRM" autoComplete="off" autoFocus maxLength={200} required />}
          </WebhookField>
          <WebhookField name="url" label="URL" hint="Where events are sent: a public http:// or https:// address.">
            {(control) => (
              <Input
                {...control}
                type="url"
                inputMode="url"
                placeholder="https://hooks.example.com/clicktrail"
                autoComplete="off"
                spellCheck={false}
                maxLength={MAX_WEBHOOK_URL_LENGTH}
                required
              />
            )}
          </WebhookField>
          <WebhookField name="format" label="Format">
            {(control) => (
              <Select {...control}>
                {WEBHOOK_FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {FORMAT_LABELS[f]}
                  </option>
                ))}
              </Select>
            )}
          </WebhookField>
          <TracardiSourceField />
          <FilterFields />
          <WebhookCheckboxField
            name="enabled"
            label="Enabled"
            hint="A disabled destination keeps its settings and receives nothing."
            className="sm:col-span-2"
          />
        </CardBody>
        <div className="flex flex-col-reverse gap-2 border-t border-border px-4 py-3 sm:flex-row sm:justify-end sm:px-5">
          <Button variant="ghost" onClick={onCancel} disabled={form.pending}>
            Cancel
          </Button>
          <SubmitButton pending={form.pending}>{webhook ? "Save changes" : "Create destination"}</SubmitButton>
        </div>
      </SchemaForm>
    </Card>
  );
}

/** Only the tracardi format has a source. */
function TracardiSourceField() {
  const format = useWatch<WebhookFormValues, "format">({ name: "format" });
  if (format !== "tracardi") return null;
  return (
    <WebhookField
      name="tracardiSourceId"
      label="Tracardi source ID"
      hint="The ID of the event source set up in Tracardi for Clicktrail."
    >
      {(control) => (
        <Input {...control} autoComplete="off" spellCheck={false} maxLength={200} required className="font-mono text-[13px]" />
      )}
    </WebhookField>
  );
}
