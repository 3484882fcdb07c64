// Prisma CLI config for the SQLite schema. Only `generate` and `migrate diff` are used (see
// docs/adr/0002-migrations.md); the adapter makes the CLI use its bundled WASM engine so
// nothing is downloaded.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// The schema reads env("DATABASE_URL"); generate and diff need it set, never connect to it.
process.env.DATABASE_URL ??= "file:./data/clicktrail.db";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(__dirname, "sqlite"),
  migrations: { path: path.join(__dirname, "sqlite", "migrations") },
  adapter: async () => new PrismaBetterSQLite3({ url: ":memory:" }),
});
