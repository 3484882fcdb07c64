import { MAX_TARGET_LENGTH } from "../redirects/schema";
import { isHtmlSpace } from "./html-space";
import { hasTemplateVariable, type SkipReason } from "./types";

export type LinkClass = { url: string } | { skipped: SkipReason };

const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f]/;
const BAD_PERCENT = /%(?![0-9A-Fa-f]{2})/;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;

/**
 * Decides whether a (decoded) link is tracked: only absolute http(s) URLs that parse,
 * are free of controls and bad percent-escapes (RFC 3986) and hold no template variable.
 * The URL is returned as the WHATWG parser serializes it (IDN hosts in punycode), which is
 * what a browser would request and is safe in a Location header.
 */
export function classifyLink(value: string, prependHttpToWww: boolean): LinkClass {
  const trimmed = trimHtmlSpace(value);
  if (trimmed === "") return { skipped: "empty" };
  if (hasTemplateVariable(trimmed)) return { skipped: "template-variable" };
  if (trimmed.startsWith("#")) return { skipped: "fragment" };
  if (CONTROL_OR_SPACE.test(trimmed)) return { skipped: "malformed" };
  const candidate = prependHttpToWww && /^www\./i.test(trimmed) ? `http://${trimmed}` : trimmed;
  const scheme = SCHEME.exec(candidate);
  if (!scheme) return { skipped: "relative" };
  const name = scheme[1].toLowerCase();
  if (name !== "http" && name !== "https") return { skipped: "unsupported-scheme" };
  if (!/^https?:\/\/[^/\\]/i.test(candidate) || BAD_PERCENT.test(candidate)) return { skipped: "malformed" };
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { skipped: "malformed" };
  }
  if (url.hostname === "") return { skipped: "malformed" };
  if (url.href.length > MAX_TARGET_LENGTH) return { skipped: "too-long" };
  return { url: url.href };
}

/** What browsers strip from both ends of an href (a regex here costs more than the URL parse). */
function trimHtmlSpace(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && isHtmlSpace(value.charCodeAt(start))) start++;
  while (end > start && isHtmlSpace(value.charCodeAt(end - 1))) end--;
  return value.slice(start, end);
}
