import type { JsonObject } from "../json/json-value";
import type { SessionIssue } from "../sessions/session-segment";

/** The facts of one click captured on the response path; enriched later, off it. */
export interface RawClick {
  at: Date;
  /** Null for a signed link or pixel that names no redirect. */
  redirectId: string | null;
  sessionId: string | null;
  /** Set when the link carried a session that could not be used (lib/sessions/session-segment.ts). */
  sessionIssue: SessionIssue | null;
  eventType: string;
  properties: JsonObject;
  targetUrl: string;
  source: "redirect" | "signed" | "pixel";
  ip: string | null;
  userAgent: string | null;
  referer: string | null;
  acceptLanguage: string | null;
  /** Sec-GPC: 1 / DNT: 1 — the click is stored anonymously (lib/privacy/consent.ts). */
  gpc: boolean;
  dnt: boolean;
  /** Sec-Purpose / Purpose header: "prefetch" marks a prefetcher, not a person. */
  purpose: string | null;
}
