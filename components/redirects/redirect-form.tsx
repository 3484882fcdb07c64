"use client";

import { LoaderCircle } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { issuesToFieldErrors, useFieldErrors, type FieldErrors } from "@/components/ui/use-field-errors";
import { createRedirectAction, updateRedirectAction } from "@/lib/actions/redirects";
import {
  REDIRECT_STATUSES,
  STATUS_CODES,
  redirectCreateSchema,
  redirectUpdateSchema,
  type RedirectDto,
  type RedirectStatus,
  type RedirectStatusCode,
} from "@/lib/redirects/schema";
import { readableTargetUrl } from "@/lib/redirects/target-url";
import { EventPropertiesEditor } from "./event-properties-editor";
import { initialProperties, parseProperties, type EventPropertiesValue } from "./event-properties-value";
import { STATUS_CODE_INFO } from "./status-code-info";
import { TagInput } from "./tag-input";

/** Form order: the first field in this list with an error gets focus. */
const FIELDS = [
  "id",
  "name",
  "description",
  "status",
  "targetUrl",
  "statusCode",
  "forwardQuery",
  "eventType",
  "trackingDays",
  "eventProperties",
  "tags",
] as const;
type Field = (typeof FIELDS)[number];

const STATUS_LABELS: Record<RedirectStatus, string> = {
  active: "Active — redirects and records clicks",
  paused: "Paused — the link answers 404",
};

interface RedirectFormProps {
  /** The redirect being edited; absent when creating one. */
  redirect?: RedirectDto;
}

