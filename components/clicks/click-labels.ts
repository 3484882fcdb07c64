import { countryName } from "@/lib/analytics/labels";
import type { ClickLogRow } from "@/lib/analytics/click-log-row";

export const PRIVACY_LABELS: Record<string, string> = {
  gpc: "Global Privacy Control",
  dnt: "Do Not Track",
  "opt-out": "session on the opt-out list",
};

/** Why a link's session was not stored (lib/sessions/session-segment.ts). */
export const SESSION_ISSUE_LABELS: Record<string, string> = {
  unfilled: "the email tool left its merge tag instead of a session ID",
  malformed: "the link's session was not a valid session ID",
};

export const DEVICE_LABELS: Record<string, string> = {
  desktop: "Desktop",
  mobile: "Mobile",
  tablet: "Tablet",
  bot: "Bot",
  other: "Other",
};

/** "Chrome · macOS · desktop", or null when none is known. */
export function clientOf(click: Pick<ClickLogRow, "browser" | "os" | "deviceType">): string | null {
  const parts = [click.browser, click.os, click.deviceType].filter(Boolean);
  return parts.length ? parts.join(" · ") : null;
}

export function countryLabel(code: string | null): string | null {
  return code ? `${countryName(code)} (${code})` : null;
}

/** Times in the log's time zone, to the second: clicks often come seconds apart. */
export function timeFormat(tz: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: tz });
}
