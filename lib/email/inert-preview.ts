import { Parser } from "htmlparser2";
import { applyEdits } from "./apply-edits";
import { linkBase } from "../http/link-base";
import type { Edit } from "./types";

/** A 1×1 transparent GIF, standing in for the open pixel. */
const BLANK_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";

/**
 * The preview's own Content-Security-Policy, first in its document. Off: nothing leaves the
 * browser (data: images and inline styles only), so opening a pasted email tells no third party
 * the admin's IP address. On: remote images, stylesheets and fonts load. Never scripts, frames,
 * forms, media or plugins (default-src 'none'; the frame's sandbox also forbids scripts). The
 * srcdoc frame also inherits the page's policy, and both apply: lib/http/security-headers.ts
 * lets the email page allow what this one may allow.
 */
export function previewPolicy(remote: boolean): string {
  const from = remote ? " https: http:" : "";
  return [
    "default-src 'none'",
    `img-src data:${from}`,
    `style-src 'unsafe-inline'${from}`,
    `font-src data:${from}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * The rewritten HTML as the admin preview shows it. The open pixel and the tracked links point
 * at this instance, and loading or clicking them there would count an open or a click by the
 * author: they are neutralised. Copy and download use the exact result.
 *
 * The email's remote content is held back unless `remote` (see previewPolicy). What a policy
 * does not govern is removed: <meta http-equiv="refresh"> (would navigate the frame to any
 * address) and every <link> but a stylesheet (preconnect and dns-prefetch contact hosts
 * whatever the policy says; the others are useless in a preview).
 */
export function inertPreview(html: string, origin: string, { remote }: { remote: boolean } = { remote: false }): string {
  const neutralised = neutraliseTrackedUrls(html, origin);
  const edits: Edit[] = [];
  let head = 0;
  let content = false;
  const parser = new Parser(
    {
      onprocessinginstruction(name) {
        // A doctype before any content still chooses the rendering mode: keep it first.
        if (name.toLowerCase() === "!doctype" && !content) head = parser.endIndex + 1;
      },
      ontext(text) {
        if (text.trim()) content = true;
      },
      onopentag(name, attributes) {
        content = true;
        if (!inert(name, attributes)) edits.push({ start: parser.startIndex, end: parser.endIndex + 1, replacement: "" });
      },
    },
    { decodeEntities: true },
  );
  parser.end(neutralised);
  const preamble =
    `<meta http-equiv="Content-Security-Policy" content="${previewPolicy(remote)}">` +
    `<meta http-equiv="x-dns-prefetch-control" content="off">`;
  return applyEdits(neutralised, [{ start: head, end: head, replacement: preamble }, ...edits]);
}

function inert(name: string, attributes: Record<string, string>): boolean {
  if (name === "link") {
    const rel = (attributes.rel ?? "")
      .toLowerCase()
      .split(/[\t\n\f\r ]+/)
      .filter(Boolean);
    return rel.length === 1 && rel[0] === "stylesheet";
  }
  if (name === "meta") {
    const equiv = (attributes["http-equiv"] ?? "").trim().toLowerCase();
    return equiv !== "refresh" && equiv !== "x-dns-prefetch-control";
  }
  return true;
}

function neutraliseTrackedUrls(html: string, origin: string): string {
  const base = escapeRegExp(linkBase(origin));
  // Tokens are base64url and templates hold no quotes, spaces or `>`, so a URL ends at one.
  const rest = String.raw`[^"'\s>]*`;
  return html.replace(new RegExp(`${base}/o/${rest}`, "g"), BLANK_GIF).replace(new RegExp(`${base}/l/${rest}`, "g"), "#");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
