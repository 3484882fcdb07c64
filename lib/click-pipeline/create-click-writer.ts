import { providerOf } from "../db/provider";
import type { ClickWriter } from "../clicks/click-writer";
import { createPostgresClickWriter } from "../clicks/click-writer-postgres";
import { createSqliteClickWriter } from "../clicks/click-writer-sqlite";

export function createClickWriter(databaseUrl: string): ClickWriter {
  return providerOf(databaseUrl) === "postgres"
    ? createPostgresClickWriter(databaseUrl)
    : createSqliteClickWriter(databaseUrl);
}
