import QRCode from "qrcode";
import { z } from "zod";
import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { linkBase } from "../http/link-base";
import { parseInput } from "../errors";
import { findRedirectRow } from "./find-redirect-row";
import { redirectIdSchema } from "./schema";

export const QR_FORMATS = ["png", "svg"] as const;
export type QrFormat = (typeof QR_FORMATS)[number];

/** The query of a QR code request: what the image route reads from its URL. */
export const qrQuerySchema = z.object({
  format: z.enum(QR_FORMATS, { error: "must be png or svg" }).default("png"),
  size: z.coerce
    .number({ error: "must be a number of pixels" })
    .int({ error: "must be a whole number of pixels" })
    .min(64, { error: "must be at least 64 pixels" })
    .max(2048, { error: "must be at most 2048 pixels" })
    .default(512),
  download: z.enum(["0", "1"], { error: "must be 0 or 1" }).default("0"),
});

const renderInputSchema = z.object({
  id: redirectIdSchema,
  /** Where recipients reach this instance, e.g. https://go.example.com. */
  origin: z.url({ protocol: /^https?$/, error: "must be an http(s) origin" }),
  format: qrQuerySchema.shape.format,
  size: qrQuerySchema.shape.size,
});

export interface RenderedQr {
  /** The link the code encodes. */
  url: string;
  contentType: string;
  body: Uint8Array | string;
}

/**
 * A QR code of a redirect's public link. Always dark modules on white with a quiet zone:
 * scanners read inverted or low-contrast codes badly, so the image ignores the UI theme.
 */
export async function renderRedirectQr(actor: Actor, input: z.input<typeof renderInputSchema>): Promise<RenderedQr> {
  assertCan(actor, "redirects:read");
  const { id, origin, format, size } = parseInput(renderInputSchema, input);
  await findRedirectRow(getDb(), id);
  const url = `${linkBase(origin)}/redirect/${id}`;
  const options = { errorCorrectionLevel: "M", margin: 2, width: size, color: { dark: "#000000", light: "#ffffff" } } as const;
  if (format === "svg") {
    return { url, contentType: "image/svg+xml; charset=utf-8", body: await QRCode.toString(url, { ...options, type: "svg" }) };
  }
  return { url, contentType: "image/png", body: new Uint8Array(await QRCode.toBuffer(url, { ...options, type: "png" })) };
}
