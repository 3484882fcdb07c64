import type { RawClick } from "../clicks/raw-click";
import { clientIp, type ProxyTrust } from "../http/client-ip";
import type { PlainRequest, PlainResponse } from "../http/plain-http";
import { isConsentSignal } from "../privacy/consent";
import { currentDate } from "../time/native-clock";
import { NOT_FOUND_HTML } from "../http/not-found-page";
import type { JsonObject } from "../json/json-value";
import { REDIRECT_ID_PATTERN } from "./schema";
import { NO_SESSION, readSessionSegment, type SessionSegment } from "../sessions/session-segment";
import { isTracking } from "./tracking-window";

/**
 * The redirect endpoint as a plain function: a request in; status, headers, body and the click
 * to store out. No framework, no auth, no rendering: mounted by the App Router route handler
 * and by server.ts's lean HTTP layer alike (docs/adr/0003-redirect-endpoint.md).
 */

/** The fields of a redirect that serving needs. */
export interface ServableRedirect {
  id: string;
  targetUrl: string;
  eventType: string;
  eventProperties: JsonObject;
  statusCode: number;
  forwardQuery: boolean;
  trackingDays: number;
  createdAt: Date;
}

/** A public endpoint's answer and the click it captured. */
export interface ServedResponse extends PlainResponse {
  /** Present when a click must be stored; the caller stores it after answering. */
  click: RawClick | null;
}

export interface ServeOptions {
  /**
   * The active redirect with this ID, or null when unknown, paused or deleted. A cached answer
   * comes back synchronously, so a cache hit is served without a promise (ADR 0012).
   */
  findActiveRedirect: (id: string) => MaybePromise<ServableRedirect | null>;
  trustProxy: ProxyTrust;
  notFoundUrl?: string;
  now?: Date;
}

export type MaybePromise<T> = T | Promise<T>;

/** Longer header values are cut here; lib/clicks/enrich-click.ts applies the stored limits. */
const MAX_HEADER_LENGTH = 2048;
export const NO_STORE = "private, no-store";

export function serveRedirect(req: PlainRequest, opts: ServeOptions): MaybePromise<ServedResponse> {
  const method = req.method.toUpperCase();
  if (method !== "GET" && method !== "HEAD") return methodNotAllowed();
  const { path, search } = splitUrl(req.url);
  const parsed = parseRedirectPath(path);
  if (!parsed) return notFound(opts.notFoundUrl);
  const found = opts.findActiveRedirect(parsed.id);
  return found instanceof Promise
    ? found.then((redirect) => answerRedirect(req, method, opts, parsed, search, redirect))
    : answerRedirect(req, method, opts, parsed, search, found);
}

function answerRedirect(
  req: PlainRequest,
  method: string,
  opts: ServeOptions,
  session: SessionSegment,
  search: string,
  redirect: ServableRedirect | null,
): ServedResponse {
  if (!redirect) return notFound(opts.notFoundUrl);
  const location = redirect.forwardQuery ? withQuery(redirect.targetUrl, search) : redirect.targetUrl;
  const now = opts.now ?? currentDate();
  return {
    status: redirect.statusCode,
    headers: { location, "cache-control": NO_STORE, "x-robots-tag": "noindex" },
    body: "",
    click:
      method === "GET" && isTracking(now.getTime(), redirect.createdAt.getTime(), redirect.trackingDays)
        ? captureClick(req, opts.trustProxy, {
            at: now,
            redirectId: redirect.id,
            sessionId: session.sessionId,
            sessionIssue: session.sessionIssue,
            eventType: redirect.eventType,
            properties: redirect.eventProperties,
            targetUrl: location,
            source: "redirect",
          })
        : null,
  };
}

/** A click: what the endpoint decided, plus the facts read from the request (cut to MAX_HEADER_LENGTH). */
export function captureClick(
  req: PlainRequest,
  trustProxy: ProxyTrust,
  what: Pick<RawClick, "at" | "redirectId" | "sessionId" | "sessionIssue" | "eventType" | "properties" | "targetUrl" | "source">,
): RawClick {
  const h = req.headers;
  // One object literal with every field, so all clicks share one shape.
  return {
    at: what.at,
    redirectId: what.redirectId,
    sessionId: what.sessionId,
    sessionIssue: what.sessionIssue,
    eventType: what.eventType,
    properties: what.properties,
    targetUrl: what.targetUrl,
    source: what.source,
    ip: clientIp(h, req.remoteAddress, trustProxy),
    userAgent: header(h, "user-agent"),
    referer: header(h, "referer"),
    acceptLanguage: header(h, "accept-language"),
    gpc: isConsentSignal(h["sec-gpc"]),
    dnt: isConsentSignal(h["dnt"]),
    purpose: header(h, "sec-purpose") ?? header(h, "purpose"),
  };
}

const REDIRECT_PREFIX = "/redirect/";

/**
 * `/redirect/<id>` or `/redirect/<id>/<session>` (one optional trailing slash); null when the
 * ID is not one. Whatever follows a valid ID is its session: one that cannot be used is
 * flagged, not refused, so the recipient still gets the page.
 */
export function parseRedirectPath(path: string): ({ id: string } & SessionSegment) | null {
  if (!path.startsWith(REDIRECT_PREFIX)) return null;
  const end = path.endsWith("/") ? path.length - 1 : path.length;
  const slash = path.indexOf("/", REDIRECT_PREFIX.length);
  const idEnd = slash === -1 || slash >= end ? end : slash;
  const id = path.slice(REDIRECT_PREFIX.length, idEnd);
  if (!REDIRECT_ID_PATTERN.test(id)) return null;
  const session = idEnd === end ? NO_SESSION : readSessionSegment(path.slice(idEnd + 1, end));
  return { id, sessionId: session.sessionId, sessionIssue: session.sessionIssue };
}

export function splitUrl(url: string): { path: string; search: string } {
  const q = url.indexOf("?");
  return q === -1 ? { path: url, search: "" } : { path: url.slice(0, q), search: url.slice(q + 1) };
}

/** The incoming query is added to the target's; an incoming key replaces the target's value. */
function withQuery(target: string, search: string): string {
  if (!search) return target;
  const url = new URL(target);
  const incoming = new URLSearchParams(search);
  const replaced = new Set(incoming.keys());
  // Built apart and assigned once: each searchParams.delete/append re-serialises the whole
  // query, which made a 64 KB query of distinct keys take seconds (quadratic).
  const merged = new URLSearchParams();
  for (const [key, value] of url.searchParams) if (!replaced.has(key)) merged.append(key, value);
  for (const [key, value] of incoming) merged.append(key, value);
  url.search = merged.toString();
  return url.href;
}

export function methodNotAllowed(): ServedResponse {
  return {
    status: 405,
    headers: { allow: "GET, HEAD", "cache-control": NO_STORE, "content-type": "text/plain" },
    body: "Method Not Allowed",
    click: null,
  };
}

export function notFound(fallbackUrl: string | undefined): ServedResponse {
  if (fallbackUrl) {
    return {
      status: 302,
      headers: { location: fallbackUrl, "cache-control": NO_STORE },
      body: "",
      click: null,
    };
  }
  return {
    status: 404,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": NO_STORE },
    body: NOT_FOUND_HTML,
    click: null,
  };
}

export function header(headers: PlainRequest["headers"], name: string): string | null {
  const value = headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first ? first.slice(0, MAX_HEADER_LENGTH) : null;
}
