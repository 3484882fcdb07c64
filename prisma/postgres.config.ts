// Prisma CLI config for the PostgreSQL schema; see sqlite.config.ts.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// The schema reads env("DATABASE_URL"); generate and diff need it set, never connect to it.
if (!/^postgres(ql)?:/.test(process.env.DATABASE_URL ?? "")) process.env.DATABASE_URL = "postgresql://localhost/clicktrail";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(__dirname, "postgres"),
  migrations: { path: path.join(__dirname, "postgres", "migrations") },
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL }),
});
