import type { RawClick } from "../clicks/raw-click";
import {
  captureClick,
  methodNotAllowed,
  notFound,
  NO_STORE,
  splitUrl,
  type MaybePromise,
  type ServableRedirect,
  type ServedResponse,
} from "../redirects/serve";
import type { ProxyTrust } from "../http/client-ip";
import type { PlainRequest } from "../http/plain-http";
import type { JsonObject } from "../json/json-value";
import { NO_SESSION, readSessionSegment, type SessionSegment } from "../sessions/session-segment";
import { servableTargetUrl } from "../redirects/target-url";
import { isTracking } from "../redirects/tracking-window";
import { currentDate } from "../time/native-clock";
import type { LinkClaims } from "../signing/link-claims";
import type { VerifiedLink } from "../signing/verify-link";

export interface SignedServeOptions {
  verify: <K extends LinkClaims["kind"]>(request: { kind: K; token: string; sessionId?: string }) => Promise<VerifiedLink<K>>;
  /** The active redirect a token names, for its event type and properties; null when gone. */
  findActiveRedirect: (id: string) => MaybePromise<ServableRedirect | null>;
  trustProxy: ProxyTrust;
  notFoundUrl?: string;
  now?: Date;
}

/** The tracking window of a token that names no (live) redirect, from its issue time. */
export const SIGNED_TRACKING_DAYS = 365;

/**
 * GET /l/{token}[/{session}]: the signed target, whatever happened to the redirect since
 * . Only a token that verifies redirects; anything else gets the 404 page (docs/adr/0010).
 */
export async function serveSignedLink(req: PlainRequest, opts: SignedServeOptions): Promise<ServedResponse> {
  const link = await readSignedRequest(req, opts, "link", "/l/", "");
  if (!("claims" in link)) return link;
  // Tokens signed before targets were normalised may carry a target that is not header-safe.
  const location = servableTargetUrl(link.claims.targetUrl);
  if (location === null) return notFound(opts.notFoundUrl);
  return {
    status: 302,
    headers: { location, "cache-control": NO_STORE, "x-robots-tag": "noindex" },
    body: "",
    click: await trackedClick(req, opts, link, (redirect) => ({
      source: "signed",
      targetUrl: location,
      eventType: redirect?.eventType ?? "click",
    })),
  };
}

/** A 1×1 transparent GIF. */
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

/** GET /o/{token}[/{session}].gif: the open pixel, recording `email.opened`. */
export async function serveOpenPixel(req: PlainRequest, opts: SignedServeOptions): Promise<ServedResponse> {
  const pixel = await readSignedRequest(req, opts, "pixel", "/o/", ".gif");
  if (!("claims" in pixel)) return pixel;
  return {
    status: 200,
    headers: { "content-type": "image/gif", "content-length": String(PIXEL.length), "cache-control": NO_STORE },
    body: PIXEL,
    click: await trackedClick(req, opts, pixel, () => ({ source: "pixel", targetUrl: "", eventType: "email.opened" })),
  };
}

interface SignedRequest<K extends LinkClaims["kind"]> {
  method: string;
  claims: Extract<LinkClaims, { kind: K }>;
  /** The session segment of the path, if any. */
  session: SessionSegment;
}

/** A GET or HEAD of `{prefix}{token}[/{session}]{suffix}` with a token that verifies; else the answer (405, 404). */
async function readSignedRequest<K extends LinkClaims["kind"]>(
  req: PlainRequest,
  opts: SignedServeOptions,
  kind: K,
  prefix: string,
  suffix: string,
): Promise<SignedRequest<K> | ServedResponse> {
  const method = req.method.toUpperCase();
  if (method !== "GET" && method !== "HEAD") return methodNotAllowed();
  const parts = tokenPath(splitUrl(req.url).path, prefix, suffix);
  if (!parts) return notFound(opts.notFoundUrl);
  const verified = await opts.verify({ kind, token: parts.token, sessionId: parts.session.sessionId ?? undefined });
  if (!verified.ok) return notFound(opts.notFoundUrl);
  return { method, claims: verified.claims, session: parts.session };
}

/**
 * `{prefix}{token}{suffix}` or `{prefix}{token}/{session}{suffix}`. Whatever follows the token
 * is its session: one that cannot be used is flagged, and the link still works.
 */
function tokenPath(path: string, prefix: string, suffix: string): { token: string; session: SessionSegment } | null {
  if (!path.startsWith(prefix) || !path.endsWith(suffix)) return null;
  const rest = path.slice(prefix.length, path.length - suffix.length);
  const slash = rest.indexOf("/");
  const token = slash === -1 ? rest : rest.slice(0, slash);
  if (!token) return null;
  const session = rest.slice(slash + 1);
  return { token, session: slash === -1 || session === "" ? NO_SESSION : readSessionSegment(session) };
}

/**
 * The click of a GET within the token's tracking window, which opens when it is issued and
 * lasts as long as its redirect's (or a year without one); `what` may depend on the redirect.
 */
async function trackedClick<K extends LinkClaims["kind"]>(
  req: PlainRequest,
  opts: SignedServeOptions,
  { method, claims, session }: SignedRequest<K>,
  what: (redirect: ServableRedirect | null) => Pick<RawClick, "source" | "targetUrl" | "eventType">,
): Promise<RawClick | null> {
  const now = opts.now ?? currentDate();
  const redirect = claims.redirectId ? await opts.findActiveRedirect(claims.redirectId) : null;
  const tracking = isTracking(now.getTime(), claims.issuedAt.getTime(), redirect?.trackingDays ?? SIGNED_TRACKING_DAYS);
  return method === "GET" && tracking ? capture(req, opts, now, claims, redirect, session, what(redirect)) : null;
}

function capture(
  req: PlainRequest,
  opts: SignedServeOptions,
  now: Date,
  claims: LinkClaims,
  redirect: ServableRedirect | null,
  pathSession: SessionSegment,
  what: Pick<RawClick, "source" | "targetUrl" | "eventType">,
): RawClick {
  // The link's tags and campaign beside the redirect's properties; the key version lets an
  // admin see how many links an old key still serves before retiring it.
  const properties: JsonObject = { ...(redirect?.eventProperties ?? {}), keyVersion: claims.keyVersion };
  if (claims.tags.length) properties.tags = claims.tags;
  if (claims.campaign !== null) properties.campaign = claims.campaign;
  // A redirect deleted (or paused) since signing is kept as a property, not as the click's
  // redirect: the cache cannot tell it from one that never existed here, and a click naming a
  // missing redirect would fail its whole batch on the foreign key.
  if (claims.redirectId !== null && !redirect) properties.redirectId = claims.redirectId;
  // A session signed into the token stands; a path session is flagged only when none came through.
  const sessionIssue = claims.sessionId === null ? pathSession.sessionIssue : null;
  return captureClick(req, opts.trustProxy, {
    at: now,
    redirectId: redirect?.id ?? null,
    sessionId: claims.sessionId,
    sessionIssue,
    properties,
    ...what,
  });
}
