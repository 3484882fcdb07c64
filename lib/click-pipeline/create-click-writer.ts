import { providerOf } from "../db/provider";
import type { ClickWriter } from "../clicks/click-writer";
import { createPostgresClickWriter } from "../clicks/click-writer-postgres";
import { createSqliteClickWriter } from "../clicks/click-writer-sqlite";
import { postgresWebhookOutbox } from "../webhooks/outbox-postgres";
import { sqliteWebhookOutbox } from "../webhooks/outbox-sqlite";

/** The database's click writer, with the webhook outbox its batches commit with. */
export function createClickWriter(databaseUrl: string): ClickWriter {
  return providerOf(databaseUrl) === "postgres"
    ? createPostgresClickWriter(databaseUrl, postgresWebhookOutbox)
    : createSqliteClickWriter(databaseUrl, sqliteWebhookOutbox);
}
