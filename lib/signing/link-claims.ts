import { z } from "zod";
import { MAX_TARGET_LENGTH, REDIRECT_ID_PATTERN, isAbsoluteHttpUrl } from "../redirects/schema";
import { normaliseTargetUrl } from "../redirects/target-url";
import { SESSION_ID_PATTERN, sessionIdSchema } from "../sessions/session-id";

export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 100;
export const MAX_CAMPAIGN_LENGTH = 100;
export const MAX_REDIRECT_ID_LENGTH = 64;

/**
 * Link tags come from emails (`data-track-tags="k:v;k2:v2"`, R-7), so they are free text:
 * trimmed, non-empty, no control characters and no ";" (the list separator).
 */
const LABEL_PATTERN = /^[^\p{Cc};\s](?:[^\p{Cc};]*[^\p{Cc};\s])?$/u;

function isLabel(value: string, max: number): boolean {
  return LABEL_PATTERN.test(value) && [...value].length <= max;
}

/** A target a signed link may send to: absolute http(s), at most 2,048 characters, no controls. */
export function isSafeTarget(value: string): boolean {
  return (
    value.length <= MAX_TARGET_LENGTH &&
    !/[\p{Cc}\s]/u.test(value) &&
    // A host right after "//": "https:///evil.example" and "https://\evil" are re-parsed by browsers.
    /^https?:\/\/[^/\\]/i.test(value) &&
    isAbsoluteHttpUrl(value)
  );
}

const targetSchema = z
  .string()
  .refine(isSafeTarget, {
    error: `must be an absolute http:// or https:// URL of at most ${MAX_TARGET_LENGTH} characters without spaces or control characters`,
    abort: true,
  })
  // Signed in the form it is served in, so the token's target is always a valid Location.
  .transform(normaliseTargetUrl)
  .pipe(
    z.string().max(MAX_TARGET_LENGTH, {
      error: `must be at most ${MAX_TARGET_LENGTH} characters once its non-ASCII characters are percent-encoded`,
    }),
  );

const labelSchema = (what: string, max: number) =>
  z
    .string()
    .trim()
    .refine((v) => isLabel(v, max), { error: `${what} must be 1–${max} characters without ";" or control characters` });

/** What a link or pixel token carries besides its key version and issue time. */
const linkFieldsSchema = z.object({
  redirectId: z.string().regex(REDIRECT_ID_PATTERN, { error: "use 1–64 letters, digits, '-' or '_'" }).nullable().default(null),
  sessionId: sessionIdSchema.nullable().default(null),
  tags: z
    .array(labelSchema("tags", MAX_TAG_LENGTH))
    .max(MAX_TAGS, { error: `at most ${MAX_TAGS} tags` })
    .default([])
    .transform((tags) => [...new Set(tags)]),
  campaign: labelSchema("the campaign", MAX_CAMPAIGN_LENGTH).nullable().default(null),
});

export const linkClaimsInputSchema = z.discriminatedUnion("kind", [
  linkFieldsSchema.extend({ kind: z.literal("link"), targetUrl: targetSchema }),
  linkFieldsSchema.extend({ kind: z.literal("pixel") }),
]);

export type LinkClaimsInput = z.input<typeof linkClaimsInputSchema>;
export type LinkFields = z.output<typeof linkFieldsSchema>;

export type LinkClaims = LinkFields & { keyVersion: number; issuedAt: Date } & (
    { kind: "link"; targetUrl: string } | { kind: "pixel" }
  );

/** Checks decoded fields as strictly as the signer did, so a token only carries what it could sign. */
export function areValidFields(fields: LinkFields): boolean {
  return (
    fields.tags.length <= MAX_TAGS &&
    new Set(fields.tags).size === fields.tags.length &&
    fields.tags.every((t) => isLabel(t, MAX_TAG_LENGTH)) &&
    (fields.redirectId === null || REDIRECT_ID_PATTERN.test(fields.redirectId)) &&
    (fields.sessionId === null || SESSION_ID_PATTERN.test(fields.sessionId)) &&
    (fields.campaign === null || isLabel(fields.campaign, MAX_CAMPAIGN_LENGTH))
  );
}
