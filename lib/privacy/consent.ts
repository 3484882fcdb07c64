/**
 * Consent signals. A click with a reason is stored anonymously: no session ID, no IP, no
 * raw user agent, no referer (docs/adr/0007-privacy.md). Synchronous: runs for every click.
 */

export type PrivacyReason = "gpc" | "dnt" | "opt-out";

type Headers = Record<string, string | string[] | undefined>;

/**
 * Global Privacy Control (`Sec-GPC: 1`) and Do Not Track (`DNT: 1`). Only the exact value 1
 * counts; anything else (another value, a repeated header, garbage) is no signal. Header names
 * are lower-case, as Node and the Fetch API give them.
 */
export function consentHeaders(headers: Headers): { gpc: boolean; dnt: boolean } {
  return { gpc: isConsentSignal(headers["sec-gpc"]), dnt: isConsentSignal(headers["dnt"]) };
}

/** One consent header's value, as consentHeaders reads it. */
export function isConsentSignal(value: string | string[] | undefined): boolean {
  return typeof value === "string" && value.trim() === "1";
}

/** Why this click must be anonymous, or null; an opt-out wins over the headers. */
export function privacyReason(
  input: { gpc: boolean; dnt: boolean; sessionId: string | null },
  isOptedOut: (sessionId: string) => boolean,
): PrivacyReason | null {
  if (input.sessionId !== null && isOptedOut(input.sessionId)) return "opt-out";
  if (input.gpc) return "gpc";
  if (input.dnt) return "dnt";
  return null;
}
