import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { getConfig } from "../config";
import { providerOf, sqliteFilePath, type DbProvider } from "./provider";

/**
 * Both generated clients come from one model file, so their query APIs are the same; the
 * SQLite client's type stands for both (docs/adr/0001-two-databases.md).
 */
export type Db = SqliteClient;

interface DbHolder {
  __clicktrailDb?: { url: string; provider: DbProvider; client: Db };
}
// One client per process: Next bundles its own copy of lib/, and server.ts/CLI load another.
const holder = globalThis as unknown as DbHolder;

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
  const url = getConfig().DATABASE_URL;
  if (!holder.__clicktrailDb || holder.__clicktrailDb.url !== url) {
    holder.__clicktrailDb = { url, provider: providerOf(url), client: createDb(url) };
  }
  return holder.__clicktrailDb.client;
}

export function getDbProvider(): DbProvider {
  return providerOf(getConfig().DATABASE_URL);
}

export async function disconnectDb(): Promise<void> {
  const current = holder.__clicktrailDb;
  holder.__clicktrailDb = undefined;
  await current?.client.$disconnect();
}
