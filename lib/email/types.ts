import { z } from "zod";
import { tagSchema } from "../redirects/schema";
import { sessionIdSchema } from "../sessions/session-id";

/**
 * The email link rewriter's contract. Imported by adapters (UI, REST, CLI) and by the
 * signer that turns a link into a tracked URL, so it must not import anything server-only.
 */

/** The template syntaxes email tools substitute: {{…}}, {%…%}, *|…|*, %%…%%. */
const TEMPLATE_MARKS = [
  ["{{", "}}"],
  ["{%", "%}"],
  ["*|", "|*"],
  ["%%", "%%"],
] as const;

/**
 * Whether a value holds a template variable: an opening mark with its closing mark after it.
 * Two indexOf scans per syntax, not a lazy regex: that one restarts at every opening mark and
 * rescans to the end, quadratic on a run of "{{" (issue 13: 160,000 of them took 6.7 s).
 */
export function hasTemplateVariable(value: string): boolean {
  return TEMPLATE_MARKS.some(([open, close]) => {
    const start = value.indexOf(open);
    return start !== -1 && value.indexOf(close, start + open.length) !== -1;
  });
}

export const MAX_LINK_TAGS = 20;

export type SessionSpec =
  | { kind: "none" }
  | { kind: "id"; id: string }
  /** Kept verbatim in the URL so the email tool substitutes it per recipient. */
  | { kind: "template"; template: string };

export interface TrackedLink {
  /** The target: an absolute http(s) URL as the WHATWG parser serializes it (ASCII only). */
  url: string;
  tags: string[];
  campaign: string | null;
  session: SessionSpec;
}

export interface PixelSpec {
  campaign: string | null;
  session: SessionSpec;
  tags: string[];
}

/** Backed by signed tokens; injected so the rewriter stays pure and testable. */
export interface LinkSigner {
  trackedUrl(link: TrackedLink): string;
  pixelUrl(pixel: PixelSpec): string;
}

const templateSchema = z
  .string({ error: "must be a string" })
  .trim()
  .min(1, { error: "is required" })
  // abort: zod runs later checks after a failed one, and these need not see a 10 MB body.
  .max(200, { error: "must be at most 200 characters", abort: true })
  // Quotes, angle brackets and controls would need escaping that the email tool would not undo.
  .regex(/^[^"'<>\\`\u0000-\u001f\u007f]+$/, {
    error: "must not contain quotes, < > \\ ` or control characters",
  })
  .refine(hasTemplateVariable, {
    error: "must contain a template variable such as {{session@id}}",
  });

export const rewriteOptionsSchema = z
  .strictObject(
    {
      sessionId: sessionIdSchema.optional(),
      sessionTemplate: templateSchema.optional(),
      campaign: z
        .string({ error: "must be a string" })
        .trim()
        .min(1, { error: "must not be empty" })
        .max(100, { error: "must be at most 100 characters", abort: true })
        .regex(/^[\p{L}\p{N} _.:\/-]+$/u, { error: "may use letters, digits, spaces and - _ . : /" })
        .nullable()
        .default(null),
      tags: z
        .array(tagSchema, { error: "must be a list of strings" })
        .max(MAX_LINK_TAGS, { error: `at most ${MAX_LINK_TAGS} tags` })
        .transform((tags) => [...new Set(tags)])
        .default([]),
      trackOpens: z.boolean({ error: "must be true or false" }).default(false),
      prependHttpToWww: z.boolean({ error: "must be true or false" }).default(false),
    },
    { error: (issue) => (issue.code === "unrecognized_keys" ? "unknown field" : undefined) },
  )
  .refine((o) => !(o.sessionId !== undefined && o.sessionTemplate !== undefined), {
    error: "give a session ID or a session template, not both",
    path: ["sessionTemplate"],
  });

export type RewriteOptionsInput = z.input<typeof rewriteOptionsSchema>;
export type RewriteOptions = z.output<typeof rewriteOptionsSchema>;

export const SKIP_REASONS = [
  "opt-out",
  "empty",
  "fragment",
  "relative",
  "unsupported-scheme",
  "template-variable",
  "malformed",
  "too-long",
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** One link of the input, in document order. Exactly one of tracked / skipped is set. */
export interface ReportEntry {
  /** The href after HTML entity decoding (for text: the URL as written). */
  original: string;
  tracked?: string;
  skipped?: SkipReason;
  tags: string[];
}

/** Offsets in UTF-16 code units of the input; sorted and non-overlapping. */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

export interface RewriteResult {
  output: string;
  report: ReportEntry[];
  edits: Edit[];
}
