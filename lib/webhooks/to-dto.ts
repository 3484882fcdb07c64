import type { WebhookDto, WebhookFormat } from "./schema";

/** Never selects `secret`: only the signer reads it (see webhook-secret.ts). */
export const webhookSelect = {
  id: true,
  name: true,
  url: true,
  eventTypes: true,
  redirectIds: true,
  tags: true,
  format: true,
  tracardiSourceId: true,
  enabled: true,
  disabledReason: true,
  createdAt: true,
  updatedAt: true,
  createdBy: { select: { email: true } },
} as const;

interface WebhookRow {
  id: string;
  name: string;
  url: string;
  eventTypes: unknown;
  redirectIds: unknown;
  tags: unknown;
  format: string;
  tracardiSourceId: string | null;
  enabled: boolean;
  disabledReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  createdBy: { email: string } | null;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

export function toWebhookDto(row: WebhookRow): WebhookDto {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    eventTypes: strings(row.eventTypes),
    redirectIds: strings(row.redirectIds),
    tags: strings(row.tags),
    format: row.format as WebhookFormat,
    tracardiSourceId: row.tracardiSourceId,
    enabled: row.enabled,
    disabledReason: row.disabledReason,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    createdBy: row.createdBy?.email ?? null,
  };
}
