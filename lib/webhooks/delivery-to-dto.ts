import { ATTEMPTS_SHOWN, type DeliveryDto, type DeliveryStatus } from "./delivery-schema";

export const deliverySelect = {
  id: true,
  eventId: true,
  eventType: true,
  status: true,
  clickId: true,
  attempts: true,
  nextAttemptAt: true,
  lastStatus: true,
  lastError: true,
  createdAt: true,
  deliveredAt: true,
  log: {
    select: { at: true, statusCode: true, durationMs: true, responseSnippet: true, error: true },
    orderBy: { id: "desc" },
    take: ATTEMPTS_SHOWN,
  },
} as const;

interface DeliveryRow {
  id: number;
  eventId: string;
  eventType: string;
  status: string;
  clickId: number | null;
  attempts: number;
  nextAttemptAt: Date;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
  log: { at: Date; statusCode: number | null; durationMs: number; responseSnippet: string | null; error: string | null }[];
}

export function toDeliveryDto(row: DeliveryRow): DeliveryDto {
  return {
    id: row.id,
    eventId: row.eventId,
    eventType: row.eventType,
    status: row.status as DeliveryStatus,
    test: row.clickId === null,
    attempts: row.attempts,
    nextAttemptAt: row.status === "pending" ? row.nextAttemptAt.toISOString() : null,
    lastStatus: row.lastStatus,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    log: row.log.map((a) => ({ ...a, at: a.at.toISOString() })),
  };
}
