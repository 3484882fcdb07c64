import { toUnicode } from "punycode/";

/**
 * Targets are stored and served in the WHATWG URL serialisation: non-ASCII characters in the
 * path, query and fragment percent-encoded as UTF-8 and IDN hosts in punycode. That form is
 * plain printable ASCII, so it is always a valid `Location` header value, and it is what a
 * browser would request for the URL a marketer pasted (`https://example.com/ж`).
 * Client-safe: the redirect form shows the readable form and the schema stores this one.
 */
export function normaliseTargetUrl(value: string): string {
  return new URL(value).href;
}

/** Printable ASCII only: what Node's header validation accepts without question. */
const HEADER_SAFE = /^[\x21-\x7e]+$/;

/**
 * A stored target as it may be served: as is when it is already header-safe (every target
 * written since targets are normalised), else normalised — rows and tokens from before that,
 * read once when loaded. Null when it does not parse at all.
 */
export function servableTargetUrl(value: string): string | null {
  if (HEADER_SAFE.test(value)) return value;
  try {
    return normaliseTargetUrl(value);
  } catch {
    return null;
  }
}

/** Runs of percent-escaped bytes of which at least the first is not ASCII (a UTF-8 sequence). */
const ENCODED_NON_ASCII = /(?:%[89A-Fa-f][0-9A-Fa-f])+/g;
/** Characters never shown decoded: controls, invisible and bidirectional formatting marks. */
const UNSAFE_TO_SHOW = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00a0\u3000]/u;

/**
 * The form to show people: IDN hosts in Unicode and percent-encoded UTF-8 text decoded, so
 * `https://xn--80ak6aa92e.com/%D0%B6` reads `https://пример.com/ж`. Escapes of ASCII (`%20`,
 * `%2F`, `%25`) stay as they are, so the readable form normalises back to the same target.
 */
export function readableTargetUrl(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  const host = url.hostname.includes("xn--") ? safeToUnicode(url.hostname) : url.hostname;
  const port = url.port ? `:${url.port}` : "";
  const auth = url.username || url.password ? `${url.username}${url.password ? `:${url.password}` : ""}@` : "";
  // The rest as serialised: `url.search` and `url.hash` drop an empty "?" or "#" that href keeps.
  const rest = url.href.slice(`${url.protocol}//${auth}${url.host}`.length);
  return `${url.protocol}//${auth}${host}${port}${rest.replace(ENCODED_NON_ASCII, decodeRun)}`;
}

function safeToUnicode(host: string): string {
  try {
    const unicode = toUnicode(host);
    return UNSAFE_TO_SHOW.test(unicode) ? host : unicode;
  } catch {
    return host;
  }
}

function decodeRun(run: string): string {
  try {
    const text = decodeURIComponent(run);
    return UNSAFE_TO_SHOW.test(text) || text.includes("\ufffd") ? run : text;
  } catch {
    return run;
  }
}
