/** A 1×1 transparent GIF, standing in for the open pixel. */
const BLANK_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";

/**
 * The rewritten HTML as the admin preview shows it: the open pixel and the tracked links point
 * at this instance, and loading or clicking them there would count an open or a click by the
 * author. They are neutralised in the preview only; copy and download use the exact result.
 */
export function inertPreview(html: string, origin: string): string {
  const base = escapeRegExp(origin.replace(/\/+$/, ""));
  // Tokens are base64url and templates hold no quotes, spaces or `>`, so a URL ends at one.
  const rest = String.raw`[^"'\s>]*`;
  return html
    .replace(new RegExp(`${base}/o/${rest}`, "g"), BLANK_GIF)
    .replace(new RegExp(`${base}/l/${rest}`, "g"), "#");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
