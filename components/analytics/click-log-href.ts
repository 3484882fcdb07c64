import { UNKNOWN_VALUE, type ClickLogFilter } from "@/lib/analytics/click-log-query";

/**
 * A link to the click log narrowed to the given filters, over the same range as the dashboard.
 * A ranked list's "" (unknown) becomes the log's token for "no value".
 */
export function clickLogHref(filters: Partial<Record<ClickLogFilter, string>>, rangeParams: Record<string, string>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters))
    if (value !== undefined) params.set(key, value === "" ? UNKNOWN_VALUE : value);
  for (const [key, value] of Object.entries(rangeParams)) params.set(key, value);
  return `/clicks?${params}`;
}
