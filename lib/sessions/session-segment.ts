import { SESSION_ID_PATTERN } from "./session-id";

/**
 * Why a link's session was not stored: `unfilled` when an email tool left its merge tag
 * (`{{session@id}}`, `%%id%%`, `*|ID|*`, `{% id %}`) instead of a value, `malformed` for any
 * other value that is not a session ID. The recipient is redirected all the same; the
 * click is stored without a session and flagged so the dashboards can count broken links.
 */
export type SessionIssue = "malformed" | "unfilled";

export interface SessionSegment {
  sessionId: string | null;
  sessionIssue: SessionIssue | null;
}

/** A link without a session segment. */
export const NO_SESSION: SessionSegment = { sessionId: null, sessionIssue: null };

const TEMPLATE_MARKERS = ["{{", "}}", "{%", "%}", "*|", "|*", "%%"];

/** The session part of a public link's path, as sent (still percent-encoded). */
export function readSessionSegment(raw: string): SessionSegment {
  let decoded: string | null = raw;
  if (raw.includes("%")) {
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      decoded = null;
    }
  }
  if (decoded !== null && SESSION_ID_PATTERN.test(decoded)) return { sessionId: decoded, sessionIssue: null };
  return {
    sessionId: null,
    sessionIssue: looksUnfilled(raw) || (decoded !== null && looksUnfilled(decoded)) ? "unfilled" : "malformed",
  };
}

function looksUnfilled(value: string): boolean {
  return TEMPLATE_MARKERS.some((marker) => value.includes(marker));
}
