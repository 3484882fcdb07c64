import { z } from "zod";
import { checkJsonLimits, type JsonLimitBreach, type JsonLimits } from "../json/check-json-limits";
import type { JsonObject, JsonValue } from "../json/json-value";
import { pagingQuery } from "../validation/paging";
import { plainText } from "../validation/plain-text";
import { normaliseTargetUrl } from "./target-url";

/**
 * The redirect resource: one schema for the form, server actions, the REST API and the CLI.
 * Imported by client components too, so it must not import anything server-only.
 */

export const REDIRECT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** A click's event type: a redirect's own, and what webhooks filter and deliver. */
export const EVENT_TYPE_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;
export const STATUS_CODES = [301, 302, 307, 308] as const;
export const REDIRECT_STATUSES = ["active", "paused"] as const;
export const MAX_TARGET_LENGTH = 2048;

export const redirectIdSchema = z.string({ error: "must be a string" }).trim().regex(REDIRECT_ID_PATTERN, {
  error: "use 1–64 letters, digits, '-' or '_'",
});

export const targetUrlSchema = z
  .string({ error: "must be a string" })
  .trim()
  .min(1, { error: "is required", abort: true })
  // zod runs every check; without the abort a 1 MB value reached the URL parser (~120 ms of CPU).
  .max(MAX_TARGET_LENGTH, { error: `must be at most ${MAX_TARGET_LENGTH} characters`, abort: true })
  .refine(isAbsoluteHttpUrl, { error: "must be an absolute http:// or https:// URL", abort: true })
  // Stored as served (lib/redirects/target-url.ts): every accepted target is a valid Location.
  .transform(normaliseTargetUrl)
  .pipe(
    z.string().max(MAX_TARGET_LENGTH, {
      error: `must be at most ${MAX_TARGET_LENGTH} characters once its non-ASCII characters are percent-encoded`,
    }),
  );

export function isAbsoluteHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const jsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValue), z.record(z.string(), jsonValue)]),
);

/** Limits of a redirect's event properties (stated in the README's REST API section). */
export const EVENT_PROPERTIES_LIMITS: JsonLimits = {
  maxDepth: 10,
  maxKeys: 100,
  maxItems: 100,
  maxChars: 10_000,
};

const EVENT_PROPERTIES_MESSAGES: Record<JsonLimitBreach, string> = {
  depth: `must be nested at most ${EVENT_PROPERTIES_LIMITS.maxDepth} levels deep`,
  keys: `must have at most ${EVENT_PROPERTIES_LIMITS.maxKeys} keys in all, nested ones included`,
  items: `lists must have at most ${EVENT_PROPERTIES_LIMITS.maxItems} items`,
  chars: `must be at most ${EVENT_PROPERTIES_LIMITS.maxChars.toLocaleString("en")} characters of JSON`,
  text: "keys and texts must not contain the NUL character (\\u0000) or unpaired surrogates",
};

/**
 * The limits are checked by an iterative walk before the recursive parse below runs, so no
 * depth that JSON.parse accepts can exhaust the stack here, nor reach Prisma, whose query
 * serialiser fails past ~128 levels (that was the 500 for a few hundred levels).
 */
export const eventPropertiesSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return;
    const breach = checkJsonLimits(value, EVENT_PROPERTIES_LIMITS);
    if (breach) ctx.addIssue({ code: "custom", message: EVENT_PROPERTIES_MESSAGES[breach] });
  })
  .pipe(
    z.record(
      z.string().min(1, { error: "keys must not be empty" }).max(100, { error: "keys must be at most 100 characters" }),
      jsonValue,
      { error: "must be a JSON object" },
    ),
  );

export const tagSchema = z
  .string()
  .trim()
  .min(1, { error: "tags must not be empty" })
  .max(40, { error: "tags must be at most 40 characters" })
  .regex(/^[\p{L}\p{N} _.:\/-]+$/u, { error: "tags may use letters, digits, spaces and - _ . : /" });

/** Every editable field, without defaults: the base of both create and update. */
const fields = {
  name: plainText(200).min(1, { error: "is required" }),
  description: plainText(2000, { multiline: true }),
  targetUrl: targetUrlSchema,
  eventType: z
    .string({ error: "must be a string" })
    .trim()
    .regex(EVENT_TYPE_PATTERN, { error: "use 1–64 letters, digits or - _ . :" }),
  eventProperties: eventPropertiesSchema,
  tags: z
    .array(tagSchema, { error: "must be a list of strings" })
    .max(20, { error: "at most 20 tags" })
    .transform((tags) => [...new Set(tags)]),
  status: z.enum(REDIRECT_STATUSES, { error: "must be active or paused" }),
  statusCode: z.union(
    STATUS_CODES.map((c) => z.literal(c)),
    {
      error: "must be 301, 302, 307 or 308",
    },
  ),
  forwardQuery: z.boolean({ error: "must be true or false" }),
  trackingDays: z
    .number({ error: "must be a number" })
    .int({ error: "must be a whole number" })
    .min(0, { error: "must be 0 or more" })
    .max(3650, { error: "must be at most 3650 (10 years)" }),
};

export const redirectCreateSchema = z.strictObject(
  {
    id: redirectIdSchema.optional(),
    name: fields.name,
    description: fields.description.default(""),
    targetUrl: fields.targetUrl,
    eventType: fields.eventType.default("redirect"),
    eventProperties: fields.eventProperties.default({}),
    tags: fields.tags.default([]),
    status: fields.status.default("active"),
    statusCode: fields.statusCode.default(302),
    forwardQuery: fields.forwardQuery.default(false),
    trackingDays: fields.trackingDays.default(365),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `unknown field` : undefined) },
);

export const redirectUpdateSchema = z.strictObject(fields).partial();

export type RedirectCreateInput = z.input<typeof redirectCreateSchema>;
export type RedirectCreate = z.output<typeof redirectCreateSchema>;
export type RedirectUpdate = z.output<typeof redirectUpdateSchema>;
export type RedirectStatusCode = (typeof STATUS_CODES)[number];
export type RedirectStatus = (typeof REDIRECT_STATUSES)[number];

export const REDIRECT_SORTS = ["createdAt", "updatedAt", "name", "id", "clicks"] as const;

/** List query; from URL search params, so numbers come as strings and are coerced. */
export const redirectListQuerySchema = z.object({
  q: plainText(200).optional().catch(undefined),
  tag: tagSchema.optional().catch(undefined),
  status: z
    .enum([...REDIRECT_STATUSES, "all"])
    .default("all")
    .catch("all"),
  sort: z.enum(REDIRECT_SORTS).default("createdAt").catch("createdAt"),
  order: z.enum(["asc", "desc"]).default("desc").catch("desc"),
  ...pagingQuery,
});

export type RedirectListQuery = z.output<typeof redirectListQuerySchema>;

/** What every adapter returns for a redirect. Dates as ISO strings: the same over JSON. */
export interface RedirectDto {
  id: string;
  name: string;
  description: string;
  targetUrl: string;
  eventType: string;
  eventProperties: JsonObject;
  tags: string[];
  status: RedirectStatus;
  statusCode: RedirectStatusCode;
  forwardQuery: boolean;
  trackingDays: number;
  clickCount: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
}
