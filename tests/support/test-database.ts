import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrate } from "../../lib/db/migrate";

export type TestDbKind = "sqlite" | "postgres";

export interface TestDatabase {
  kind: TestDbKind;
  url: string;
  drop: () => Promise<void>;
}

/** PostgreSQL server the suite creates its databases on (CI has one at 127.0.0.1:5432). */
export const TEST_POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** A fresh database of the given kind migrated with `migrations` (default: every migration), and how to remove it. */
export async function createTestDatabase(kind: TestDbKind, migrations?: string): Promise<TestDatabase> {
  const suffix = `${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  if (kind === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "clicktrail-test-"));
    const url = `file:${path.join(dir, "test.db")}`;
    await migrate(url, migrations);
    return { kind, url, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `clicktrail_test_${suffix}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
  try {
    await admin.connect();
  } catch (err) {
    throw new Error(
      `The PostgreSQL suite needs a server at ${TEST_POSTGRES_ADMIN_URL} (set TEST_POSTGRES_URL): ${(err as Error).message}`,
    );
  }
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(TEST_POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  await migrate(url.toString(), migrations);
  return {
    kind,
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