export function RedirectForm({ redirect }: RedirectFormProps) {
  const editing = Boolean(redirect);
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const [id, setId] = useState(redirect?.id ?? "");
  const [name, setName] = useState(redirect?.name ?? "");
  const [description, setDescription] = useState(redirect?.description ?? "");
  const [targetUrl, setTargetUrl] = useState(redirect ? readableTargetUrl(redirect.targetUrl) : "");
  const [eventType, setEventType] = useState(redirect?.eventType ?? "redirect");
  const [properties, setProperties] = useState<EventPropertiesValue>(() => initialProperties(redirect?.eventProperties));
  const [tags, setTags] = useState<string[]>(redirect?.tags ?? []);
  const [tagDraft, setTagDraft] = useState("");
  const [statusCode, setStatusCode] = useState<RedirectStatusCode>(redirect?.statusCode ?? 302);
  const [forwardQuery, setForwardQuery] = useState(redirect?.forwardQuery ?? false);
  const [trackingDays, setTrackingDays] = useState(String(redirect?.trackingDays ?? 365));
  const [status, setStatus] = useState<RedirectStatus>(redirect?.status ?? "active");

  const [rowErrors, setRowErrors] = useState<Record<number, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const { errors, setErrors, errorsFor, clearErrors, focusFirstInvalid, unplaced } = useFieldErrors(FIELDS, fieldId, itemLabel);

  /** A tag's message names the tag ("tags.2" → “newsletter”). */
  function itemLabel(field: Field, rest: string): string {
    if (field === "tags") {
      const tag = tags[Number(rest.split(".")[0])];
      return tag === undefined ? rest : `“${tag}”`;
    }
    return rest;
  }

  function edit<T>(field: Field, set: (value: T) => void) {
    return (value: T) => {
      set(value);
      clearErrors(field);
    };
  }

  function collectInput(): { input: Record<string, unknown>; local: FieldErrors; rows: Record<number, string> } {
    const local: FieldErrors = {};
    const parsed = parseProperties(properties);
    if (parsed.error) local.eventProperties = [parsed.error];
    const pendingTags = tagDraft.trim()
      ? [
          ...tags,
          ...tagDraft
            .split(",")
            .map((t) => t.trim())
            .filter(Boolean),
        ]
      : tags;
    const input: Record<string, unknown> = {
      name,
      description,
      targetUrl,
      eventType,
      eventProperties: parsed.value ?? {},
      tags: pendingTags,
      statusCode,
      forwardQuery,
      // An empty box becomes NaN so the schema reports "must be a number" rather than a default.
      trackingDays: trackingDays.trim() === "" ? Number.NaN : Number(trackingDays),
      status,
    };
    if (!editing && id.trim()) input.id = id.trim();
    if (pendingTags !== tags) {
      setTags([...new Set(pendingTags)]);
      setTagDraft("");
    }
    return { input, local, rows: parsed.rowErrors ?? {} };
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const { input, local, rows } = collectInput();
    const schema = editing ? redirectUpdateSchema : redirectCreateSchema;
    const result = schema.safeParse(input);
    const found: FieldErrors = { ...local };
    if (!result.success) {
      for (const [key, messages] of Object.entries(issuesToFieldErrors(result.error.issues))) {
        // A JSON syntax error already explains the field better than the schema would.
        if (local.eventProperties && key.startsWith("eventProperties")) continue;
        (found[key] ??= []).push(...messages);
      }
    }
    setErrors(found);
    setRowErrors(rows);
    if (Object.keys(found).length || Object.keys(rows).length) {
      focusFirstInvalid(found, Object.keys(rows).length > 0 ? ["eventProperties"] : []);
      return;
    }

    startTransition(async () => {
      const response = redirect ? await updateRedirectAction(redirect.id, input) : await createRedirectAction(input);
      if (response.ok) {
        router.push(`/redirects/${encodeURIComponent(response.data.id)}`);
        return;
      }
      const fieldErrors = response.fieldErrors ?? {};
      setErrors(fieldErrors);
      setFormError(response.message);
      focusFirstInvalid(fieldErrors);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      {formError && (
        <Alert title={formError}>
          {unplaced.length > 0 ? unplaced.join(" ") : Object.keys(errors).length > 0 && "See the fields marked below."}
        </Alert>
      )}

      <Card>
        <CardHeader title="Basics" description="How this redirect is identified in Clicktrail." />
        <CardBody className="grid gap-5 sm:grid-cols-2">
          <FormField
            id={fieldId("id")}
            label="ID"
            optional={!editing}
            errors={errorsFor("id")}
            hint={
              editing
                ? "IDs never change; they are part of every link already sent."
                : "Leave empty to generate one. Letters, digits, - and _. It cannot be changed later."
            }
          >
            {(aria) => (
              <Input
                {...aria}
                value={id}
                readOnly={editing}
                onChange={(e) => edit("id", setId)(e.target.value)}
                placeholder={editing ? undefined : "spring-sale"}
                autoComplete="off"
                spellCheck={false}
                maxLength={64}
                className="font-mono text-[13px]"
              />
            )}
          </FormField>
          <FormField id={fieldId("name")} label="Name" errors={errorsFor("name")}>
            {(aria) => (
              <Input
                {...aria}
                value={name}
                onChange={(e) => edit("name", setName)(e.target.value)}
                placeholder="Spring sale newsletter"
                autoComplete="off"
                maxLength={200}
                required
              />
            )}
          </FormField>
          <FormField
            id={fieldId("description")}
            label="Description"
            optional
            errors={errorsFor("description")}
            className="sm:col-span-2"
          >
            {(aria) => (
              <Textarea
                {...aria}
                value={description}
                onChange={(e) => edit("description", setDescription)(e.target.value)}
                rows={2}
                maxLength={2000}
              />
            )}
          </FormField>
          <FormField id={fieldId("status")} label="Status" errors={errorsFor("status")}>
            {(aria) => (
              <Select {...aria} value={status} onChange={(e) => edit("status", setStatus)(e.target.value as RedirectStatus)}>
                {REDIRECT_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {STATUS_LABELS[s]}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
        </CardBody>
      </Card>

      <Card>
        <CardHeader title="Destination" description="Where recipients are sent, and how." />
        <CardBody className="grid gap-5 sm:grid-cols-2">
          <FormField
            id={fieldId("targetUrl")}
            label="Target URL"
            errors={errorsFor("targetUrl")}
            hint="An absolute http:// or https:// address."
            className="sm:col-span-2"
          >
            {(aria) => (
              <Input
                {...aria}
                type="url"
                inputMode="url"
                value={targetUrl}
                onChange={(e) => edit("targetUrl", setTargetUrl)(e.target.value)}
                placeholder="https://example.com/landing"
                autoComplete="off"
                spellCheck={false}
                required
              />
            )}
          </FormField>
          <FormField
            id={fieldId("statusCode")}
            label="Status code"
            errors={errorsFor("statusCode")}
            hint={STATUS_CODE_INFO[statusCode].explanation}
          >
            {(aria) => (
              <Select
                {...aria}
                value={statusCode}
                onChange={(e) => edit("statusCode", setStatusCode)(Number(e.target.value) as RedirectStatusCode)}
              >
                {STATUS_CODES.map((code) => (
                  <option key={code} value={code}>
                    {code} · {STATUS_CODE_INFO[code].label}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <CheckboxField
            id={fieldId("forwardQuery")}
            label="Forward query string"
            hint={
              <>
                Append the incoming <code className="font-mono text-xs">?utm_…</code> query to the target.
              </>
            }
            errors={errorsFor("forwardQuery")}
            checked={forwardQuery}
            onChange={edit("forwardQuery", setForwardQuery)}
            className="sm:pt-7"
          />
        </CardBody>
      </Card>

      <Card>
        <CardHeader title="Tracking" description="What each click records and for how long." />
        <CardBody className="grid gap-5 sm:grid-cols-2">
          <FormField
            id={fieldId("eventType")}
            label="Event type"
            errors={errorsFor("eventType")}
            hint="Sent as the type of every click event."
          >
            {(aria) => (
              <Input
                {...aria}
                value={eventType}
                onChange={(e) => edit("eventType", setEventType)(e.target.value)}
                autoComplete="off"
                spellCheck={false}
                className="font-mono text-[13px]"
              />
            )}
          </FormField>
          <FormField
            id={fieldId("trackingDays")}
            label="Tracking days"
            errors={errorsFor("trackingDays")}
            hint="Clicks are recorded for this many days after creation; the link keeps redirecting afterwards."
          >
            {(aria) => (
              <Input
                {...aria}
                type="number"
                inputMode="numeric"
                min={0}
                max={3650}
                step={1}
                value={trackingDays}
                onChange={(e) => edit("trackingDays", setTrackingDays)(e.target.value)}
              />
            )}
          </FormField>
          <div className="sm:col-span-2">
            <EventPropertiesEditor
              id={fieldId("eventProperties")}
              value={properties}
              onChange={(next) => {
                setProperties(next);
                setRowErrors({});
                clearErrors("eventProperties");
              }}
              errors={errorsFor("eventProperties")}
              rowErrors={rowErrors}
            />
          </div>
          <FormField
            id={fieldId("tags")}
            label="Tags"
            optional
            errors={errorsFor("tags")}
            hint="Press Enter or comma to add a tag; Backspace removes the last one."
            className="sm:col-span-2"
          >
            {(aria) => (
              <TagInput {...aria} tags={tags} onTagsChange={edit("tags", setTags)} draft={tagDraft} onDraftChange={setTagDraft} />
            )}
          </FormField>
        </CardBody>
      </Card>

      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <ButtonLink href={redirect ? `/redirects/${encodeURIComponent(redirect.id)}` : "/redirects"} variant="ghost">
          Cancel
        </ButtonLink>
        <Button type="submit" variant="primary" disabled={pending}>
          {pending && <LoaderCircle aria-hidden className="animate-spin" />}
          {editing ? "Save changes" : "Create redirect"}
        </Button>
      </div>
    </form>
  );
}

function fieldId(field: Field): string {
  return `rf-${field}`;
}
