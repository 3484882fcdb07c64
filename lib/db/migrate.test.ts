import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrate } from "./migrate";

const INIT = `
CREATE TABLE "Owner" ("id" TEXT NOT NULL PRIMARY KEY, "secret" TEXT NOT NULL);
CREATE TABLE "Owned" ("id" TEXT NOT NULL PRIMARY KEY, "ownerId" TEXT NOT NULL,
  CONSTRAINT "Owned_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Owner" ("id") ON DELETE CASCADE);
CREATE TABLE "Made" ("id" TEXT NOT NULL PRIMARY KEY, "ownerId" TEXT,
  CONSTRAINT "Made_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Owner" ("id") ON DELETE SET NULL);
INSERT INTO "Owner" VALUES ('o1', 's');
INSERT INTO "Owned" VALUES ('a', 'o1');
INSERT INTO "Made" VALUES ('b', 'o1');
`;

/** What `prisma migrate diff` writes for SQLite to make a column nullable: a rebuilt table. */
const REBUILD_OWNER = `
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Owner" ("id" TEXT NOT NULL PRIMARY KEY, "secret" TEXT);
INSERT INTO "new_Owner" ("id", "secret") SELECT "id", "secret" FROM "Owner";
DROP TABLE "Owner";
ALTER TABLE "new_Owner" RENAME TO "Owner";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
`;

let dir: string;
let url: string;

function writeMigration(name: string, sql: string) {
  fs.mkdirSync(path.join(dir, "migrations", name), { recursive: true });
  fs.writeFileSync(path.join(dir, "migrations", name, "migration.sql"), sql);
}

function query(sql: string) {
  const db = new Database(path.join(dir, "app.db"));
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "clicktrail-migrate-"));
  url = `file:${path.join(dir, "app.db")}`;
  writeMigration("0001_init", INIT);
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("migrate on SQLite", () => {
  it("rebuilds a referenced table without running the referencing rows' ON DELETE actions", async () => {
    await migrate(url, path.join(dir, "migrations"));
    writeMigration("0002_nullable_secret", REBUILD_OWNER);

    expect(await migrate(url, path.join(dir, "migrations"))).toEqual(["0002_nullable_secret"]);
    expect(query(`SELECT * FROM "Owned"`)).toEqual([{ id: "a", ownerId: "o1" }]);
    expect(query(`SELECT * FROM "Made"`)).toEqual([{ id: "b", ownerId: "o1" }]);
    expect(query(`SELECT "notnull" FROM pragma_table_info('Owner') WHERE "name" = 'secret'`)).toEqual([{ notnull: 0 }]);
  });

  it("refuses, and rolls back, a migration that leaves a row pointing at nothing", async () => {
    writeMigration("0002_orphan", `DELETE FROM "Owner"; CREATE TABLE "Later" ("id" TEXT);`);

    await expect(migrate(url, path.join(dir, "migrations"))).rejects.toThrow(/0002_orphan.*Owned.*Owner/);
    expect(query(`SELECT "id" FROM "Owner"`)).toEqual([{ id: "o1" }]);
    expect(query(`SELECT "name" FROM "_clicktrail_migrations"`)).toEqual([{ name: "0001_init" }]);
    expect(query(`SELECT "name" FROM sqlite_master WHERE "name" = 'Later'`)).toEqual([]);
  });
});
