"use client";

import { LoaderCircle, Plus } from "lucide-react";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { issuesToFieldErrors, useFieldErrors, type FieldErrors } from "@/components/ui/use-field-errors";
import { createWebhookAction, updateWebhookAction } from "@/lib/actions/webhooks";
import { EVENT_TYPE_PATTERN, redirectIdSchema, tagSchema } from "@/lib/redirects/schema";
import { DEFAULT_CLICK_EVENT_TYPES, EMAIL_OPENED, REDIRECT_CLICKED } from "@/lib/webhooks/event-type";
import {
  MAX_WEBHOOK_URL_LENGTH,
  WEBHOOK_FORMATS,
  webhookCreateSchema,
  type WebhookDto,
  type WebhookFormat,
  type WebhookWithSecret,
} from "@/lib/webhooks/schema";
import { ListInput } from "@/components/ui/list-input";

/** Form order: the first field in this list with an error gets focus. */
const FIELDS = ["name", "url", "format", "tracardiSourceId", "eventTypes", "redirectIds", "tags", "enabled"] as const;
type Field = (typeof FIELDS)[number];
type ListField = "eventTypes" | "redirectIds" | "tags";

const SUGGESTED_EVENT_TYPES = [REDIRECT_CLICKED, EMAIL_OPENED];

const FORMAT_LABELS: Record<WebhookFormat, string> = {
  json: "JSON — Clicktrail's event, version 1",
  tracardi: "Tracardi — a /track request",
};

const isEventType = (t: string) => EVENT_TYPE_PATTERN.test(t) && !DEFAULT_CLICK_EVENT_TYPES.includes(t);
const isRedirectId = (t: string) => redirectIdSchema.safeParse(t).success;
const isTag = (t: string) => tagSchema.safeParse(t).success;

interface WebhookFormProps {
  /** The destination being edited; absent when creating one. */
  webhook?: WebhookDto;
  onCreated: (created: WebhookWithSecret) => void;
  onSaved: (saved: WebhookDto) => void;
  onCancel: () => void;
}

