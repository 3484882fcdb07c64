import { providerOf } from "../db/provider";
import type { ClickWriter } from "./click-writer";
import { createPostgresClickWriter } from "./click-writer-postgres";
import { createSqliteClickWriter } from "./click-writer-sqlite";

export function createClickWriter(databaseUrl: string): ClickWriter {
  return providerOf(databaseUrl) === "postgres"
    ? createPostgresClickWriter(databaseUrl)
    : createSqliteClickWriter(databaseUrl);
}
