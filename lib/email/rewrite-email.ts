import { z } from "zod";
import { assertCan, type Actor } from "../auth/roles";
import { AppError, fieldErrors } from "../errors";
import { ensureSigningKey } from "../signing/ensure-signing-key";
import { createLinkSigner } from "./create-link-signer";
import { rewriteHtml } from "./rewrite-html";
import { rewriteText } from "./rewrite-text";
import { rewriteOptionsSchema, type ReportEntry, type RewriteOptions } from "./types";

const partsSchema = z.object({
  html: z.string({ error: "must be a string (the HTML part)" }),
  text: z.string({ error: "must be a string (the text part)" }).optional(),
});

export type RewriteEmailInput = z.input<typeof partsSchema> & z.input<typeof rewriteOptionsSchema>;

export interface RewriteEmailResult {
  html: string;
  text?: string;
  /** The HTML part's links in document order, then the text part's. */
  links: ReportEntry[];
}

/**
 * Rewrites an email's links (and adds the open pixel) as signed links on `origin`. One
 * key and one issue time sign the whole email, so its links age and verify together.
 */
export async function rewriteEmail(actor: Actor, input: unknown, origin: string): Promise<RewriteEmailResult> {
  assertCan(actor, "links:sign");
  const { parts, options } = parseRewriteInput(input);
  const { current } = await ensureSigningKey();
  const signer = createLinkSigner(current, origin);
  const html = rewriteHtml(parts.html, options, signer);
  const text = parts.text === undefined ? undefined : rewriteText(parts.text, options, signer);
  return {
    html: html.output,
    ...(text && { text: text.output }),
    links: [...html.report, ...(text?.report ?? [])],
  };
}

/** The parts and the rewriter's own options schema, with every invalid field reported at once. */
function parseRewriteInput(input: unknown): { parts: z.output<typeof partsSchema>; options: RewriteOptions } {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new AppError("bad_request", "The input must be an object with at least an html field.");
  }
  const { html, text, ...rest } = input as Record<string, unknown>;
  const parts = partsSchema.safeParse({ html, text });
  const options = rewriteOptionsSchema.safeParse(rest);
  if (parts.success && options.success) return { parts: parts.data, options: options.data };
  throw new AppError("bad_request", "Some fields are invalid.", {
    ...(parts.error && fieldErrors(parts.error)),
    ...(options.error && fieldErrors(options.error)),
  });
}