/** Create or edit a destination; the server's field errors appear next to their fields. */
export function WebhookForm({ webhook, onCreated, onSaved, onCancel }: WebhookFormProps) {
  const [pending, startTransition] = useTransition();
  const [name, setName] = useState(webhook?.name ?? "");
  const [url, setUrl] = useState(webhook?.url ?? "");
  const [format, setFormat] = useState<WebhookFormat>(webhook?.format ?? "json");
  const [tracardiSourceId, setTracardiSourceId] = useState(webhook?.tracardiSourceId ?? "");
  const [lists, setLists] = useState<Record<ListField, string[]>>({
    eventTypes: webhook?.eventTypes ?? [],
    redirectIds: webhook?.redirectIds ?? [],
    tags: webhook?.tags ?? [],
  });
  const [drafts, setDrafts] = useState<Record<ListField, string>>({ eventTypes: "", redirectIds: "", tags: "" });
  const [enabled, setEnabled] = useState(webhook?.enabled ?? true);
  const [formError, setFormError] = useState<string | null>(null);

  const { errors, setErrors, errorsFor, clearErrors, focusFirstInvalid, unplaced } = useFieldErrors(FIELDS, fieldId, itemLabel);

  /** A list item's message names the item ("eventTypes.1" → “item”). */
  function itemLabel(field: Field, rest: string): string {
    const item = field in lists ? lists[field as ListField][Number(rest.split(".")[0])] : undefined;
    return item === undefined ? rest : `“${item}”`;
  }

  function setList(field: ListField, items: string[]) {
    setLists((prev) => ({ ...prev, [field]: items }));
    clearErrors(field);
  }

  /** The whole resource, with text still in the list boxes added as items. */
  function collectInput(): Record<string, unknown> {
    const merged = { ...lists };
    for (const field of Object.keys(drafts) as ListField[]) {
      const extra = drafts[field]
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean);
      if (extra.length) merged[field] = [...new Set([...lists[field], ...extra])];
    }
    if (Object.values(drafts).some((d) => d.trim())) {
      setLists(merged);
      setDrafts({ eventTypes: "", redirectIds: "", tags: "" });
    }
    return {
      name,
      url,
      format,
      tracardiSourceId: format === "tracardi" && tracardiSourceId.trim() ? tracardiSourceId : null,
      ...merged,
      enabled,
    };
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const input = collectInput();
    const result = webhookCreateSchema.safeParse(input);
    if (!result.success) {
      const found = issuesToFieldErrors(result.error.issues);
      setErrors(found);
      focusFirstInvalid(found);
      return;
    }
    setErrors({});
    startTransition(async () => {
      if (webhook) {
        // An unchanged URL is left out so that it is not checked (and resolved) again.
        const { url: newUrl, ...rest } = input;
        const response = await updateWebhookAction(
          webhook.id,
          typeof newUrl === "string" && newUrl.trim() === webhook.url ? rest : input,
        );
        if (response.ok) return onSaved(response.data);
        showFailure(response.message, response.fieldErrors);
      } else {
        const response = await createWebhookAction(input);
        if (response.ok) return onCreated(response.data);
        showFailure(response.message, response.fieldErrors);
      }
    });
  }

  function showFailure(message: string, fieldErrors: FieldErrors = {}) {
    setErrors(fieldErrors);
    setFormError(message);
    focusFirstInvalid(fieldErrors);
  }

  const missingSuggestions = SUGGESTED_EVENT_TYPES.filter((t) => !lists.eventTypes.includes(t));

  return (
    <Card>
      <CardHeader
        title={webhook ? `Edit ${webhook.name}` : "New destination"}
        description="Empty filters match everything; a destination receives an event only if it passes every filter that is set."
      />
      <form onSubmit={onSubmit} noValidate aria-label={webhook ? "Edit destination" : "New destination"}>
        <CardBody className="grid gap-5 sm:grid-cols-2">
          {formError && (
            <div className="sm:col-span-2">
              <Alert title={formError}>
                {unplaced.length > 0 ? unplaced.join(" ") : Object.keys(errors).length > 0 && "See the fields marked below."}
              </Alert>
            </div>
          )}
          <FormField id={fieldId("name")} label="Name" errors={errorsFor("name")}>
            {(aria) => (
              <Input
                {...aria}
                value={name}
                onChange={(e) => {
                  setName(e.target.value);
                  clearErrors("name");
                }}
                placeholder="CRM"
                autoComplete="off"
                autoFocus
                maxLength={200}
                required
              />
            )}
          </FormField>
          <FormField
            id={fieldId("url")}
            label="URL"
            errors={errorsFor("url")}
            hint="Where events are sent: a public http:// or https:// address."
          >
            {(aria) => (
              <Input
                {...aria}
                type="url"
                inputMode="url"
                value={url}
                onChange={(e) => {
                  setUrl(e.target.value);
                  clearErrors("url");
                }}
                placeholder="https://hooks.example.com/clicktrail"
                autoComplete="off"
                spellCheck={false}
                maxLength={MAX_WEBHOOK_URL_LENGTH}
                required
              />
            )}
          </FormField>
          <FormField id={fieldId("format")} label="Format" errors={errorsFor("format")}>
            {(aria) => (
              <Select
                {...aria}
                value={format}
                onChange={(e) => {
                  setFormat(e.target.value as WebhookFormat);
                  clearErrors("format");
                  clearErrors("tracardiSourceId");
                }}
              >
                {WEBHOOK_FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {FORMAT_LABELS[f]}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          {format === "tracardi" && (
            <FormField
              id={fieldId("tracardiSourceId")}
              label="Tracardi source ID"
              errors={errorsFor("tracardiSourceId")}
              hint="The ID of the event source set up in Tracardi for Clicktrail."
            >
              {(aria) => (
                <Input
                  {...aria}
                  value={tracardiSourceId}
                  onChange={(e) => {
                    setTracardiSourceId(e.target.value);
                    clearErrors("tracardiSourceId");
                  }}
                  autoComplete="off"
                  spellCheck={false}
                  maxLength={200}
                  required
                  className="font-mono text-[13px]"
                />
              )}
            </FormField>
          )}
          <FormField
            id={fieldId("eventTypes")}
            label="Event types"
            optional
            errors={errorsFor("eventTypes")}
            hint="Leave empty for every event. Plain clicks are redirect.clicked, pixel loads email.opened; a redirect's custom event type is sent as it is."
            className="sm:col-span-2"
          >
            {(aria) => (
              <div className="flex flex-col gap-2">
                <ListInput
                  code
                  {...aria}
                  items={lists.eventTypes}
                  onItemsChange={(items) => setList("eventTypes", items)}
                  draft={drafts.eventTypes}
                  onDraftChange={(d) => setDrafts((prev) => ({ ...prev, eventTypes: d }))}
                  itemName="event type"
                  isValid={isEventType}
                  placeholder="redirect.clicked, signup…"
                />
                {missingSuggestions.length > 0 && (
                  <div className="flex flex-wrap items-center gap-1.5 text-[13px] text-muted">
                    <span>Suggestions:</span>
                    {missingSuggestions.map((t) => (
                      <Button
                        key={t}
                        size="sm"
                        variant="ghost"
                        onClick={() => setList("eventTypes", [...lists.eventTypes, t])}
                        aria-label={`Add event type ${t}`}
                      >
                        <Plus aria-hidden />
                        <span className="font-mono text-xs">{t}</span>
                      </Button>
                    ))}
                  </div>
                )}
              </div>
            )}
          </FormField>
          <FormField
            id={fieldId("redirectIds")}
            label="Redirect IDs"
            optional
            errors={errorsFor("redirectIds")}
            hint="Leave empty for every redirect."
          >
            {(aria) => (
              <ListInput
                code
                {...aria}
                items={lists.redirectIds}
                onItemsChange={(items) => setList("redirectIds", items)}
                draft={drafts.redirectIds}
                onDraftChange={(d) => setDrafts((prev) => ({ ...prev, redirectIds: d }))}
                itemName="redirect"
                isValid={isRedirectId}
                placeholder="spring-sale…"
              />
            )}
          </FormField>
          <FormField id={fieldId("tags")} label="Tags" optional errors={errorsFor("tags")} hint="Leave empty for any tag.">
            {(aria) => (
              <ListInput
                code
                {...aria}
                items={lists.tags}
                onItemsChange={(items) => setList("tags", items)}
                draft={drafts.tags}
                onDraftChange={(d) => setDrafts((prev) => ({ ...prev, tags: d }))}
                itemName="tag"
                isValid={isTag}
                placeholder="newsletter…"
              />
            )}
          </FormField>
          <CheckboxField
            id={fieldId("enabled")}
            label="Enabled"
            hint="A disabled destination keeps its settings and receives nothing."
            errors={errorsFor("enabled")}
            checked={enabled}
            onChange={(checked) => {
              setEnabled(checked);
              clearErrors("enabled");
            }}
            className="sm:col-span-2"
          />
        </CardBody>
        <div className="flex flex-col-reverse gap-2 border-t border-border px-4 py-3 sm:flex-row sm:justify-end sm:px-5">
          <Button variant="ghost" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={pending}>
            {pending && <LoaderCircle aria-hidden className="animate-spin" />}
            {webhook ? "Save changes" : "Create destination"}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function fieldId(field: Field): string {
  return `wh-${field}`;
}
