import { z } from "zod";

/** The delivery log resource (REST, services and the admin UI); pure, client components import it. */

export const DELIVERY_STATUSES = ["pending", "delivered", "failed", "cancelled"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** Delivery IDs are 32-bit on PostgreSQL. */
const MAX_ID = 2_147_483_647;

export const deliveryListQuerySchema = z.strictObject({
  status: z.enum(DELIVERY_STATUSES, { error: "must be pending, delivered, failed or cancelled" }).optional(),
  /** Keyset paging, newest first: the deliveries with a smaller ID than this. */
  before: z.coerce.number({ error: "must be a delivery ID" }).int().positive().max(MAX_ID).optional(),
  limit: z.coerce.number({ error: "must be a number" }).int().min(1).max(100, { error: "at most 100" }).default(25),
});
export type DeliveryListQuery = z.output<typeof deliveryListQuerySchema>;

export const deliveryIdSchema = z.coerce.number({ error: "must be a delivery ID" }).int().positive().max(MAX_ID);

export interface DeliveryAttemptDto {
  at: string;
  statusCode: number | null;
  durationMs: number;
  responseSnippet: string | null;
  error: string | null;
}

export interface DeliveryDto {
  id: number;
  eventId: string;
  eventType: string;
  status: DeliveryStatus;
  /** A test event sent from the admin UI or the API, not a click. */
  test: boolean;
  /** Failed attempts of the current run (a redelivery starts a new run). */
  attempts: number;
  /** When a pending delivery is tried next. */
  nextAttemptAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
  /** Its attempts, newest first (the latest ATTEMPTS_SHOWN). */
  log: DeliveryAttemptDto[];
}

export interface DeliveryListDto {
  items: DeliveryDto[];
  /** Pass as `before` for the next page; null on the last. */
  nextBefore: number | null;
  /** Deliveries waiting and given up, for the whole destination. */
  counts: { pending: number; failed: number };
}

export const ATTEMPTS_SHOWN = 20;
