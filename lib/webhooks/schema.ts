import { z } from "zod";
import { plainText } from "../validation/plain-text";
import { EVENT_TYPE_PATTERN, redirectIdSchema, tagSchema } from "../redirects/schema";
import { DEFAULT_CLICK_EVENT_TYPES } from "./event-type";

/**
 * The webhook destination resource: one schema for the REST API, the services and the admin UI.
 * Must not import anything server-only (the URL's address check runs in the services).
 */

export const WEBHOOK_FORMATS = ["json", "tracardi"] as const;
/**
 * The redirects' custom eventType rule (lib/redirects/schema.ts), so every one in use fits, as do
 * "redirect.clicked" and "email.opened". The stored defaults "redirect" and "click" never reach
 * a webhook under those names (lib/webhooks/event-type.ts), so a filter on them is refused.
 */
export const MAX_WEBHOOK_URL_LENGTH = 2048;

/** A destination ID as it arrives from a browser or a URL: anything, until checked. */
export const webhookIdSchema = plainText(100).min(1, { error: "is required" });

const unique = <T>(items: T[]) => [...new Set(items)];

const fields = {
  name: plainText(200).min(1, { error: "is required" }),
  url: plainText(MAX_WEBHOOK_URL_LENGTH).min(1, { error: "is required" }),
  eventTypes: z
    .array(
      z
        .string({ error: "event types must be strings" })
        .trim()
        .regex(EVENT_TYPE_PATTERN, { error: "event types use 1–64 letters, digits or - _ . :" })
        .refine((t) => !DEFAULT_CLICK_EVENT_TYPES.includes(t), { error: 'plain clicks are sent as "redirect.clicked"' }),
      { error: "must be a list of event types" },
    )
    .max(50, { error: "at most 50 event types" })
    .transform(unique),
  redirectIds: z
    .array(redirectIdSchema, { error: "must be a list of redirect IDs" })
    .max(500, { error: "at most 500 redirects" })
    .transform(unique),
  tags: z.array(tagSchema, { error: "must be a list of strings" }).max(50, { error: "at most 50 tags" }).transform(unique),
  format: z.enum(WEBHOOK_FORMATS, { error: "must be json or tracardi" }),
  tracardiSourceId: plainText(200).min(1, { error: "is required" }).nullable(),
  enabled: z.boolean({ error: "must be true or false" }),
};

const strict = { error: (issue: { code: string }) => (issue.code === "unrecognized_keys" ? "unknown field" : undefined) };

export const webhookCreateSchema = z
  .strictObject(
    {
      name: fields.name,
      url: fields.url,
      eventTypes: fields.eventTypes.default([]),
      redirectIds: fields.redirectIds.default([]),
      tags: fields.tags.default([]),
      format: fields.format.default("json"),
      tracardiSourceId: fields.tracardiSourceId.default(null),
      enabled: fields.enabled.default(true),
    },
    strict,
  )
  .superRefine(requireTracardiSource);

export const webhookUpdateSchema = z.strictObject(fields, strict).partial();

/** Tracardi's /track needs a source ID; checked on the merged row for updates too. */
export function requireTracardiSource(
  value: { format?: WebhookFormat; tracardiSourceId?: string | null },
  ctx: z.RefinementCtx,
): void {
  if (value.format === "tracardi" && !value.tracardiSourceId) {
    ctx.addIssue({ code: "custom", path: ["tracardiSourceId"], message: "is required for the tracardi format" });
  }
}

export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];
export type WebhookCreateInput = z.input<typeof webhookCreateSchema>;

/** What every adapter returns for a destination; never the secret. */
export interface WebhookDto {
  id: string;
  name: string;
  url: string;
  eventTypes: string[];
  redirectIds: string[];
  tags: string[];
  format: WebhookFormat;
  tracardiSourceId: string | null;
  enabled: boolean;
  disabledReason: string | null;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
}

/** Create and rotate-secret only: the DTO plus the secret in clear (64 hex characters), shown once. */
export type WebhookWithSecret = WebhookDto & { secret: string };
