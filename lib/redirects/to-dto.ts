import type { JsonObject } from "../json/json-value";
import type { RedirectDto, RedirectStatus, RedirectStatusCode } from "./schema";

export const redirectInclude = {
  tags: { select: { tag: true }, orderBy: { tag: "asc" } },
  createdBy: { select: { email: true } },
  updatedBy: { select: { email: true } },
} as const;

interface RedirectRow {
  id: string;
  name: string;
  description: string;
  targetUrl: string;
  eventType: string;
  eventProperties: unknown;
  status: string;
  statusCode: number;
  forwardQuery: boolean;
  trackingDays: number;
  createdAt: Date;
  updatedAt: Date;
  tags: { tag: string }[];
  createdBy: { email: string } | null;
  updatedBy: { email: string } | null;
}

/** `clickCount` comes from the hourly aggregates (lib/clicks/click-totals.ts). */
export function toRedirectDto(row: RedirectRow, clickCount: number): RedirectDto {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    targetUrl: row.targetUrl,
    eventType: row.eventType,
    eventProperties: (row.eventProperties ?? {}) as JsonObject,
    tags: row.tags.map((t) => t.tag),
    status: row.status as RedirectStatus,
    statusCode: row.statusCode as RedirectStatusCode,
    forwardQuery: row.forwardQuery,
    trackingDays: row.trackingDays,
    clickCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    createdBy: row.createdBy?.email ?? null,
    updatedBy: row.updatedBy?.email ?? null,
  };
}
