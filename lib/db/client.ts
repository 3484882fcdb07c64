import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { getConfig } from "../config";
import { threadPart } from "../threads/thread-parts";
import { providerOf, sqliteFilePath, type DbProvider } from "./provider";

/**
 * Both generated clients come from one model file, so their query APIs are the same; the
 * SQLite client's type stands for both (docs/adr/0001-two-databases.md).
 */
export type Db = SqliteClient;

declare module "../threads/thread-parts" {
  interface ThreadParts {
    /** One client, so one connection pool, per thread. */
    db: Db;
  }
}

export function createDb(databaseUrl: string): Db {
  if (providerOf(databaseUrl) === "postgres") {
    const adapter = new PrismaPg({ connectionString: databaseUrl, max: 10 });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  const file = sqliteFilePath(databaseUrl);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const adapter = new PrismaBetterSQLite3({ url: file, timeout: 5000 });
  return new SqliteClient({ adapter });
}

export function getDb(): Db {
  return threadPart("db");
}

export function getDbProvider(): DbProvider {
  return providerOf(getConfig().DATABASE_URL);
}
